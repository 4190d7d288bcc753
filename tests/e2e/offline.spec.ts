import { expect, test } from '@playwright/test';
import { readerBlockCount } from '../support/speech-files.ts';
import { BLOCK_SELECTOR, NOTE_SOURCES } from '../../src/shared/markup.ts';

const BLOCKS = readerBlockCount();

// Offline once loaded (issue 13): a reader who has opened the edition once, and searched once, can
// reload it, open notes, search and visit every page with no network.
test.use({ serviceWorkers: 'allow' });

test('after one visit, reading, notes, search and every page work offline', async ({ page, context }) => {
  await page.goto('/');
  // The worker installs after the page has loaded, and then takes charge of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
  const search = page.getByRole('searchbox');
  await search.fill('Sunnylands');
  // The first search compiles Pagefind's WebAssembly: slow on a busy machine.
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'Sunnylands', { timeout: 20_000 });
  await expect(page.locator('#search-results a').first()).toBeVisible();

  await context.setOffline(true);
  // Really offline: a file of the site never fetched before cannot be had.
  expect(await page.evaluate(() => fetch('/robots.txt').then((r) => r.ok, () => false))).toBe(false);

  await page.reload();
  // The speech's paragraphs (the search's map, back with ?q=, names them too).
  await expect(page.locator(`[data-pagefind-body] ${BLOCK_SELECTOR}`)).toHaveCount(BLOCKS);
  await page.locator('#ref-sunnylands').click();
  await expect(page.locator(`aside#sunnylands .${NOTE_SOURCES}`)).toBeVisible();
  await page.keyboard.press('Escape');

  await search.fill('“community of destiny”');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', '“community of destiny”', { timeout: 20_000 });
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '#p7');

  for (const [path, heading] of [['/notes/', 'Notes'], ['/about/', 'About']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
});
