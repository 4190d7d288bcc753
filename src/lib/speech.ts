import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { BlockRecord, OutlineSection } from '../markdown/speech-outline.ts';
import type { EmendationRecord } from '../markdown/emendations.ts';
import type { IndexedNote } from '../markdown/note-index.ts';

export type Speech = CollectionEntry<'speeches'>;

/** The speech shown at `/`: the earliest by date, so adding a file never reorders links. */
export async function getReaderSpeech(): Promise<Speech> {
  const all = await getCollection('speeches');
  const [first] = all.sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
  if (!first) throw new Error('No speech found in content/speeches/');
  return first;
}

export interface RenderedSpeech {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  outline: OutlineSection[];
  blockIds: string[];
  blocks: BlockRecord[];
  emendations: EmendationRecord[];
  notes: IndexedNote[];
}

/** Renders the speech and returns the data its Markdown plugins collected. */
export async function renderSpeech(speech: Speech): Promise<RenderedSpeech> {
  const { Content, remarkPluginFrontmatter } = await render(speech);
  const data = remarkPluginFrontmatter as Partial<Omit<RenderedSpeech, 'Content'>>;
  return {
    Content,
    outline: data.outline ?? [],
    blockIds: data.blockIds ?? [],
    blocks: data.blocks ?? [],
    emendations: data.emendations ?? [],
    notes: data.notes ?? [],
  };
}

export { formatDate, isoDate } from './dates.ts';
