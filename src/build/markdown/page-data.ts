import type { VFile } from 'vfile';
import type { SearchTerm } from '../../shared/search-terms.ts';

/*
 * The records the speech's plugins hand on, defined here where they are collected: the plugins
 * import them from this module, and this module imports nothing of theirs (no circle).
 */

/** The kinds of note, in the order the notes page groups them. */
export const NOTE_KINDS = ['person', 'organisation', 'event', 'concept', 'figure', 'translation', 'editorial'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface NoteRecord {
  id: string;
  number: number;
  kind: NoteKind;
  title: string;
  /** Id of the block whose phrase the note annotates. */
  block: string;
  /** The annotated phrase, in the published words. */
  phrase: string;
}

export interface NoteSource {
  /** The source as written (publisher, title, date), without its link. */
  text: string;
  url?: string;
  /** Robust Link: the Internet Archive's address for the day the source was consulted, and that day. */
  versionUrl?: string;
  versionDate?: string;
}

export interface IndexedNote extends NoteRecord {
  /** The note as shown away from the text (without its heading line and close link), sources included. */
  html: string;
  /** The note's own words, without its source list, as HTML and as text. */
  bodyHtml: string;
  text: string;
  sources: NoteSource[];
  /** Where the annotated phrase starts in its paragraph's published words (characters). */
  offset: number;
}

/** An emendation: the published words and the edition's reading, in the block they stand in. */
export interface EmendationRecord {
  /** Id of the block the emendation stands in. */
  block: string;
  published: string;
  reading: string;
}

export interface OutlineEntry {
  id: string;
  number: number;
  /** The block's opening sentence, in the published words. */
  lead: string;
}

/** A published paragraph: its permanent id, its ¶ number, and its words as published. */
export interface BlockRecord {
  id: string;
  number: number;
  text: string;
}

export interface OutlineSection {
  id: string;
  title: string;
  first: number;
  last: number;
  entries: OutlineEntry[];
}

/** What the speech's plugins hand on to later plugins and to the pages. */
export interface SpeechPageData {
  /** The published paragraphs in reading order, each with its ¶ number (set once, by remarkSpeechBlocks). */
  blocks: BlockRecord[];
  outline: OutlineSection[];
  emendations: EmendationRecord[];
  /** The notes as remarkNotes finds them, before they are rendered. */
  noteRecords: NoteRecord[];
  /** The notes with their rendered bodies and sources (rehypeNoteIndex). */
  notes: IndexedNote[];
  /** The speech's terms list (`*.terms.yaml`, checked by rehypeSearchTerms): a reader's words for the speech's words. */
  terms: SearchTerm[];
}

declare module 'vfile' {
  interface DataMap {
    speech: Partial<SpeechPageData>;
  }
}

/**
 * The speech's page data on `file`. The same object is what Astro hands the pages as
 * `remarkPluginFrontmatter.speech`, so a plugin's result reaches the page by being set here.
 */
export function speechData(file: VFile): Partial<SpeechPageData> {
  const data = (file.data.speech ??= {});
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  (astro.frontmatter ??= {}).speech = data;
  return data;
}
