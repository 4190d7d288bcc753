import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from '../support/pages.ts';
import { NOTE_SOURCES, PERMALINK_CLASS, QUOTE_CHECK_ATTR } from '../../src/shared/markup.ts';

// The width matrix is explicit here, so the phone project leaves this file to the desktop one
// (playwright.config.ts, testIgnore).
//
// axe runs once per distinct state. Every page is scanned whole at a phone and a desktop width
// (the two layouts: sheets and margin notes; 1024 px lays out as 1440 does). A reader state that
// only adds or marks a region (a note opened, results, the Cite panel, a range) is scanned in that
// region alone, which is what changed. The dark scheme changes colours only (every colour is a
// light-dark() pair in tokens.css), so there axe runs the rules that read colours.
//
// One test per width and scheme walks every page and state in one browser: a fresh browser and a
// fresh load of the reader cost more than most scans. Each scan is a step, and every violation
// found is reported at the end, so one failing state does not hide another.

// axe's colour-contrast rule walks every element of the reader (and /notes/) and takes seconds
// even on an idle machine: a walk through 11 scans takes about 25 s alone, and several times that
// on a machine busy with other work.
test.setTimeout(240_000);

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The WCAG rules whose outcome depends on colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Scheme = 'light' | 'dark';

/**
 * Runs axe-core over the whole page or only the regions named (all WCAG 2.2 A/AA rules in the
 * light scheme, the colour rules in the dark one); returns each violation as rule and elements.
 */
async function violations(page: Page, scheme: Scheme, regions: string[] = []): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (scheme === 'dark') axe.withRules(COLOUR_RULES);
  else axe.withTags(WCAG);
  for (const region of regions) axe.include(region);
  const result = await axe.analyze();
  return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
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

      test('every page, and every state of the reader, has no violations', async ({ page }) => {
        const found: string[] = [];
        /** Scans one state as a step; what it finds is kept for the end. */
        const scan = (state: string, regions?: string[]) =>
          test.step(`axe: ${state}`, async () => {
            for (const violation of await violations(page, colorScheme, regions)) found.push(`${state}: ${violation}`);
          });

        // In the dark scheme at 390 px only colours are checked, and only where a phone draws
        // something of its own (the narrow reader, the note sheet over results, the highlights
        // bar, the full-width Cite panel); the other pages and states are drawn in the same
        // colours at both widths, and the 1440 px dark walk checks them.
        const phoneOnly = phone && colorScheme === 'dark';
        for (const path of phoneOnly ? ['/'] : PAGES) {
          await page.goto(path);
          await scan(path);
        }

        // States that can stand together are scanned together, each region with the state it adds.
        if (!phoneOnly) {
          await page.goto('/#p5-p7');
          await expect(page.locator('.in-range')).toHaveCount(3);
          // ¶4 has no notes, so its Copy link is the next stop after its number.
          await page.locator(`#p4 > a.${PERMALINK_CLASS}`).focus();
          await page.keyboard.press('Tab');
          await expect(page.getByRole('button', { name: 'Copy link to paragraph 4' })).toBeFocused();
          await expect(page.getByRole('button', { name: 'Cite paragraph 4' })).toBeVisible();
          await scan('the marked range /#p5-p7, and a paragraph’s Copy link focused', ['#p4', '#p5', '#p6', '#p7']);

          await page.goto('/#p99');
          await expect(page.locator('[data-fragment-notice]')).toBeVisible();
          await scan('the unknown-fragment notice', ['[data-fragment-notice]']);
        }

        await page.goto('/?q=respect');
        await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
        await expect(page.locator('#search-results a[href="#p12"]')).toBeVisible();
        const note = page.locator('aside#sunnylands');
        // On a phone notes start closed; in the margin they show their title line only.
        await expect(note.locator(`.${NOTE_SOURCES}`)).toBeHidden();
        await page.locator('#ref-sunnylands').click();
        await expect(page).toHaveURL(/#sunnylands$/);
        await expect(note.locator(`.${NOTE_SOURCES}`)).toBeVisible();
        await expect(note).toBeInViewport();
        await scan('results for “respect” listed, and the note #sunnylands open', ['search', '#p6', 'aside#sunnylands']);

        // A quote checked: the closest published words, their marks and buttons, in the first result.
        await page.goto(`/?q=${encodeURIComponent('China is one of the main victims of hacking')}`);
        await expect(page.locator(`[${QUOTE_CHECK_ATTR}]`)).toBeVisible();
        await scan('a quote checked in the first result', ['search']);

        await page.goto('/?q=respect');
        // The results are final (not a first list the search is about to replace) before a click.
        await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
        await page.locator('#search-results a[href="#p12"]').click();
        await expect(page).toHaveURL(/\?q=respect#p12$/);
        await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
        await scan('¶12 opened from the results and highlighted', ['#p12', '[data-search-bar]']);

        await page.getByRole('button', { name: 'Cite paragraph 12' }).click();
        await expect(page.getByRole('dialog', { name: 'Cite ¶12' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'APA' })).toBeVisible();
        await scan('the Cite panel for ¶12 open', ['dialog.cite']);

        expect(found, `axe-core WCAG 2.2 A/AA violations at ${width}px, ${colorScheme} scheme`).toEqual([]);
      });
    });
  }
}
