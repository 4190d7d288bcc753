/**
 * The speech's terms list in the search: a query word a reader may use for the speech's words
 * ("hacking" for "cyber attacks") also searches the speech's words, and the results say so.
 * Quoted phrases stay exact: only the unquoted words are looked up.
 */
import { pathWithBase } from '../../shared/address.ts';
import { SEARCH_TERMS_FILE, type SearchTerm } from '../../shared/search-terms.ts';
import type { ParsedQuery } from './query.ts';
import { compareRanked, TIERS, type RankedBlock, type Ranking } from './rank.ts';
import { tokenize } from './tokens.ts';

let loading: Promise<SearchTerm[]> | undefined;

/** The published terms list, fetched once on the first search; none if it cannot be had. */
export const loadTerms = (): Promise<SearchTerm[]> =>
  (loading ??= fetch(pathWithBase(SEARCH_TERMS_FILE))
    .then((response) => (response.ok ? (response.json() as Promise<{ terms: SearchTerm[] }>) : { terms: [] }))
    .then((data) => data.terms)
    .catch(() => {
      loading = undefined; // Offline for a moment: the next search asks again.
      return [];
    }));

const keysOf = (text: string) => tokenize(text.replace(/-/g, ' ')).map((t) => t.key);

/** The query with each reader's term among its unquoted words replaced by the speech's words, and those words. */
export interface Expansion {
  parsed: ParsedQuery;
  /** The speech's words searched too, in the order the query has them ("cyber attacks"). */
  also: string[];
}

/** The query as the speech would say it, if any of its unquoted words is a reader's term. */
export function expandQuery(query: ParsedQuery, terms: SearchTerm[]): Expansion | undefined {
  const entries = terms
    .flatMap((term) => term.reader.map((reader) => ({ reader: keysOf(reader), speech: term.speech })))
    .filter((entry) => entry.reader.length > 0)
    .sort((a, b) => b.reader.length - a.reader.length);
  const loose: string[] = [];
  const also: string[] = [];
  let replacedLast = false;
  for (let i = 0; i < query.loose.length; ) {
    const entry = entries.find((e) => e.reader.every((key, k) => query.loose[i + k] === key));
    if (!entry) {
      loose.push(query.loose[i++]!);
      continue;
    }
    loose.push(...keysOf(entry.speech));
    if (!also.includes(entry.speech)) also.push(entry.speech);
    i += entry.reader.length;
    replacedLast = i === query.loose.length;
  }
  if (also.length === 0) return undefined;
  return {
    parsed: { phrases: query.phrases, loose, words: loose.map((key) => ({ text: key, keys: [key] })), typing: query.typing && !replacedLast },
    also,
  };
}

/**
 * The query's own ranking with the blocks the speech's words found added: each block once, as
 * the better of its two matches. A block found only through a term goes ahead of the query's own
 * (and a block's match through a term beats its own) only by a better tier or by holding more
 * of the words, never by more matches alone, and the
 * query's own choice of speech or notes first stands: what a query found before, it finds in
 * the same order.
 */
export function mergeRankings(own: Ranking, also: Ranking): Ranking {
  const fromOwn = new Set([...own.speech, ...own.notes]);
  const order = (a: RankedBlock, b: RankedBlock) =>
    TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.coverage - a.coverage || Number(fromOwn.has(b)) - Number(fromOwn.has(a)) || compareRanked(a, b);
  const merge = (a: RankedBlock[], b: RankedBlock[]) => {
    const best = new Map<string, RankedBlock>();
    for (const block of [...a, ...b]) {
      const seen = best.get(block.id);
      if (!seen || order(block, seen) < 0) best.set(block.id, block);
    }
    return [...best.values()].sort(order);
  };
  const speech = merge(own.speech, also.speech);
  const notes = merge(own.notes, also.notes);
  const notesFirst =
    fromOwn.size > 0 ? own.notesFirst : speech.length === 0 || (notes.length > 0 && TIERS.indexOf(notes[0]!.tier) < TIERS.indexOf(speech[0]!.tier));
  return { speech, notes, notesFirst };
}
