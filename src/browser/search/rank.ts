import type { Corpus, CorpusBlock, Stream } from './corpus.ts';
import type { ParsedQuery } from './query.ts';
import { STOP_WORDS } from './stop-words.ts';
import { hasWordCharacter, isHan, tokenize, type Token } from './tokens.ts';

/**
 * How a block matched, best first: the query's words as a consecutive run
 * (an implicit phrase, or every quoted phrase), every word whole, or only some
 * words or parts of words (the start of the word being typed, a stem).
 */
export type Tier = 'phrase' | 'all' | 'some';
export const TIERS: readonly Tier[] = ['phrase', 'all', 'some'];

/** A matched stretch of one of the index's words, in UTF-16 units of that word. */
export interface Mark {
  word: number;
  from: number;
  to: number;
}

export interface RankedBlock extends CorpusBlock {
  tier: Tier;
  /** How many of the query's words (and quoted phrases) the block holds. */
  coverage: number;
  /** How many marked matches: a run of adjacent marked words counts once. */
  hits: number;
  /** What to highlight: phrase runs and the query's words, never a lone stop word. */
  marks: Mark[];
}

export interface Ranking {
  /** Paragraphs of the speech, best first. */
  speech: RankedBlock[];
  /** Notes, best first. */
  notes: RankedBlock[];
  /** Notes lead only when they match better than anything in the speech. */
  notesFirst: boolean;
}

/**
 * Endings a stem match may differ by. Pagefind's stemmer finds the candidates;
 * this only keeps them honest, since when a word is missing its search falls
 * back to shorter and shorter prefixes ("Annenburg" found "an").
 */
const SUFFIXES = new Set(
  ('s es ed d e y ies ing ings ion ions ation ations ance ances ence ences ment ments ity ities ty al ally ly er ers or ors ' +
    'ive ize izes ized ise ises ised ism isms ist ists ship ships ness ic ical')
    .split(' ')
    .concat(''),
);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A word that shares a stem with `key`: the same start, and endings that are only suffixes. */
export function sameStem(word: string, key: string): boolean {
  const common = commonPrefix(word, key);
  return common >= 4 && SUFFIXES.has(word.slice(common)) && SUFFIXES.has(key.slice(common));
}

/** The index is lower-cased Latin with prefixes only for the typed word: at least this long. */
const MIN_PREFIX = 3;

/**
 * The mark for `token` if it matches `key`: the same key, a Chinese key
 * anywhere inside it (Chinese has no spaces between words), or, with `prefix`,
 * the start of it.
 */
function matchToken(corpus: Corpus, token: Token, key: string, prefix: boolean): Mark | undefined {
  if (token.key === key) return { word: token.word, from: token.from, to: token.to };
  if (isHan(key)) {
    const at = corpus.words[token.word]!.slice(token.from, token.to).indexOf(key);
    return at < 0 ? undefined : { word: token.word, from: token.from + at, to: token.from + at + key.length };
  }
  if (prefix && token.key.startsWith(key)) return { word: token.word, from: token.from, to: token.to };
  return undefined;
}

/** Where in `stream` a token may match `key` (see matchToken), from the postings. */
function candidates(stream: Stream, key: string, prefix: boolean): number[] {
  const exact = stream.postings.get(key) ?? [];
  if (!prefix && !isHan(key)) return exact;
  const more = [...stream.postings].filter(([other]) => other !== key && (isHan(key) ? other.includes(key) : other.startsWith(key)));
  return more.length === 0 ? exact : [...exact, ...more.flatMap(([, positions]) => positions)].sort((a, b) => a - b);
}

/** Every run of tokens in `stream` that matches `keys` in order, inside one block. */
function runs(corpus: Corpus, stream: Stream, keys: string[], typing: boolean): Mark[][] {
  const found: Mark[][] = [];
  const n = keys.length;
  for (const i of candidates(stream, keys[0]!, typing && n === 1)) {
    const run: Mark[] = [];
    for (let j = 0; j < n && i + j < stream.tokens.length; j++) {
      const mark = matchToken(corpus, stream.tokens[i + j]!, keys[j]!, typing && j === n - 1);
      if (!mark) break;
      run.push(mark);
    }
    if (run.length < n) continue;
    const block = corpus.blockOf[run[0]!.word]!;
    if (block >= 0 && corpus.blockOf[run.at(-1)!.word] === block) found.push(run);
  }
  return found;
}

interface Found {
  implicit: Mark[][];
  quoted: Set<number>;
  quotedMarks: Mark[];
  whole: Map<string, Mark[]>;
  partial: Map<string, Mark[]>;
  /** The typed word matched as the start of a word: it stands for the whole word while typing. */
  started: boolean;
}

const markId = (mark: Mark) => `${mark.word}:${mark.from}`;

/**
 * Ranks the paragraphs and notes for a parsed query. `stems`: word positions
 * Pagefind's stemmer matched for the query's words (candidates for partial
 * matches; checked with sameStem).
 */
