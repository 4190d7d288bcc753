/**
 * The quote check: for a sentence a reader pasted ("big countries do not have more power, they
 * have more responsibility"), the published words closest to it and how they differ, word by
 * word. The best window of clauses in the speech's paragraphs is found by the words they share
 * (spelling, case, hyphens, endings and the terms list set aside), then aligned with the quote
 * by `diff`. A window that shares too little is no answer: `checkQuote` returns nothing rather
 * than a poor match passed off as the quote.
 */
import { diffArrays } from 'diff';
import { stemmer } from 'stemmer';
import type { SearchTerm } from '../../shared/search-terms.ts';
import { STOP_WORDS } from './stop-words.ts';

/** A paragraph of the speech: its id, its ¶ number, its published words. */
export interface QuoteBlock {
  id: string;
  number: number;
  text: string;
}

/** A stretch of the result: published words kept or changed (`del`), or the quote's own (`ins`). */
export interface QuotePart {
  text: string;
  kind: 'same' | 'del' | 'ins';
}

export interface QuoteMatch {
  id: string;
  number: number;
  /** The published words of the window, exactly as they stand in the paragraph. */
  published: string;
  /** The published words with the quote's differences; without the `ins` parts they are `published`. */
  parts: QuotePart[];
  /** How many of the quote's words the published words have as written (case, punctuation and spelling aside). */
  found: number;
  /** How many words the quote has. */
  words: number;
}

/** A query this long (in words) is read as a quote. */
export const QUOTE_WORDS = 6;

/** Below these, no passage is close: too few shared words, or too small a share of the quote's. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.5;
/** Of the shared words, at least this many must be distinctive: found in at most COMMON_SHARE of the paragraphs. */
const MIN_DISTINCTIVE = 2;
const COMMON_SHARE = 1 / 3;
/** A quote with fewer words that carry meaning than MIN_SHARED must have this share of all its words. */
const NEARLY_ALL = 0.8;
/** A window holds at most this many times the quote's words (one clause always fits). */
const WINDOW_FACTOR = 3;
/** How many of the best windows by shared words are aligned word for word. */
const ALIGNED = 6;
/** Function words weigh this much against a content word when windows are compared. */
const STOP_WEIGHT = 0.3;
/** Words that carry no claim of their own, beside the search's stop words. */
const WEAK = new Set('must should would could may might shall been being said also very all one some any more most such'.split(' '));

/** A word: letters and digits, with apostrophes and hyphens inside it, and a point or comma between digits. */
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/u;

interface Word {
  text: string;
  from: number;
  to: number;
  /** Case, accents, hyphens, apostrophes and a possessive 's set aside. */
  base: string;
  /** The base with British spelling made American: the same word, as written by either. */
  spelled: string;
  /** The spelled form with its ending stemmed: what is compared. */
  key: string;
}

/** British spellings as American ones, applied to both sides, so a rule that overreaches equates nothing wrongly often. */
const SPELLING: Array<[RegExp, string]> = [
  [/(?<=\w\w)our(s|ed|ing|able|ite|ites|hood|hoods)?$/, 'or$1'],
  [/(?<=\w\w)is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/(?<=\w\w)ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=\w\w)tre(s)?$/, 'ter$1'],
  [/(?<=\w\w)ogue(s)?$/, 'og$1'],
  [/(?<=\w\w)ence(s)?$/, 'ense$1'],
  [/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1'],
];

function baseOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’.,-]/g, '');
}

const spelledOf = (base: string): string =>
  HAN.test(base) || /^\d+$/.test(base) ? base : SPELLING.reduce((word, [rule, to]) => word.replace(rule, to), base);

const keyOf = (spelled: string): string => (HAN.test(spelled) || /^\d+$/.test(spelled) ? spelled : stemmer(spelled));

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const base = baseOf(m[0]);
    const spelled = spelledOf(base);
    return { text: m[0], from: m.index, to: m.index + m[0].length, base, spelled, key: keyOf(spelled) };
  });
}

const weight = (base: string) => (STOP_WORDS.has(base) || WEAK.has(base) ? STOP_WEIGHT : 1);

