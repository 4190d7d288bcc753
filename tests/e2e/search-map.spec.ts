import { expect, test, type Page } from '@playwright/test';
import { expectedCounts, MISSPELLINGS } from '../support/search-tables.ts';
import { BLOCK_ATTR } from '../../src/shared/markup.ts';

/**
 * Issue 20 through the real search: the tables (tests/support/search-tables.ts), the map of the
 * results, stepping through the matches on the page, results through a typo, search offline.
 */
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the speech and notes' });
const results = (page: Page) => page.locator('#search-results');

async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(results(page)).toHaveAttribute('data-query', query);
}

/** The map's items as the contract gives them: block id and count, in the order shown. */
const mapItems = (page: Page) =>
  page
    .getByRole('search')
    .locator(`[${BLOCK_ATTR}][data-count]`)
    .evaluateAll((items, attr) => items.map((item) => ({ id: item.getAttribute(attr as string) ?? '', count: Number(item.getAttribute('data-count')) })), BLOCK_ATTR);

test('the tables: each misspelling reaches its paragraph first, each word’s map shows its count in every paragraph', async ({ page }, testInfo) => {
  await page.goto('/');
  const missed: string[] = [];
  for (const row of MISSPELLINGS) {
    await search(page, row.typed);
    const [first = 'nothing'] = await results(page).locator('a[href^="#"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    if (first !== row.first) missed.push(`${row.typed}: first is ${first}, not ${row.first}`);
  }
  const misspellings = `${MISSPELLINGS.length - missed.length}/${MISSPELLINGS.length} misspellings`;
  const wrongMaps: string[] = [];
  const expected = expectedCounts();
  for (const [word, counts] of expected) {
    await search(page, word);
    const shown = await mapItems(page);
    if (JSON.stringify(shown) !== JSON.stringify(counts)) wrongMaps.push(`${word}: map ${shown.map((i) => i.count).join(' ') || 'none'}, text ${counts.map((i) => i.count).join(' ')}`);
  }
  const maps = `${expected.size - wrongMaps.length}/${expected.size} maps`;
  const score = `${misspellings}, ${maps}`;
  testInfo.annotations.push({ type: 'issue 20 tables', description: score });
  console.log(`Issue 20 tables: ${score}${[...missed, ...wrongMaps].map((m) => `\n  ✗ ${m}`).join('')}`);
  expect([...missed, ...wrongMaps], score).toEqual([]);
});
