/**
 * The reader's note sources as Robust Links: each source link gets its
 * version address and date, and an "archived copy" link after it, as the
 * notes page has them. The build leaves them out of the reader's HTML (its
 * first view has no room for 116 archive addresses); the page carries the day
 * the sources were consulted once (`data-accessed` on the text), and this makes
 * the rest from each link's own address, by the build's rule. It runs before
 * the notes are placed, so nothing moves. Without JavaScript the reader keeps
 * the plain source links and /notes/ has the archived copies.
 */
import { ARCHIVED_AFTER, ARCHIVED_BEFORE, ARCHIVED_CLASS, ARCHIVED_LABEL, archiveUrl } from '../shared/archive-url.ts';
import { NOTE_SOURCES } from '../shared/markup.ts';

const day = document.querySelector<HTMLElement>('[data-accessed]')?.dataset.accessed;
if (day) {
  for (const item of document.querySelectorAll(`.${NOTE_SOURCES} li`)) {
    const source = item.querySelector<HTMLAnchorElement>('a[href]');
    if (!source) continue;
    // The address as written (not the parsed `href`), as the build reads it.
    const version = archiveUrl(source.getAttribute('href')!, day);
    source.dataset.versionurl = version;
    source.dataset.versiondate = day;
    const copy = document.createElement('a');
    copy.className = ARCHIVED_CLASS;
    copy.href = version;
    copy.textContent = ARCHIVED_LABEL;
    source.after(ARCHIVED_BEFORE, copy, ARCHIVED_AFTER);
  }
}
