/**
 * The parts of a rendered note, by class: the stylesheet styles them,
 * rehypeNoteIndex takes a note's body apart by them, and the reader's script
 * finds the sources by them. Named here once (no imports, so the page's script
 * can use it).
 */
export const NOTE_PART = {
  head: 'note-head',
  sourcesLabel: 'note-src',
  sources: 'note-sources',
  close: 'note-close',
} as const;
