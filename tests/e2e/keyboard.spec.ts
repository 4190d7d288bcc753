import { expect, test, type Locator, type Page } from '@playwright/test';
import { NOTE_SOURCES, PERMALINK_CLASS } from '../../src/shared/markup.ts';

// A reader with a keyboard and no pointer, at desktop width: every step goes through page.keyboard
// (no clicks, no .focus()), and after every step the focused element must be visible (on screen,
// not covered, and drawn with a focus indicator). Every note by keyboard, at 1440 and 390 px
// (Enter, Escape, focus back on the phrase), is in note-geometry.spec.ts. The phone project leaves
// this file to the desktop one (playwright.config.ts).

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * Where keyboard focus is, and whether a reader can see it: the focused element is in the viewport,
 * is the topmost thing where it is drawn (no fixed bar or sheet over it), and has a focus indicator
 * (an outline of some width, or a box-shadow). Runs in the page; returns 'visible' or what is wrong.
 */
function focusReport(): string {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return 'nothing has focus';
  const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
  const who = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> “${name}”`;
  const problems: string[] = [];
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  if (!outline && style.boxShadow === 'none') problems.push(`no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, no box-shadow)`);
  // The first line box, so a link wrapping over two lines is probed where it has text.
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  if (!inView) {
    problems.push(`not in the viewport (${Math.round(box.left)},${Math.round(box.top)}, ${Math.round(box.width)}×${Math.round(box.height)})`);
  } else {
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (!top || !el.contains(top)) problems.push(`covered by ${top ? (top.closest('[class]') ?? top).outerHTML.slice(0, 80) : 'nothing'}`);
  }
  return problems.length === 0 ? 'visible' : `${who}: ${problems.join('; ')}`;
}

/** Asserts keyboard focus is visible (see focusReport), and, given `expected`, that it is there. */
async function expectVisibleFocus(page: Page, expected?: Locator): Promise<void> {
  if (expected) await expect(expected).toBeFocused();
  await expect.poll(() => page.evaluate(focusReport), { message: 'keyboard focus is visible' }).toBe('visible');
}

/** Presses `key` (Tab or Shift+Tab) until `target` has focus, checking focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 60): Promise<number> {
  for (let stops = 1; stops <= most; stops++) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return stops;
  }
  throw new Error(`${key} did not reach ${target} in ${most} stops`);
}

const toc = (page: Page) => page.getByRole('navigation', { name: 'Contents' });

test('the skip link is the first stop and lands at the text, past the search box and the contents', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, page.getByRole('link', { name: 'Skip to content' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#text$/);
  await expectVisibleFocus(page, page.locator('#text'));
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  expect(await page.evaluate(() => document.activeElement?.closest('#text') !== null), 'the stop after the skip link is in the text').toBe(true);
});

test('the table of contents is reached by Tab, and following an entry moves to its section', async ({ page }) => {
  await page.goto('/');
  const entry = toc(page).getByRole('link', { name: 'Five standpoints' });
  await tabTo(page, entry);
  // Past it and back again.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, toc(page).getByRole('link', { name: /^I, Mutual appreciation/ }));
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(page, entry);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#standpoints$/);
  await expect(page.locator('#standpoints')).toBeInViewport();
  // The next stop is in that section: the first paragraph under its heading.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, page.locator(`#p11 > a.${PERMALINK_CLASS}`));
});

test('a paragraph’s permalink is reached by Tab, shows itself when focused, and Enter puts it in the address', async ({ page }) => {
  await page.goto('/');
  const permalink = page.getByRole('link', { name: 'Paragraph 1', exact: true });
  await tabTo(page, permalink);
  // Unfocused, only the number shows; focused, the ¶ sign and an underline too.
  await expect(permalink).toHaveCSS('text-decoration-line', 'underline');
  expect(await permalink.evaluate((el) => getComputedStyle(el, '::before').opacity)).toBe('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/#p1$/);
  expect(await page.locator('#p1').evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('#p1')).toBeInViewport();
  // Chromium lets go of focus on following a same-page link but keeps the place: Tab goes on
  // from the paragraph, its number first, then its note phrase, then its tools.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, permalink);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, page.getByRole('link', { name: /^Catherine Novelli note \d+$/ }));
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, page.getByRole('button', { name: 'Copy link to paragraph 1', exact: true }));
});

