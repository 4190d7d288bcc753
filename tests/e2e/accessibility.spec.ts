import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './support.ts';

// The width matrix is explicit here, so the phone project leaves this file to the desktop one
// (playwright.config.ts, testIgnore).
//
// axe runs once per distinct state. Every page is scanned whole at a phone and a desktop width
// (the two layouts: sheets and margin notes; 1024 px lays out as 1440 does) in both schemes.
// A reader state that only adds or marks a region (a note opened, results, the Cite panel, a
// range) is scanned in that region alone, which is what changed.

// axe's colour-contrast rule walks every element of the reader (and /notes/) and takes seconds
// even on an idle machine; a busy one needs more than the default 30 s.
test.slow();

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core with the WCAG 2.2 A/AA rules, over the whole page or only the regions named;
 * a failure names each rule and the elements it found.
 */
async function expectNoViolations(page: Page, state: string, regions: string[] = []): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(WCAG);
  for (const region of regions) axe.include(region);
  const { violations } = await axe.analyze();
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe-core WCAG 2.2 A/AA violations ${state}`).toEqual([]);
}

const WIDTHS = [390, 1440] as const;

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

      for (const path of PAGES) {
        test(`${path} has no violations`, async ({ page }) => {
          await page.goto(path);
          await expectNoViolations(page, `on ${path}`);
        });
      }

      test('a marked range and the unknown-fragment notice have no violations', async ({ page }) => {
        await page.goto('/#p5-p7');
        await expect(page.locator('.in-range')).toHaveCount(3);
        await expectNoViolations(page, 'in the marked range /#p5-p7', ['#p5', '#p6', '#p7']);

        await page.goto('/#p99');
        await expect(page.locator('[data-fragment-notice]')).toBeVisible();
        await expectNoViolations(page, 'in the unknown-fragment notice', ['[data-fragment-notice]']);
      });

      test('an opened note, search results and an opened result have no violations', async ({ page }) => {
        await page.goto('/#p6');
        const note = page.locator('aside#sunnylands');
        // On a phone notes start closed; in the margin they show their title line only.
        await expect(note.locator('.note-sources')).toBeHidden();
        await page.locator('#ref-sunnylands').click();
        await expect(page).toHaveURL(/#sunnylands$/);
        await expect(note.locator('.note-sources')).toBeVisible();
        await expect(note).toBeInViewport();
        await expectNoViolations(page, 'with the note #sunnylands open', ['#p6', 'aside#sunnylands']);

        await page.goto('/?q=respect');
        await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
        await expect(page.locator('#search-results a[href="#p12"]')).toBeVisible();
        await expectNoViolations(page, 'with results for “respect” listed', ['search']);

        await page.locator('#search-results a[href="#p12"]').click();
        await expect(page).toHaveURL(/\?q=respect#p12$/);
        await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
        await expectNoViolations(page, 'with ¶12 opened from the results and highlighted', ['#p12', '[data-search-bar]']);

      });

      test('the Cite panel and the paragraph tools have no violations', async ({ page }) => {
        await page.goto('/#p12');
        await page.getByRole('button', { name: 'Cite paragraph 12' }).click();
        await expect(page.getByRole('dialog', { name: 'Cite ¶12' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'APA' })).toBeVisible();
        await expectNoViolations(page, 'with the Cite panel for ¶12 open', ['dialog.cite']);
        await page.keyboard.press('Escape');

        // ¶4 has no notes, so its Copy link is the next stop after its number.
        await page.goto('/#p4');
        await page.locator('#p4 > a.pn').focus();
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Copy link to paragraph 4' })).toBeFocused();
        await expect(page.getByRole('button', { name: 'Cite paragraph 4' })).toBeVisible();
        await expectNoViolations(page, 'with a paragraph’s Copy link focused', ['#p4']);
      });
    });
  }
}
