import { tokenize, type Token } from './tokens.ts';

/** A paragraph or note: a span of the index's word positions. */
export interface CorpusBlock {
  id: string;
  start: number;
  end: number;
  note: boolean;
  /** Reading order. */
  order: number;
}

/** Tokens in reading order, with where each key occurs (positions in `tokens`). */
export interface Stream {
  tokens: Token[];
  postings: Map<string, number[]>;
}

/** The page's text as search compares it, built once from the page itself. */
export interface Corpus {
  /** The page's words, numbered as the search index numbers them. */
  words: string[];
  /** Every token in reading order. */
  text: Stream;
  /**
   * The same with each slip's published words replaced by the edition's reading
   * that follows them in brackets ("Craig Mundi [Mundie]" reads "Craig Mundie"),
   * so a phrase typed with the reading is found as a phrase.
   */
  reading: Stream;
  blocks: CorpusBlock[];
  /** The block index of each word position (-1 outside any block). */
  blockOf: Int32Array;
  /** Every word of the edition (Latin letters only, three or more), with its count and a form to show. */
  vocabulary: Map<string, { text: string; count: number }>;
}

/** Where a paragraph or note starts, as a word position. */
export interface BlockStart {
  id: string;
  location: number;
  note: boolean;
}

/**
 * Builds the corpus from the page's words, numbered as the search index
 * numbers them (see word-ranges), and where each block starts.
 */
export function buildCorpus(words: string[], starts: BlockStart[]): Corpus {
  const sorted = [...starts].sort((a, b) => a.location - b.location);
  const blocks = sorted.map(({ id, location, note }, order) => ({ id, start: location, end: sorted[order + 1]?.location ?? words.length, note, order }));
  const blockOf = new Int32Array(words.length).fill(-1);
  for (const block of blocks) blockOf.fill(block.order, block.start, block.end);

  const tokens: Token[] = [];
  const reading: Token[] = [];
  const vocabulary = new Map<string, { text: string; count: number }>();
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.startsWith('[')) {
      // A reading: it stands for as many published words before it as it has words.
      let last = w;
      while (last < words.length - 1 && !words[last]!.includes(']')) last++;
      const first = w - (last - w + 1);
      while (reading.length > 0 && reading.at(-1)!.word >= first && blockOf[reading.at(-1)!.word] === blockOf[w]) reading.pop();
    }
    for (const token of tokenize(word, w)) {
      tokens.push(token);
      reading.push(token);
      if (/^[a-z]{3,}$/.test(token.key)) {
        const entry = vocabulary.get(token.key);
        if (entry) entry.count++;
        else vocabulary.set(token.key, { text: word.slice(token.from, token.to).replace(/['’]s$/, ''), count: 1 });
      }
    }
  }
  return { words, text: stream(tokens), reading: stream(reading), blocks, blockOf, vocabulary };
}

function stream(tokens: Token[]): Stream {
  const postings = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = postings.get(token.key);
    if (list) list.push(i);
    else postings.set(token.key, [i]);
  });
  return { tokens, postings };
}
