import { expect, test } from '@playwright/test';

// The reader's <head> (description, canonical URL, Open Graph, JSON-LD) is metadata.spec.ts's.
test('the reader is titled by the speech, and its header credits the translation and links to its source', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/^Mutual Trust through Communication, Cooperation through Win-Win/);
  const head = page.locator('.speech-head');
  await expect(head.getByRole('heading', { level: 1 })).toHaveText('Mutual Trust through Communication, Cooperation through Win-Win');
  await expect(head).toContainText('7th Sino-US Internet Forum');
  await expect(head).toContainText('Washington');
  await expect(head.locator('time').first()).toHaveAttribute('datetime', '2014-12-02');
  await expect(head.getByRole('link', { name: 'China Copyright and Media' })).toHaveAttribute(
    'href',
    'https://chinacopyrightandmedia.wordpress.com/2014/12/02/mutual-trust-through-communication-cooperation-through-win-win/',
  );
});

test('the about page lists every emendation with a link to its paragraph', async ({ page }) => {
  await page.goto('/about/');
  const rows = page.locator('.emendation-list tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  const row = rows.filter({ hasText: 'Dongjing' });
  await expect(row).toContainText('Jingdong');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/#p11$/);
  await expect(page.locator('#p11')).toBeInViewport();
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'one page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

// The narrowest phone and a wide desktop, in one browser: only the viewport changes between them.
test('every page reads without sideways scrolling at 320 px and at 2560 px', async ({ page }) => {
  const overflowing: string[] = [];
  for (const width of [320, 2560]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/notes/', '/about/']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${path} at ${width} px: ${overflow} px too wide`);
    }
  }
  expect(overflowing).toEqual([]);
});
