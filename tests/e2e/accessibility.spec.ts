import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './support.ts';

// The width matrix is explicit here, so the phone project leaves this file to the desktop one
// (playwright.config.ts, testIgnore).

// axe's colour-contrast rule walks every element of the reader (and /notes/) and takes seconds
// even on an idle machine; a busy one (two workers beside a build) needs more than the default 30 s.
test.slow();

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe-core with the WCAG 2.2 A/AA rules; a failure names each rule and the elements it found. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe-core WCAG 2.2 A/AA violations ${state}`).toEqual([]);
}

const WIDTHS = [390, 1024, 1440] as const;

for (const width of WIDTHS) {
  // 390 px is a phone: touch, no hover (as the phone project emulates it), so the narrow-screen
  // note sheets and the touch-only rules are what axe sees.
  const phone = width === 390;
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe-core at ${width}px, ${colorScheme} scheme`, () => {
      test.use({
        viewport: { width, height: phone ? 844 : 900 },
        colorScheme,
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });

      // A marked paragraph (/#p12) is covered by the opened search result below, and by the tools test.
      for (const path of [...PAGES, '/#p5-p7', '/#p99']) {
        test(`${path} has no violations`, async ({ page }) => {
          await page.goto(path);
          if (path === '/#p99') await expect(page.locator('[data-fragment-notice]')).toBeVisible();
          await expectNoViolations(page, `on ${path}`);
        });
      }

      test('the reader with a note opened from its phrase has no violations', async ({ page }) => {
        await page.goto('/#p6');
        const note = page.locator('aside#sunnylands');
        // On a phone notes start closed; in the margin they show their title line only.
        await expect(note.locator('.note-sources')).toBeHidden();
        await page.locator('#ref-sunnylands').click();
        await expect(page).toHaveURL(/#sunnylands$/);
        await expect(note.locator('.note-sources')).toBeVisible();
        await expect(note).toBeInViewport();
        await expectNoViolations(page, 'with the note #sunnylands open');
      });

      test('the reader with search results showing has no violations', async ({ page }) => {
        await page.goto('/?q=respect');
        await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
        await expect(page.locator('#search-results a[href="#p12"]')).toBeVisible();
        await expectNoViolations(page, 'with results for “respect” listed');
      });

      test('the reader with a search result opened and its words highlighted has no violations', async ({ page }) => {
        await page.goto('/?q=respect');
        await page.locator('#search-results a[href="#p12"]').click();
        await expect(page).toHaveURL(/\?q=respect#p12$/);
        await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
        await expectNoViolations(page, 'with ¶12 opened from the results and highlighted');
      });

      test('the reader with the Cite panel open has no violations', async ({ page }) => {
        await page.goto('/#p12');
        await page.getByRole('button', { name: 'Cite paragraph 12' }).click();
        await expect(page.getByRole('dialog', { name: 'Cite ¶12' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'APA' })).toBeVisible();
        await expectNoViolations(page, 'with the Cite panel for ¶12 open');
      });

      test('the reader with paragraph tools showing has no violations', async ({ page }) => {
        // ¶4 has no notes, so its Copy link is the next stop after its number.
        await page.goto('/#p4');
        await page.locator('#p4 > a.pn').focus();
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Copy link to paragraph 4' })).toBeFocused();
        await expect(page.getByRole('button', { name: 'Cite paragraph 4' })).toBeVisible();
        await expectNoViolations(page, 'with a paragraph’s Copy link focused');
      });
    });
  }
}
