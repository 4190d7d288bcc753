/**
 * The tables of issue 20, written before the change: misspellings of the speech's own words and
 * names, each with the paragraph its results must reach first; and words whose count in every
 * paragraph the map of the results must show, computed here from the published text (the
 * source capture), never typed in.
 */
import { buildCorpus } from '../../src/browser/search/corpus.ts';
import { readerSpeechFile } from './speech-files.ts';

export interface Misspelling {
  /** As a hurried reader types it. */
  typed: string;
  /** The speech's word the results stand for (the page's "Did you mean …?" offer). */
  meant: string;
  /** The paragraph that must come first. */
  first: string;
}

export const MISSPELLINGS: Misspelling[] = [
  { typed: 'soverignty', meant: 'sovereignty', first: 'p12' },
  { typed: 'Obamma', meant: 'Obama', first: 'p6' },
  { typed: 'Zhongnanhi', meant: 'Zhongnanhai', first: 'p6' },
  { typed: 'Pandorra', meant: 'Pandora', first: 'p14' },
  { typed: 'Annenburg', meant: 'Annenberg', first: 'p6' },
  { typed: 'multistakholderism', meant: 'multistakeholderism', first: 'p8' },
  { typed: 'Qualcon', meant: 'Qualcomm', first: 'p7' },
  { typed: 'binoculers', meant: 'binoculars', first: 'p10' },
  { typed: 'Novelly', meant: 'Novelli', first: 'p1' },
  { typed: 'Washingon', meant: 'Washington', first: 'p5' },
  { typed: 'Alibabba', meant: 'Alibaba', first: 'p7' },
  { typed: 'Xiangyng', meant: 'Xiangyang', first: 'p2' },
  { typed: 'Hequn', meant: 'Hequan', first: 'p3' },
  { typed: 'magnifiying glass', meant: 'magnifying glass', first: 'p8' },
  { typed: 'binoculers of historical laws', meant: 'binoculars of historical laws', first: 'p10' },
];

/**
 * Words whose spread over the paragraphs the map must show: none is part of a slip, and the text
 * holds no other form of any (no "friend" beside "friends", no "markets" beside "market"), so
 * the search's stems add nothing a plain count misses.
 */
export const MAP_WORDS = ['trust', 'confidence', 'differences', 'cooperation', 'Internet', 'axe', 'community', 'cyberspace', 'Washington', 'Chinese', 'world', 'Pacific'];

/**
 * How often `word` occurs in one published paragraph as a whole word (case ignored; "China’s"
 * and "China-US" hold "China", "don’t" does not hold "don"), counted by a plain scan of the text.
 */
export function occurrences(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}'’])${escaped}(?:['’]s)?(?![\\p{L}\\p{N}]|['’]\\p{L})`, 'giu'))?.length ?? 0;
}

/** The paragraphs' ids in reading order, as the Markdown gives them. */
export function blockIds(): string[] {
  return [...readerSpeechFile().markdown.matchAll(/^:::block\{#([\w-]+)/gm)].map((m) => m[1]!);
}

/** The published paragraphs as the search's corpus (words split on spaces, one block each), for ranking in node. */
export function publishedCorpus() {
  const published = readerSpeechFile().published;
  const ids = blockIds();
  const words: string[] = [];
  const starts = published.map((text, i) => {
    const location = words.length;
    words.push(...text.split(/\s+/).filter(Boolean));
    return { id: ids[i]!, location, note: false };
  });
  return { published, ids, corpus: buildCorpus(words, starts) };
}

/** For each of MAP_WORDS, its count in each paragraph, in reading order, from the published text. */
export function expectedCounts(): Map<string, Array<{ id: string; count: number }>> {
  const ids = blockIds();
  const published = readerSpeechFile().published;
  if (published.length !== ids.length) throw new Error(`${published.length} published paragraphs, ${ids.length} blocks`);
  return new Map(MAP_WORDS.map((word) => [word, published.map((text, i) => ({ id: ids[i]!, count: occurrences(text, word) }))]));
}
