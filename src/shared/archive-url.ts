/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/) for the notes'
 * sources: one rule, used by the build (src/build/markdown/robust-links.ts: the notes
 * page, speech.json) and by the reader's script (src/browser/archived-copies.ts),
 * so both give the same archive address and show it the same way.
 */

/** The class of the "archived copy" link beside a note's source. */
export const ARCHIVED_CLASS = 'archived';

/** What follows a source's link: " (archived copy)", the words being the archive link (one constant each, so a bundle inlines them). */
export const ARCHIVED_BEFORE = ' (';
export const ARCHIVED_LABEL = 'archived copy';
export const ARCHIVED_AFTER = ')';

/** The Internet Archive's address for `url` as of `date` ("YYYY-MM-DD"); the Archive redirects it to the nearest capture. */
export const archiveUrl = (url: string, date: string) => `https://web.archive.org/web/${date.replace(/-/g, '')}000000/${url}`;
