/**
 * What the search index leaves out: the edition's labels and controls, never
 * words of the speech or of the notes. Paragraph and note numbers, note kinds,
 * screen-reader words ("Paragraph", "read:"), section labels, Close links and
 * the notes' source lists (long, unquotable, and most of the index's weight).
 * The emended readings in `.corr` stay, so the corrected word finds its paragraph.
 *
 * Shared by the indexer and by the highlighter, which must count the words of
 * a paragraph exactly as the index did.
 */
export const SEARCH_EXCLUDES = [
  '.visually-hidden',
  '.pn',
  '.note-mark',
  '.note-n > span',
  '.note-kind',
  '.note-src',
  '.note-sources',
  '.note-close',
  '.section-head',
  '.copy',
  '.passage-link',
] as const;
