import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { BlockRecord, SpeechPageData } from './markdown/page-data.ts';

export type Speech = CollectionEntry<'speeches'>;

/** The speech shown at `/`: the earliest by date, so adding a file never reorders links. */
export async function getReaderSpeech(): Promise<Speech> {
  const all = await getCollection('speeches');
  const [first] = all.sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
  if (!first) throw new Error('No speech found in content/speeches/');
  return first;
}

export interface RenderedSpeech extends SpeechPageData {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** Renders the speech and returns the data its Markdown plugins handed on (src/build/markdown/page-data.ts). */
export async function renderSpeech(speech: Speech): Promise<RenderedSpeech> {
  const { Content, remarkPluginFrontmatter } = await render(speech);
  // Astro types plugin data as `any`; it is what speechData() collected.
  const data: Partial<SpeechPageData> = remarkPluginFrontmatter.speech ?? {};
  return {
    Content,
    outline: data.outline ?? [],
    blocks: data.blocks ?? [],
    emendations: data.emendations ?? [],
    noteRecords: data.noteRecords ?? [],
    notes: data.notes ?? [],
    terms: data.terms ?? [],
  };
}

/** What a page of the reader's speech builds from: its entry, its frontmatter and what its plugins handed on. */
export async function loadReaderSpeech(): Promise<RenderedSpeech & { speech: Speech; data: Speech['data'] }> {
  const speech = await getReaderSpeech();
  return { speech, data: speech.data, ...(await renderSpeech(speech)) };
}

/** Each paragraph's ¶ number by its id, as the plugin that numbers blocks set it. */
export const paragraphNumbers = (blocks: BlockRecord[]) => new Map(blocks.map((b) => [b.id, b.number]));

export { formatDate, isoDate } from '../shared/dates.ts';
