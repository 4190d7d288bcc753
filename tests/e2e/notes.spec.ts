import { expect, test, type Page } from '@playwright/test';
import { NOTE_KIND_CLASS, NOTE_REF_CLASS, NOTE_SELECTOR, NOTE_SOURCES } from '../../src/shared/markup.ts';

// Each test sets its own width; the phone project leaves this file to the desktop one.

interface Box { id: string; top: number; bottom: number; left: number; right: number }

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function overlapping(a: Box[], b: Box[], same = false): string[] {
  const found: string[] = [];
  a.forEach((x, i) => b.forEach((y, j) => (!same || j > i) && overlaps(x, y) && found.push(`${x.id} × ${y.id}`)));
  return found;
}

for (const width of [1440, 1024]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${width}px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: notes in the margin`, () => {
      test.use({ viewport: { width, height: 900 }, javaScriptEnabled });

      test('at / and at /#sunnylands every note is shown, none overlaps another or the text', async ({ page }, info) => {
        for (const path of ['/', '/#sunnylands']) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const notes = await boxes(page, NOTE_SELECTOR);
          const text = await boxes(page, '[data-block], .section-head, .speech-head, .toc');
          expect(notes.length).toBeGreaterThanOrEqual(30);
          for (const note of notes) expect(note.bottom - note.top, `${path} ${note.id}`).toBeGreaterThan(0);
          expect(overlapping(notes, notes, true), path).toEqual([]);
          expect(overlapping(notes, text), path).toEqual([]);

          const refs = await boxes(page, `a.${NOTE_REF_CLASS}`);
          const distances = notes.map((n) => Math.round(n.top - (refs.find((r) => r.id === `ref-${n.id}`)?.top ?? 0)));
          const sorted = [...distances].map(Math.abs).sort((a, b) => a - b);
          info.annotations.push({
            type: `${path}: distance note ↔ phrase (px)`,
            description: `median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)}; ${notes.map((n, i) => `${n.id} ${distances[i]}`).join(', ')}`,
          });
          if (javaScriptEnabled && path === '/') {
            // At rest, placed notes never sit above their phrase: crowding only pushes them down.
            for (const d of distances) expect(d).toBeGreaterThanOrEqual(-1);
          }
          if (javaScriptEnabled && path === '/#sunnylands') {
            // The open note is in full, level with its phrase, the only one open; its neighbours have moved aside.
            expect(Math.abs(distances[notes.findIndex((n) => n.id === 'sunnylands')]!)).toBeLessThanOrEqual(1);
            const note = page.locator('aside#sunnylands');
            await expect(note).toBeInViewport();
            await expect(note.locator(`.${NOTE_SOURCES}`)).toBeVisible();
            expect(await note.evaluate((el) => el.matches(':target'))).toBe(true);
            await expect(page.locator('aside#estate-meeting').locator(`.${NOTE_SOURCES}`)).toBeHidden();
          }
        }
      });
    });
  }
}

test.describe('wide screen interplay', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('hovering or focusing a phrase highlights its note, hovering a note its phrase; Enter opens the note', async ({ page }) => {
    await page.goto('/');
    await page.locator('#ref-wu-hequan').hover();
    await expect(page.locator('aside#wu-hequan')).toHaveClass(/is-hot/);
    await page.locator('aside#catherine-novelli').hover();
    await expect(page.locator('#ref-catherine-novelli')).toHaveClass(/is-hot/);
    await expect(page.locator('aside#wu-hequan')).not.toHaveClass(/is-hot/);

    const ref = page.getByRole('link', { name: /^Shen Xiangyang note \d+$/ });
    await ref.focus();
    await expect(page.locator('aside#shen-xiangyang')).toHaveClass(/is-hot/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#shen-xiangyang$/);
    await expect(page.locator('aside#shen-xiangyang').locator(`.${NOTE_SOURCES}`)).toBeVisible();
  });
});

// Every note's geometry by tap, keyboard and link, with script, is note-geometry.spec.ts's; here
// the phone's notes are also checked as plain links and :target, without it.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`390px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: notes at hand on a phone`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });

    test('notes start closed; tapping a phrase opens its note over the text without leaving the page; Close closes it; /#sunnylands opens it directly', async ({ page }) => {
      await page.goto('/#p6');
      await expect(page.locator(NOTE_SELECTOR).first()).toBeHidden();
      const phrase = page.locator('#ref-sunnylands');
      await phrase.tap();
      const note = page.locator('aside#sunnylands');
      await expect(note).toBeVisible();
      await expect(note).toBeInViewport();
      await expect(page).toHaveURL(/\/#sunnylands$/);
      // The paragraph stays on screen above the sheet.
      await expect(page.locator('#p6')).toBeInViewport();
      await note.getByRole('link', { name: 'Close note' }).tap();
      await expect(note).toBeHidden();
      await expect(phrase).toBeInViewport();

      await page.goto('/?fresh#sunnylands');
      await expect(note).toBeInViewport();
      await expect(note).toContainText('Sunnylands');
    });
  });
}

test('screen readers hear that a phrase has a note, and each note has a name and a kind in words', async ({ page }) => {
  await page.goto('/#sunnylands');
  await expect(page.locator('#ref-sunnylands')).toHaveAccessibleName(/^Annenberg note \d+$/);
  const note = page.getByRole('note', { name: /Annenberg “estate meeting”/ });
  await expect(note).toHaveCount(1);
  await expect(note.locator(`.${NOTE_KIND_CLASS}`)).toHaveText('Event');
  await expect(note.getByRole('link', { name: /^Note \d+ / })).toHaveAttribute('href', '#sunnylands');
});

test('every phrase links to an existing note and every note back to its phrase', async ({ page }) => {
  await page.goto('/');
  const pairs = await page.$$eval(`a.${NOTE_REF_CLASS}`, (refs) =>
    refs.map((ref) => {
      const id = (ref as HTMLAnchorElement).hash.slice(1);
      const note = document.getElementById(id);
      return { id, isAside: note?.tagName === 'ASIDE', inMain: !!note?.closest('main'), back: note?.querySelector('.note-close a')?.getAttribute('href') === `#${ref.id}` };
    }),
  );
  expect(pairs.length).toBeGreaterThanOrEqual(30);
  for (const pair of pairs) expect(pair, pair.id).toEqual({ id: pair.id, isAside: true, inMain: true, back: true });
});

test('the notes page groups every note by kind and links each back to its paragraph', async ({ page }) => {
  await page.goto('/');
  const total = await page.locator(NOTE_SELECTOR).count();
  await page.goto('/notes/');
  await expect(page.locator('.note-entry')).toHaveCount(total);
  for (const kind of ['People', 'Organisations', 'Events', 'Concepts', 'Figures checked', 'Translation']) {
    await expect(page.getByRole('heading', { level: 2, name: kind })).toBeVisible();
  }
  const entry = page.getByRole('article', { name: 'Wu Hequan' });
  await entry.getByRole('link', { name: '¶3' }).click();
  await expect(page).toHaveURL(/\/#p3$/);
  await expect(page.locator('#p3')).toBeInViewport();
});
