/**
 * The parts of a rendered note, by class: the stylesheet styles them,
 * rehypeNoteIndex takes a note's body apart by them, and the reader's script
 * finds the sources by them. Named here once (no imports, so the page's script
 * can use it; each name is its own export, so the script carries only the one it reads).
 */
export const NOTE_SOURCES = 'note-sources';

export const NOTE_PART = {
  head: 'note-head',
  sourcesLabel: 'note-src',
  sources: NOTE_SOURCES,
  close: 'note-close',
} as const;