/** One word of the quote as compared: the keys it may match (a term adds the speech's), and which quote word it stands for. */
interface QuoteToken {
  keys: string[];
  /** The quote's own word as written (spelling aside); none for a term's stand-in words. */
  spelled?: string;
  weight: number;
  /** The index of the quote's own word, and how many of its words the token stands for (a term's). */
  source: number;
  span: number;
}

/** A term as compared: the reader's words' bases, and the speech's words' keys. */
interface Term {
  reader: string[];
  speech: string[];
}

const termsOf = (terms: SearchTerm[]): Term[] =>
  terms
    .flatMap((term) => term.reader.map((reader) => ({ reader: wordsOf(reader).map((w) => w.base), speech: wordsOf(term.speech).map((w) => w.key) })))
    .filter((term) => term.reader.length > 0)
    .sort((a, b) => b.reader.length - a.reader.length);

/**
 * The quote's words as compared. A reader's word with a term (one word for one) may match
 * the speech's word too; a term of more words stands for the speech's words instead
 * ("hacking" is compared as "cyber attacks"), each standing for the quote's first word of it.
 */
function quoteTokens(words: Word[], terms: Term[]): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  for (let i = 0; i < words.length; ) {
    const term = terms.find((t) => t.reader.every((base, k) => words[i + k]?.base === base));
    if (term && (term.reader.length > 1 || term.speech.length > 1)) {
      for (const key of term.speech) tokens.push({ keys: [key], weight: 1, source: i, span: term.reader.length });
      i += term.reader.length;
      continue;
    }
    const word = words[i]!;
    tokens.push({ keys: term ? [word.key, ...term.speech] : [word.key], spelled: word.spelled, weight: weight(word.base), source: i, span: 1 });
    i += 1;
  }
  return tokens;
}

/** A paragraph as compared: its words, and where each clause (up to a , ; : . ! or ?) starts and ends. */
interface Prepared {
  block: QuoteBlock;
  words: Word[];
  /** Its words' keys, to tell the speech's everyday words from a passage's own. */
  keys: Set<string>;
  clauses: Array<[number, number]>;
}

const prepared = new WeakMap<QuoteBlock[], Prepared[]>();

function prepare(blocks: QuoteBlock[]): Prepared[] {
  let found = prepared.get(blocks);
  if (found) return found;
  found = blocks.map((block) => {
    const words = wordsOf(block.text);
    const clauses: Array<[number, number]> = [];
    let start = 0;
    words.forEach((word, i) => {
      const between = block.text.slice(word.to, words[i + 1]?.from ?? block.text.length);
      if (i === words.length - 1 || /[,;:.!?]/.test(between)) {
        clauses.push([start, i + 1]);
        start = i + 1;
      }
    });
    return { block, words, clauses, keys: new Set(words.map((w) => w.key)) };
  });
  prepared.set(blocks, found);
  return found;
}

/** Recall weighs more than precision: a window that has all of the quote beats a tighter one that has half. */
const f2 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall));

interface Window {
  at: Prepared;
  from: number;
  to: number;
  score: number;
}

/** The windows of clauses, scored by the quote's words they hold in any order. */
function windows(paragraphs: Prepared[], tokens: QuoteToken[]): Window[] {
  const wanted = new Map<string, number>();
  for (const token of tokens) for (const key of token.keys) wanted.set(key, Math.max(wanted.get(key) ?? 0, token.weight));
  const quoteWeight = tokens.reduce((sum, t) => sum + t.weight, 0);
  const limit = tokens.length * WINDOW_FACTOR;
  const found: Window[] = [];
  for (const at of paragraphs) {
    for (let c = 0; c < at.clauses.length; c++) {
      const from = at.clauses[c]![0];
      const left = new Map<string, number>();
      for (const token of tokens) left.set(token.keys[0]!, (left.get(token.keys[0]!) ?? 0) + 1);
      let matched = 0;
      let total = 0;
      for (let d = c; d < at.clauses.length; d++) {
        const [start, end] = at.clauses[d]!;
        if (d > c && end - from > limit) break;
        for (let w = start; w < end; w++) {
          const word = at.words[w]!;
          total += weight(word.base);
          const token = tokens.find((t) => t.keys.includes(word.key) && (left.get(t.keys[0]!) ?? 0) > 0);
          if (token) {
            left.set(token.keys[0]!, left.get(token.keys[0]!)! - 1);
            matched += token.weight;
          }
        }
        found.push({ at, from, to: end, score: f2(matched / total, matched / quoteWeight) });
      }
    }
  }
  return found;
}