export function rank(corpus: Corpus, query: ParsedQuery, stems: number[] = []): Ranking {
  const keys = [...new Set(query.loose)];
  const typed = query.typing ? query.loose.at(-1) : undefined;
  const meaningful = keys.filter((key) => !STOP_WORDS.has(key));
  const single = keys.length === 1 && query.phrases.length === 0;
  const byBlock = new Map<number, Found>();
  const at = (word: number): Found | undefined => {
    const index = corpus.blockOf[word]!;
    if (index < 0) return undefined;
    let found = byBlock.get(index);
    if (!found) byBlock.set(index, (found = { implicit: [], quoted: new Set(), quotedMarks: [], whole: new Map(), partial: new Map(), started: false }));
    return found;
  };
  const add = (map: Map<string, Mark[]>, key: string, mark: Mark) => {
    const list = map.get(key);
    if (list) list.push(mark);
    else map.set(key, [mark]);
  };

  const prefix = typed !== undefined && typed.length >= MIN_PREFIX && !isHan(typed) ? typed : undefined;
  for (const key of keys) {
    for (const i of candidates(corpus.text, key, key === prefix)) {
      const token = corpus.text.tokens[i]!;
      const found = at(token.word);
      if (!found) continue;
      const whole = matchToken(corpus, token, key, false);
      if (whole) add(found.whole, key, whole);
      else {
        found.started = true;
        add(found.partial, key, { word: token.word, from: token.from, to: token.to });
      }
    }
  }
  for (const word of new Set(stems)) {
    const found = at(word);
    if (!found) continue;
    for (const token of tokenize(corpus.words[word] ?? '', word)) {
      for (const key of meaningful) {
        if (token.key !== key && !isHan(key) && sameStem(token.key, key)) add(found.partial, key, { word, from: token.from, to: token.to });
      }
    }
  }
  if (query.loose.length >= 2) {
    const seen = new Set<string>();
    for (const stream of [corpus.text, corpus.reading]) {
      for (const run of runs(corpus, stream, query.loose, query.typing)) {
        if (seen.has(markId(run[0]!))) continue;
        seen.add(markId(run[0]!));
        at(run[0]!.word)!.implicit.push(run);
      }
    }
  }
  query.phrases.forEach((phrase, index) => {
    for (const stream of [corpus.text, corpus.reading]) {
      for (const run of runs(corpus, stream, phrase, false)) {
        const found = at(run[0]!.word)!;
        found.quoted.add(index);
        found.quotedMarks.push(...run);
      }
    }
  });

  const ranked: RankedBlock[] = [];
  for (const [index, found] of byBlock) {
    if (found.quoted.size < query.phrases.length) continue;
    const holds = (key: string) => found.whole.has(key) || (key === typed && found.started);
    let tier: Tier | undefined;
    if (query.loose.length >= 2 && found.implicit.length > 0) tier = 'phrase';
    else if (keys.length === 0) tier = query.phrases.every((p) => p.length >= 2) ? 'phrase' : 'all';
    else if (keys.every(holds)) tier = 'all';
    else if (meaningful.some((key) => found.whole.has(key) || found.partial.has(key)) || query.phrases.length > 0) tier = 'some';
    if (!tier) continue;

    const marks = new Map<string, Mark>();
    for (const mark of [...found.implicit.flat(), ...found.quotedMarks]) marks.set(markId(mark), mark);
    for (const key of single ? keys : meaningful) {
      for (const mark of [...(found.whole.get(key) ?? []), ...(found.partial.get(key) ?? [])]) marks.set(markId(mark), mark);
    }
    const sorted = [...marks.values()].sort((a, b) => a.word - b.word || a.from - b.from);
    if (sorted.length === 0) continue;
    const coverage = keys.filter((key) => found.whole.has(key) || found.partial.has(key)).length + found.quoted.size;
    ranked.push({ ...corpus.blocks[index]!, tier, coverage, hits: markSpans(sorted, corpus.words).length, marks: sorted });
  }
  ranked.sort(compareRanked);
  const speech = ranked.filter((block) => !block.note);
  const notes = ranked.filter((block) => block.note);
  const notesFirst = speech.length === 0 || (notes.length > 0 && TIERS.indexOf(notes[0]!.tier) < TIERS.indexOf(speech[0]!.tier));
  return { speech, notes, notesFirst };
}

/** The ranking's order: by tier, then how many of the query's words a block holds, how many matches, reading order. */
export function compareRanked(a: RankedBlock, b: RankedBlock): number {
  return TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.coverage - a.coverage || b.hits - a.hits || a.order - b.order;
}

/** The ranking with the paragraph `id` first (the quote check's answer), the speech's results leading. */
export function leadWith(ranking: Ranking, id: string): Ranking {
  const block = ranking.speech.find((b) => b.id === id);
  if (!block) return ranking;
  return { speech: [block, ...ranking.speech.filter((b) => b !== block)], notes: ranking.notes, notesFirst: false };
}

/** A highlighted stretch: from a mark's start to a mark's end, perhaps words later. */
export interface Span {
  start: Mark;
  end: Mark;
}

/**
 * Joins marks into one span when only a space or a hyphen lies between them
 * (a phrase is marked as one run, "win-win" as one word).
 */
export function markSpans(marks: Mark[], words: string[]): Span[] {
  const spans: Span[] = [];
  for (const mark of marks) {
    const last = spans.at(-1);
    const joins =
      last &&
      ((last.end.word === mark.word - 1 && last.end.to === (words[last.end.word] ?? '').length && mark.from === 0) ||
        (last.end.word === mark.word && !hasWordCharacter((words[mark.word] ?? '').slice(last.end.to, mark.from))));
    if (last && joins) last.end = mark;
    else spans.push({ start: mark, end: mark });
  }
  return spans;
}

/**
 * What the ranking says of a tier, for a query of several words, one word, or
 * one Chinese term (found inside longer terms too, so never a "whole word").
 */
export function tierLabel(tier: Tier, query: 'words' | 'word' | 'chinese'): string {
  const oneWord = query !== 'words';
  if (tier === 'phrase') return 'exact phrase';
  if (tier === 'all') return query === 'chinese' ? 'exact match' : oneWord ? 'whole word' : 'all words';
  return oneWord ? 'partial match' : 'some words';
}
