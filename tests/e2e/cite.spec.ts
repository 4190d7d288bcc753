import { expect, test } from '@playwright/test';

test.describe('Cite this paragraph', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives Chicago, MLA, APA and BibTeX with the ¶ number, the fragment URL and today’s date, each copyable', async ({ page }) => {
    await page.goto('/#p12');
    const cite = page.getByRole('button', { name: 'Cite paragraph 12' });
    await cite.click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶12' });
    await expect(dialog).toBeVisible();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const [year] = today.split('-');
    const styles = { Chicago: '¶ 12', MLA: 'par. 12', APA: 'para. 12', BibTeX: 'Paragraph 12' };
    for (const [style, paragraph] of Object.entries(styles)) {
      const text = (await dialog.getByRole('region', { name: style }).locator('.cite-text').textContent()) ?? '';
      expect(text).toContain(paragraph);
      expect(text).toContain(`${canonical}#p12`);
      expect(text).toContain('Lu');
      expect(text).toContain('Mutual Trust through Communication, Cooperation through Win-Win');
      expect(text).toContain('7th Sino-US Internet Forum');
      expect(text).toContain('China Copyright and Media');
      expect(text).toContain(year);
    }
    await dialog.getByRole('button', { name: 'Copy BibTeX citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@misc\{lu2014-p12,/);
    expect(copied).toContain(`urldate = {${today}}`);
    await expect(dialog.getByRole('button', { name: 'Copy BibTeX citation' })).toHaveText('Copied');
  });

  test('opens from the keyboard, keeps focus inside, and gives it back on Escape', async ({ page }) => {
    await page.goto('/');
    // The paragraph's tools follow its text (and its note links) in the tab order.
    await page.getByRole('button', { name: 'Copy link to paragraph 3' }).focus();
    await page.keyboard.press('Tab');
    const cite = page.getByRole('button', { name: 'Cite paragraph 3' });
    await expect(cite).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cite ¶3' });
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(cite).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the About page gives the same four formats with a placeholder for the paragraph', async ({ page }) => {
      await page.goto('/about/');
      for (const style of ['Chicago', 'MLA', 'APA', 'BibTeX']) {
        await expect(page.getByRole('heading', { name: style, exact: true })).toBeVisible();
      }
      await expect(page.locator('.citation').first()).toContainText('¶ N');
      await expect(page.locator('.citation').first()).toContainText('/#pN');
    });
  });
});
