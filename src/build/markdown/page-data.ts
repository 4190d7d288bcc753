import type { VFile } from 'vfile';
import type { EmendationRecord } from './emendations.ts';
import type { NoteRecord } from './notes.ts';
import type { IndexedNote } from './note-index.ts';
import type { BlockRecord, OutlineSection } from './speech-outline.ts';

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
