import { expect, test } from '@playwright/test';
import { RELEVANCE, type RelevanceRow } from './search-relevance.table.ts';

/**
 * Runs the relevance table (tests/e2e/search-relevance.table.ts) through the real search in one page: the
 * built index, the ranking, the results list as a reader sees it. Every row is tried; the test
 * prints the score and fails listing each row that missed.
 */
test('the relevance table: each query’s first result, the blocks it must not show, its suggestion', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'ranking does not depend on the width: run once');
  test.setTimeout(120_000);
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the speech and notes' });
  const results = page.locator('#search-results');
  const missed: string[] = [];

  for (const row of RELEVANCE) {
    await box.fill(row.query);
    await expect(results).toHaveAttribute('data-query', row.query);
    const ids = await results.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    const problems = check(row, ids);
    if (row.suggest) {
      const offered = await page.getByRole('search').getByRole('link', { name: row.suggest, exact: true }).count();
      if (offered !== 1) problems.push(`no “Did you mean ${row.suggest}?” link`);
    }
    if (problems.length > 0) missed.push(`${row.query} [${row.kind}]: ${problems.join('; ')} (first 3: ${ids.slice(0, 3).join(', ') || 'none'})`);
  }

  const score = `${RELEVANCE.length - missed.length}/${RELEVANCE.length} rows pass`;
  testInfo.annotations.push({ type: 'relevance score', description: score });
  console.log(`Relevance table: ${score}${missed.map((m) => `\n  ✗ ${m}`).join('')}`);
  expect(missed, score).toEqual([]);
});

function check(row: RelevanceRow, ids: string[]): string[] {
  const problems: string[] = [];
  if (row.first === null) {
    if (ids.length > 0) problems.push(`expected no result, got ${ids.length}`);
  } else {
    const wanted = [row.first].flat();
    if (!wanted.includes(ids[0] ?? '')) problems.push(`first is ${ids[0] ?? 'nothing'}, not ${wanted.join(' or ')}`);
  }
  const shown = (row.absent ?? []).filter((id) => ids.includes(id));
  if (shown.length > 0) problems.push(`shows ${shown.join(', ')}`);
  return problems;
}
