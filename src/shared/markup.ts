/**
 * The markup contract: the attribute and class names the build writes into the reader, and that
 * the page's scripts, the search index and the tests read back. Named here once, so renaming one is
 * a compile error, not a failure found end to end. (The stylesheets spell the same names as CSS
 * selectors; they cannot import, so a rename greps src/styles too.)
 *
 * No imports, so the page's scripts can use it; each name is its own export, so a script carries
 * only the names it reads.
 */

/** Every block of the speech carries this attribute (empty); its id is the block's permanent id. */
export const BLOCK_ATTR = 'data-block';
export const BLOCK_SELECTOR = `[${BLOCK_ATTR}]`;

/** An item of the search's map of matches names its block with this (never BLOCK_ATTR: it is not a block). */
export const MAP_BLOCK_ATTR = 'data-map-block';

/** The block's ¶ number, set once by the plugin that numbers the blocks (`element.dataset.n`). */
export const NUMBER_ATTR = 'data-n';

/** On everything the edition inserts inside speech text: remove these and the published words remain. */
export const EDITORIAL_ATTR = 'data-editorial';
export const EDITORIAL_SELECTOR = `[${EDITORIAL_ATTR}]`;

/** Words for screen readers only ("Paragraph", "Note", "read:"). */
export const VISUALLY_HIDDEN = 'visually-hidden';

/** A block's ¶ number, a permalink to the block. */
export const PERMALINK_CLASS = 'pn';

/** The edition's section headings inside the speech. */
export const SECTION_HEAD_CLASS = 'section-head';

/** An emendation: the published slip (`sic`) and the edition's reading (`corr`). */
export const SIC_CLASS = 'sic';
export const CORRECTION_CLASS = 'corr';

/** A note: `<aside class="note">` after the block it annotates. */
export const NOTE_CLASS = 'note';
export const NOTE_SELECTOR = `aside.${NOTE_CLASS}`;

/** The annotated phrase (a link to its note) and the note's number beside it. */
export const NOTE_REF_CLASS = 'note-ref';
export const NOTE_MARK_CLASS = 'note-mark';

/** The note's head line: its number and title (a link to the note), then its kind in words. */
export const NOTE_NUMBER_CLASS = 'note-n';
export const NOTE_KIND_CLASS = 'note-kind';

export const NOTE_SOURCES = 'note-sources';

/** The parts of a note's body that rehypeNoteIndex takes apart and the stylesheet styles. */
export const NOTE_PART = {
  head: 'note-head',
  sourcesLabel: 'note-src',
  sources: NOTE_SOURCES,
  close: 'note-close',
} as const;

/** The paragraph tools' buttons (Copy link, Cite) and the passage link, added by the page's scripts. */
export const COPY_CLASS = 'copy';
export const PASSAGE_LINK_CLASS = 'passage-link';

/**
 * The search's quote check, inside the first result: the published words closest to a pasted
 * quote, with `<del>` and `<ins>` marks. Its text without the `<ins>` parts is the published text.
 */
export const QUOTE_CHECK_ATTR = 'data-quote-check';

/** A page's contents beside its text (src/components/Rail.astro); its script marks the entry being read. */
export const RAIL_CLASS = 'rail';
export const RAIL_SELECTOR = `nav.${RAIL_CLASS}`;

/** On a part of a page whose addresses were written at build time: the address they were written with. */
export const BUILT_ADDRESS_ATTR = 'data-built-address';
