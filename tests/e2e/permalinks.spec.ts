import { expect, test } from '@playwright/test';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`paragraph links ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('every block has a plain link to itself', async ({ page }) => {
      await page.goto('/');
      const ids = await page.$$eval('[data-block]', (blocks) => blocks.map((b) => b.id));
      expect(ids).toHaveLength(18);
      for (const id of ids) {
        await expect(page.locator(`#${id} > a[href="#${id}"]`)).toHaveCount(1);
      }
    });

    test('/#p12 brings ¶12 to the top and marks it', async ({ page }) => {
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
    });

    test('following a permalink updates the address and marks the paragraph', async ({ page }) => {
      await page.goto('/');
      await page.locator('#p7 > a.pn').click();
      await expect(page).toHaveURL(/#p7$/);
      expect(await page.locator('#p7').evaluate((el) => el.matches(':target'))).toBe(true);
    });

    test('the permalink has a name and shows itself on keyboard focus', async ({ page }) => {
      await page.goto('/');
      const link = page.locator('#p3 > a.pn');
      await expect(link).toHaveAccessibleName('Paragraph 3');
      await link.focus();
      await expect(link).toBeVisible();
      await expect(link).toHaveCSS('text-decoration-line', 'underline');
      await expect(link).toHaveCSS('outline-style', 'solid');
    });
  });
}

test('the table of contents lists the two characteristics and five standpoints and links to them', async ({ page }) => {
  await page.goto('/');
  const toc = page.getByRole('navigation', { name: 'Contents' });
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

  test('following a permalink shows Copy link, which copies the paragraph URL and says so', async ({ page, baseURL }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Copy link to paragraph 9' });
    // Out of the layout until wanted: hovering never reflows the paragraph.
    expect(await button.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await page.locator('#p9 > a.pn').click();
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('status')).toHaveText('Link to paragraph 9 copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#p9`);
    await expect(button).toHaveText('Copied');
  });

  test('keyboard users reach Copy link right after the paragraph and see it when focused', async ({ page }) => {
    await page.goto('/');
    await page.locator('#p4 > a.pn').focus();
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: 'Copy link to paragraph 4' });
    await expect(button).toBeFocused();
    await expect(button).toBeInViewport();
    const width = await button.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(24);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no copy buttons appear, and the text is all there', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('#p18')).toHaveText(/Thank you, everyone!/);
  });
});
