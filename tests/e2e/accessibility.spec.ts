import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './support.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of [...PAGES, '/#p12', '/#sunnylands', '/#p5-p7', '/#p99']) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('the reader with search results showing, and with a result opened and highlighted, has no violations', async ({ page }) => {
      await page.goto('/?q=respect');
      await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
      const listed = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(listed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.locator('#search-results a[href="#p12"]').click();
      await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
      const opened = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(opened.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the reader with the Cite panel open has no violations', async ({ page }) => {
      await page.goto('/#p12');
      await page.getByRole('button', { name: 'Cite paragraph 12' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the reader with paragraph tools showing has no violations', async ({ page }) => {
      await page.goto('/#p5');
      await page.locator('#p5 > a.pn').focus();
      await page.keyboard.press('Tab');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  });
}

test('keyboard: the skip link is first and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focused).toBe(true);
});
