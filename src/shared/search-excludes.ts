import { COPY_CLASS, NOTE_KIND_CLASS, NOTE_MARK_CLASS, NOTE_NUMBER_CLASS, NOTE_PART, PASSAGE_LINK_CLASS, PERMALINK_CLASS, SECTION_HEAD_CLASS, VISUALLY_HIDDEN } from './markup.ts';

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
  `.${VISUALLY_HIDDEN}`,
  `.${PERMALINK_CLASS}`,
  `.${NOTE_MARK_CLASS}`,
  `.${NOTE_NUMBER_CLASS} > span`,
  `.${NOTE_KIND_CLASS}`,
  `.${NOTE_PART.sourcesLabel}`,
  `.${NOTE_PART.sources}`,
  `.${NOTE_PART.close}`,
  `.${SECTION_HEAD_CLASS}`,
  `.${COPY_CLASS}`,
  `.${PASSAGE_LINK_CLASS}`,
] as const;
