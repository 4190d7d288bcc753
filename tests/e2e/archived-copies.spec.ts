import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ARCHIVED_BEFORE, ARCHIVED_LABEL, archiveUrl } from '../../src/shared/archive-url.ts';
import { NOTE_SOURCES } from '../../src/shared/markup.ts';

/** Each note's source list items, as the page shows them once its scripts have run. */
const sourceItems = (page: Page) =>
  page.$$eval(`.${NOTE_SOURCES} li`, (items) =>
    items.map((li) => {
      const source = li.querySelector<HTMLAnchorElement>('a[href]:not(.archived)');
      const copy = li.querySelector<HTMLAnchorElement>('a.archived');
      return {
        href: source?.getAttribute('href'),
        versionUrl: source?.dataset.versionurl,
        versionDate: source?.dataset.versiondate,
        copyHref: copy?.getAttribute('href'),
        copyText: copy?.textContent,
        between: source?.nextSibling?.textContent,
        html: li.innerHTML.trim(),
      };
    }),
  );

test('every source in the reader’s notes has its version address and date and a visible archived copy, shown as /notes/ shows it', async ({ page }) => {
  const markdown = await readFile(new URL('../../content/speeches/lu-wei-2014-12-02.md', import.meta.url), 'utf8');
  const day = String(parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!).sourcesAccessed);

  await page.goto('/notes/');
  const onNotesPage = await sourceItems(page);
  await page.goto('/');
  const inReader = await sourceItems(page);
  expect(inReader.length).toBeGreaterThan(100);
  for (const source of inReader) {
    expect(source.href, source.html).toBeTruthy();
    expect(source.versionUrl, source.html).toBe(archiveUrl(source.href!, day));
    expect(source.versionDate, source.html).toBe(day);
    expect(source.copyHref, source.html).toBe(source.versionUrl);
    expect(source.copyText).toBe(ARCHIVED_LABEL);
    expect(source.between, 'a separator between the address and its archived copy').toBe(ARCHIVED_BEFORE);
  }
  // The same sources, marked up the same way, as on the notes page (which the build writes).
  expect(inReader.map((s) => s.html).sort()).toEqual(onNotesPage.map((s) => s.html).sort());

  // An opened note shows them: the archived copy on screen, on the line of its source.
  await page.locator('a.note-ref[href="#catherine-novelli"]').click();
  const item = page.locator('#catherine-novelli .note-sources li').first();
  const copy = item.locator('a.archived');
  await expect(copy).toBeVisible();
  const [itemBox, copyBox] = [await item.boundingBox(), await copy.boundingBox()];
  expect(copyBox!.y + copyBox!.height).toBeLessThanOrEqual(itemBox!.y + itemBox!.height + 1);
});
