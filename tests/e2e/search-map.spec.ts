import { expect, test, type Page } from '@playwright/test';
import { expectedCounts, MISSPELLINGS } from '../support/search-tables.ts';
import { MAP_BLOCK_ATTR } from '../../src/shared/markup.ts';

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
    .locator(`[${MAP_BLOCK_ATTR}][data-count]`)
    .evaluateAll((items, attr) => items.map((item) => ({ id: item.getAttribute(attr as string) ?? '', count: Number(item.getAttribute('data-count')) })), MAP_BLOCK_ATTR);

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

test('the map: one item a paragraph beside the first results, on screen at 1440×900 and on a 390×844 phone; an item opens its paragraph highlighted', async ({ browser }) => {
  const counts = expectedCounts().get('trust')!;
  let page: Page | undefined;
  for (const [width, height, phone] of [[390, 844, true], [1440, 900, false]] as const) {
    await page?.close();
    page = await browser.newPage({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
    await page.goto('/');
    await search(page, 'trust');
    const map = page.getByRole('search').getByRole('list', { name: 'Matches by paragraph' });
    const firstResult = results(page).getByRole('link').first();
    // Both wholly inside the viewport, as loaded: no scrolling.
    for (const box of [await map.boundingBox(), await firstResult.boundingBox()]) {
      expect(box, `${width}px`).not.toBeNull();
      expect(box!.y, `${width}px`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${width}px`).toBeLessThanOrEqual(height);
      expect(box!.x + box!.width, `${width}px`).toBeLessThanOrEqual(width);
    }
    // What a screen reader hears for a paragraph with matches and one without.
    const most = counts.reduce((a, b) => (b.count > a.count ? b : a));
    const none = counts.find((c) => c.count === 0)!;
    const n = (id: string) => String(counts.findIndex((c) => c.id === id) + 1);
    await expect(map.getByRole('link', { name: `¶${n(most.id)}: ${most.count} matches`, exact: true })).toHaveAttribute('href', `#${most.id}`);
    await expect(map.getByRole('img', { name: `¶${n(none.id)}: no matches`, exact: true })).toHaveCount(1);
    // Every item is on screen and takes the pointer itself.
    const hits = await map.locator('[data-count]').evaluateAll((cells) =>
      cells.map((cell) => {
        const r = cell.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-count]') === cell;
      }),
    );
    expect(hits.every(Boolean), `${width}px`).toBe(true);
  }
  if (!page) return;
  // Opening ¶9 from the map lands as a result does: the paragraph's matches highlighted, below the bar.
  const most = counts.reduce((a, b) => (b.count > a.count ? b : a));
  await page.getByRole('search').locator(`a[${MAP_BLOCK_ATTR}="${most.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${most.id}$`));
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].length)).toBe(most.count);
  await expect(page.getByRole('region', { name: 'Search highlights' })).toBeVisible();
});

test('stepping: N, Shift+N and the buttons walk every match in reading order across paragraphs; each is on screen, below the bar; Escape clears', async ({ page }) => {
  const counts = expectedCounts().get('trust')!;
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const order = counts.flatMap((c) => Array<string>(c.count).fill(c.id));
  await page.goto('/?q=trust#p9');
  const bar = page.getByRole('region', { name: 'Search highlights' });
  const position = bar.getByRole('status');
  const firstAt = order.indexOf('p9');
  await expect(position).toHaveText(`${firstAt + 1} of ${total} matches, in ¶9`);
  /** The match stepped to: its paragraph, and whether it is on screen below the bar. */
  const current = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined;
      if (!range) return undefined;
      const box = range.getBoundingClientRect();
      const barBottom = document.querySelector('[data-search-bar]')!.getBoundingClientRect().bottom;
      const block = range.startContainer.parentElement?.closest('[data-block]')?.id;
      return { block, text: range.toString(), visible: box.top >= barBottom && box.bottom <= innerHeight };
    });
  const seen: string[] = [];
  for (let i = 1; i <= total; i++) {
    await page.keyboard.press('n');
    await expect(position).toHaveText(new RegExp(`^${((firstAt + i) % total) + 1} of ${total}`));
    const now = await current();
    expect(now?.text.toLowerCase()).toBe('trust');
    expect(now?.visible, `step ${i}`).toBe(true);
    seen.push(now!.block!);
  }
  // Once round, from ¶9's first match back to it, in reading order.
  expect(seen).toEqual([...order.slice(firstAt + 1), ...order.slice(0, firstAt + 1)]);
  await page.keyboard.press('Shift+N');
  expect((await current())?.block).toBe(order.at(firstAt - 1));
  await bar.getByRole('button', { name: 'Next match' }).click();
  expect((await current())?.block).toBe('p9');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  expect(await current()).toBeUndefined();
});

test('a misspelled word shows the corrected results at once, and the search as typed one click away', async ({ page }) => {
  await page.goto('/');
  await search(page, 'soverignty');
  const line = page.getByRole('search').getByText('Showing results for');
  await expect(line).toHaveText('Showing results for sovereignty · Search instead for soverignty');
  await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '#p12');
  await line.getByRole('link', { name: 'soverignty' }).click();
  await expect(results(page)).toHaveAttribute('data-query', 'soverignty');
  await expect(page.getByRole('status').first()).toHaveText(/^No matches for “soverignty”/);
  await expect(results(page).getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('search').getByText('Did you mean sovereignty?')).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('once the page has loaded and gone idle, search works with no network, though it never searched', async ({ page, context }) => {
    await page.goto('/');
    // The worker keeps the search's files when the loaded page asks, in its idle time.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && !!(await caches.match('/pagefind/pagefind-entry.json')) && !!(await caches.match('/pagefind/wasm.en.pagefind'))), { timeout: 20_000 })
      .toBe(true);
    await context.setOffline(true);
    expect(await page.evaluate(() => fetch('/robots.txt').then((r) => r.ok, () => false))).toBe(false);
    await box(page).fill('Zhongnanhai');
    await expect(results(page)).toHaveAttribute('data-query', 'Zhongnanhai', { timeout: 20_000 });
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '#p6');
  });
});
