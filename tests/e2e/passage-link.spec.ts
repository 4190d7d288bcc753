import { expect, test } from '@playwright/test';
import { select } from './support.ts';

test.describe('copy link to this passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('selecting words in a paragraph offers a link that reopens it with those words', async ({ page }) => {
    await page.goto('/');
    await select(page, 'p9', 'suspecting someone of stealing an axe');
    const button = page.getByRole('button', { name: 'Copy link to this passage' });
    await expect(button).toBeVisible();
    await button.click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/#p9:~:text=suspecting%20someone%20of%20stealing%20an%20axe$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link to the passage in paragraph 9 copied' })).toHaveCount(1);

    await page.goto('about:blank');
    await page.goto(link);
    // Chromium has text fragments: it scrolls to the words and highlights them itself
    // (the address keeps the paragraph; the directive is not part of location.hash).
    await expect(page.locator('#p9')).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe('#p9');
    await expect(page.locator('[data-fragment-notice]')).toBeHidden();
  });

  test('a selection across two paragraphs, or none, offers nothing', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.getElementById('p4')!, 1);
      range.setEnd(document.getElementById('p5')!, 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await expect(page.getByRole('button', { name: 'Copy link to this passage' })).toBeHidden();
    await select(page, 'p4', 'gentlemen');
    await expect(page.getByRole('button', { name: 'Copy link to this passage' })).toBeVisible();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect(page.getByRole('button', { name: 'Copy link to this passage' })).toBeHidden();
  });
});
