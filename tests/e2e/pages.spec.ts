import { expect, test } from '@playwright/test';

test('the reader has a title, description, canonical URL, Open Graph and JSON-LD', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/^Mutual Trust through Communication, Cooperation through Win-Win/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Lu Wei/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/.+\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Mutual Trust/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.author.name).toBe('Lu Wei');
  expect(jsonLd.dateCreated).toBe('2014-12-02');
});

test('the header credits the translation and links to its source', async ({ page }) => {
  await page.goto('/');
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

test('printing hides navigation and keeps the paragraph numbers', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  await expect(page.locator('#p5 > .pn')).toBeVisible();
});

for (const width of [320, 2560]) {
  test.describe(`${width}px wide`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ['/', '/notes/', '/about/']) {
      test(`${path} reads without sideways scrolling`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.locator('main')).toBeVisible();
      });
    }
  });
}