/** The published words of a window: from its first word to its last, with a closing stop and quotation marks it opens or closes. */
function span(text: string, first: Word, last: Word): [number, number] {
  let start = first.from;
  let end = last.to;
  const lead = /[“"‘]/.test(text[start - 1] ?? '');
  if (lead) start -= 1;
  const open = () => (text.slice(start, end).match(/[“‘]/g) ?? []).length > (text.slice(start, end).match(/[”’](?!\p{L})/gu) ?? []).length;
  const closeQuotes = () => {
    while (/[”’"]/.test(text[end] ?? '') && open()) end += 1;
  };
  closeQuotes();
  if (/[.!?]/.test(text[end] ?? '')) end += 1;
  closeQuotes();
  if (lead && !/[”"]/.test(text.slice(start + 1, end))) start += 1;
  return [start, end];
}

interface Aligned {
  window: Window;
  /** For each published word of the window: matched as written, matched by another form or a term (`near`), or not. */
  kept: Array<'same' | 'near' | false>;
  /** Quote words to show, each after the published word it follows (-1: before the first): those the
      window does not have, and the quote's own words for published words matched only as `near`. */
  extra: Array<{ after: number; source: number; span: number }>;
  /** The quote's words the window has in some form (for the score), and those it has as written. */
  found: Set<number>;
  asPublished: Set<number>;
  weight: number;
}

/** Word-for-word alignment of a window with the quote (`diff`'s longest common sequence). */
function align(window: Window, tokens: QuoteToken[]): Aligned {
  const published = window.at.words.slice(window.from, window.to);
  const changes = diffArrays(
    published.map((_, i) => i),
    tokens.map((_, j) => j),
    { comparator: (i: number, j: number) => tokens[j]!.keys.includes(published[i]!.key) },
  );
  const kept: Aligned['kept'] = published.map(() => false);
  const extra: Aligned['extra'] = [];
  const found = new Set<number>();
  const changed = new Set<number>();
  const near: Aligned['extra'] = [];
  let weightFound = 0;
  let i = 0;
  let j = 0;
  for (const change of changes) {
    for (let n = 0; n < change.count; n++) {
      if (change.added) extra.push({ after: i - 1, ...tokens[j++]! });
      else if (change.removed) i++;
      else {
        const token = tokens[j++]!;
        // "opposes" for "opposed", "hacking" for "cyber attacks": found, but not as published,
        // so the published word is marked and the quote's own word shown beside it.
        const asWritten = token.spelled !== undefined && token.spelled === published[i]!.spelled;
        kept[i] = asWritten ? 'same' : 'near';
        if (!asWritten) {
          changed.add(token.source);
          const at = near.findIndex((e) => e.source === token.source);
          if (at >= 0) near.splice(at, 1);
          near.push({ after: i, source: token.source, span: token.span });
        }
        i++;
        // A term's words all count ("big countries" found as "large countries" is two words).
        for (let k = 0; k < token.span; k++) found.add(token.source + k);
        weightFound += token.weight;
      }
    }
  }
  const asPublished = new Set([...found].filter((source) => ![...changed].some((c) => source >= c && source < c + (tokens.find((t) => t.source === c)?.span ?? 1))));
  return { window, kept, extra: [...extra.filter((e) => !found.has(e.source)), ...near], found, asPublished, weight: weightFound };
}

/** The window's published words as parts: kept, changed or left out (`del`), and the quote's own words (`ins`). */
function parts(aligned: Aligned, quote: Word[], start: number, end: number): QuotePart[] {
  const { window } = aligned;
  const text = window.at.block.text;
  const words = window.at.words.slice(window.from, window.to);
  const out: QuotePart[] = [];
  const push = (kind: QuotePart['kind'], value: string) => {
    if (!value) return;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += value;
    else out.push({ kind, text: value });
  };
  const extraAfter = (i: number) => {
    const here = aligned.extra.filter((e, k, all) => e.after === i && all.findIndex((o) => o.source === e.source) === k);
    return here.map((e) => quote.slice(e.source, e.source + e.span).map((w) => w.text).join(' ')).join(' ');
  };
  const before = extraAfter(-1);
  if (before) push('ins', `${before} `);
  let at = start;
  words.forEach((word, i) => {
    push('same', text.slice(at, word.from));
    push(aligned.kept[i] === 'same' ? 'same' : 'del', text.slice(word.from, word.to));
    at = word.to;
    const after = extraAfter(i);
    if (after) push('ins', ` ${after}`);
  });
  push('same', text.slice(at, end));
  // Published words changed together read as one change: "a major", not "a", "major".
  for (let i = out.length - 2; i > 0; i--) {
    if (out[i]!.kind === 'same' && !out[i]!.text.trim() && out[i - 1]!.kind === 'del' && out[i + 1]!.kind === 'del') {
      out.splice(i - 1, 3, { kind: 'del', text: out[i - 1]!.text + out[i]!.text + out[i + 1]!.text });
    }
  }
  return out;
}

/**
 * The published words closest to `quote` in `blocks`, aligned word by word, or nothing when
 * no window shares enough of the quote's words (at least three that carry meaning, and at
 * least half of those the quote has).
 */
export function checkQuote(blocks: QuoteBlock[], quote: string, terms: SearchTerm[] = []): QuoteMatch | undefined {
  const quoteWords = wordsOf(quote.replace(/"([^"]*)"/g, '$1'));
  const tokens = quoteTokens(quoteWords, termsOf(terms));
  if (tokens.length === 0) return undefined;
  const best = windows(prepare(blocks), tokens)
    .sort((a, b) => b.score - a.score || a.to - a.from - (b.to - b.from))
    .slice(0, ALIGNED)
    .map((window) => align(window, tokens));
  const quoteWeight = tokens.reduce((sum, t) => sum + t.weight, 0);
  const scored = best.map((a) => {
    const window = a.window.at.words.slice(a.window.from, a.window.to);
    const total = window.reduce((sum, w) => sum + weight(w.base), 0);
    return { aligned: a, score: f2(a.weight / total, a.weight / quoteWeight) };
  });
  const top = scored.sort((a, b) => b.score - a.score)[0]?.aligned;
  if (!top) return undefined;
  // The quote's words that carry meaning (a term's words each count), and how many of them the
  // window has in any order (a quote that moves words about is still close; the marks show the moves).
  const present = new Set(top.window.at.words.slice(top.window.from, top.window.to).map((w) => w.key));
  const meaningful = tokens.filter((t) => t.weight === 1);
  const sharedTokens = meaningful.filter((t) => t.keys.some((key) => present.has(key)));
  const shared = sharedTokens.length;
  // Words this speech uses everywhere ("Internet", "US", "global") are no evidence of a passage.
  const paragraphs = prepare(blocks);
  const inParagraphs = (key: string) => paragraphs.filter((p) => p.keys.has(key)).length;
  const distinctive = sharedTokens.filter((t) => t.keys.some((key) => present.has(key) && inParagraphs(key) <= COMMON_SHARE * blocks.length)).length;
  // A quote of function words only ("where there is me there is you") must be nearly all there, in order.
  const enough =
    meaningful.length >= MIN_SHARED ? shared >= MIN_SHARED && shared >= MIN_SHARE * meaningful.length && distinctive >= MIN_DISTINCTIVE : shared === meaningful.length && top.found.size >= NEARLY_ALL * quoteWords.length;
  if (!enough) return undefined;

  const { at, from, to } = top.window;
  const [start, end] = span(at.block.text, at.words[from]!, at.words[to - 1]!);
  return {
    id: at.block.id,
    number: at.block.number,
    published: at.block.text.slice(start, end),
    parts: parts(top, quoteWords, start, end),
    found: top.asPublished.size,
    words: quoteWords.length,
  };
}

/** Whether a query reads as a quote: six words or more. */
export const isQuote = (query: string): boolean => (query.match(WORD) ?? []).length >= QUOTE_WORDS;