test('a note phrase is reached by Tab; Enter opens its note in the margin; Escape closes it and returns to the phrase', async ({ page }) => {
  await page.goto('/');
  const phrase = page.getByRole('link', { name: /^Craig Mundi.* note \d+$/ });
  const note = page.locator('aside#craig-mundie');
  await tabTo(page, phrase);
  // Focus on the phrase points out its note.
  await expect(note).toHaveClass(/is-hot/);
  await expect(note.locator(`.${NOTE_SOURCES}`)).toBeHidden();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#craig-mundie$/);
  await expect(note.locator(`.${NOTE_SOURCES}`)).toBeVisible();
  await expect(note).toBeInViewport();
  // Tab goes on into the opened note: its number, its Close, then its sources.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, note.getByRole('link', { name: /^Note \d+ Craig Mundie$/ }));
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, note.getByRole('link', { name: 'Close note' }));
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, note.locator(`.${NOTE_SOURCES} a`).first());

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/#craig-mundie$/);
  await expect(note.locator(`.${NOTE_SOURCES}`)).toBeHidden();
  await expectVisibleFocus(page, phrase);
});

test('search: / goes to the box, typing finds, arrow keys move through the results, Enter opens one', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the speech and notes' });
  await page.keyboard.press('/');
  await expectVisibleFocus(page, box);
  await page.keyboard.type('respect');
  const results = page.locator('#search-results').getByRole('link');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'respect');
  expect(await results.count()).toBeGreaterThan(2);

  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page, results.nth(0));
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page, results.nth(1));
  await page.keyboard.press('ArrowUp');
  await expectVisibleFocus(page, results.nth(0));
  await page.keyboard.press('ArrowDown');
  const second = results.nth(1);
  const id = await second.evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?q=respect#${id}$`));
  const bar = page.getByRole('region', { name: 'Search highlights' });
  await expect(bar).toBeVisible();
  // The opened paragraph or note has focus, in view below the highlights bar.
  await expectVisibleFocus(page, page.locator(`#${id}`));
  // Going on, and back, never hides focus under the bar.
  for (let stop = 0; stop < 4; stop++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
  }
  for (let stop = 0; stop < 8; stop++) {
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page);
  }
});

test.describe('Cite', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a paragraph’s Cite button is reached by Tab; Enter opens the panel with focus inside; Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/');
    const cite = page.getByRole('button', { name: 'Cite paragraph 1', exact: true });
    await tabTo(page, cite);
    await expect(cite).toBeVisible();

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cite ¶1' });
    await expect(dialog).toBeVisible();
    // Focus is inside the panel, on its first button (Close, at the top); next is the first Copy, and Space presses it.
    await expectVisibleFocus(page, dialog.getByRole('button', { name: 'Close', exact: true }));
    await page.keyboard.press('Tab');
    const copy = dialog.getByRole('button', { name: 'Copy Chicago note' });
    await expectVisibleFocus(page, copy);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-status]')).toHaveText('Chicago note copied');
    // Every stop in the panel is visible and stays in it: each Copy, then the downloads.
    const inPanel = () => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
    const stops = [
      ...['Copy Chicago bibliography entry', 'Copy MLA in-text citation', 'Copy MLA bibliography entry', 'Copy APA in-text citation', 'Copy APA bibliography entry'].map((name) => dialog.getByRole('button', { name, exact: true })),
      ...['RIS', 'BibLaTeX', 'CSL-JSON'].map((name) => dialog.getByRole('link', { name, exact: true })),
    ];
    for (const stop of stops) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page, stop);
      expect(await inPanel(), 'focus stays in the panel').toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page, dialog.getByRole('link', { name: 'BibLaTeX', exact: true }));

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectVisibleFocus(page, cite);
  });
});
