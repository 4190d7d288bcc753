import { expect, test } from '@playwright/test';
import { DIST as dist } from '../support/pages.ts';
import { measureFirstView } from '../../bench/lib/first-view.ts';
import { readerBlockCount } from '../support/speech-files.ts';
import { BLOCK_SELECTOR } from '../../src/shared/markup.ts';

const BLOCKS = readerBlockCount();

test('first view of / weighs at most 1.5× the brotli size of its visible text, all from this origin', async ({ page }, info) => {
  const view = await measureFirstView(page, '/', dist);
  info.annotations.push({ type: 'first view', description: `${view.totalBrotli} B brotli, floor ${view.textFloor} B, ratio ${view.ratio.toFixed(2)}` });
  expect(view.foreignRequests).toEqual([]);
  expect(view.ratio).toBeLessThanOrEqual(1.5);
});

test.describe('reading needs no JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole speech is readable with scripts off', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator(BLOCK_SELECTOR)).toHaveCount(BLOCKS);
    for (const id of ['p1', 'p9', 'p18']) await expect(page.locator(`#${id}`)).toBeVisible();
  });
});

test('no script blocks rendering', async ({ page }) => {
  await page.goto('/');
  const blocking = await page.$$eval('head script[src]:not([async]):not([defer]):not([type="module"])', (s) => s.length);
  expect(blocking).toBe(0);
});
