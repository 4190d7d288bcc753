import { expect, test } from '@playwright/test';
import { readerBlockCount } from '../support/speech-files.ts';
import { BLOCK_SELECTOR, PERMALINK_CLASS } from '../../src/shared/markup.ts';

const BLOCKS = readerBlockCount();

for (const javaScriptEnabled of [true, false]) {
  test.describe(`paragraph links ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('/#p12 brings ¶12 to the top and marks it; every block links to itself; each link has a name and shows on focus; following one marks its paragraph', async ({ page }) => {
      await page.goto('/#p12');
      const block = page.locator('#p12');
      await expect(block).toBeInViewport();
      const top = await block.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(40);
      const [marked, plain] = await Promise.all([
        block.evaluate((el) => getComputedStyle(el).backgroundColor),
        page.locator('#p11').evaluate((el) => getComputedStyle(el).backgroundColor),
      ]);
      expect(marked).not.toBe(plain);

      const ids = await page.$$eval(BLOCK_SELECTOR, (blocks) => blocks.map((b) => b.id));
      expect(ids).toHaveLength(BLOCKS);
      const unlinked = await page.$$eval(BLOCK_SELECTOR, (blocks) => blocks.filter((b) => !b.querySelector(`:scope > a[href="#${b.id}"]`)).map((b) => b.id));
      expect(unlinked).toEqual([]);

      // Focused before any click: the browser shows a focus ring for keyboard focus only.
      const link = page.locator(`#p3 > a.${PERMALINK_CLASS}`);
      await expect(link).toHaveAccessibleName('Paragraph 3');
      await link.focus();
      await expect(link).toBeVisible();
      await expect(link).toHaveCSS('text-decoration-line', 'underline');
      await expect(link).toHaveCSS('outline-style', 'solid');

      await page.locator(`#p7 > a.${PERMALINK_CLASS}`).click();
      await expect(page).toHaveURL(/#p7$/);
      expect(await page.locator('#p7').evaluate((el) => el.matches(':target'))).toBe(true);

      if (!javaScriptEnabled) {
        // Without script the copy tools never appear, and nothing of the text is missing.
        await expect(page.getByRole('button')).toHaveCount(0);
        await expect(page.locator('#p18')).toHaveText(/Thank you, everyone!/);
      }
    });
  });
}

test('the table of contents lists the two characteristics and five standpoints and links to them', async ({ page }) => {
  await page.goto('/');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  // On a phone the contents are a closed disclosure: a reader opens it first.
  const summary = toc.locator('summary');
  if (await summary.isVisible()) await summary.click();
  await expect(toc.getByRole('link')).toHaveCount(13);
  await expect(toc.getByRole('link', { name: /^First, there is deep convergence/ })).toHaveAttribute('href', '#p7');
  await expect(toc.getByRole('link', { name: /^V, Cooperation and win win/ })).toHaveAttribute('href', '#p15');
  // Keyboard activation: a link wrapping over two lines has no clickable centre.
  await toc.getByRole('link', { name: /^III, Joint sharing/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p13$/);
  await expect(page.locator('#p13')).toBeInViewport();
});

test.describe('copy link (JavaScript)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('following a permalink shows Copy link, which copies the paragraph URL and says so; keyboard users reach it right after the paragraph', async ({ page, baseURL }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Copy link to paragraph 9' });
    // Out of the layout until wanted: hovering never reflows the paragraph.
    expect(await button.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await page.locator(`#p9 > a.${PERMALINK_CLASS}`).click();
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('status')).toHaveText('Link to paragraph 9 copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#p9`);
    await expect(button).toHaveText('Copied');

    await page.locator(`#p4 > a.${PERMALINK_CLASS}`).focus();
    await page.keyboard.press('Tab');
    const four = page.getByRole('button', { name: 'Copy link to paragraph 4' });
    await expect(four).toBeFocused();
    await expect(four).toBeInViewport();
    const width = await four.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(24);
  });
});
