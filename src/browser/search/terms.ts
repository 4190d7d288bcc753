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

/** Both rankings as one: each block once, as the better of its two matches, in the ranking's order. */
export function mergeRankings(first: Ranking, second: Ranking): Ranking {
  const merge = (a: RankedBlock[], b: RankedBlock[]) => {
    const best = new Map<string, RankedBlock>();
    for (const block of [...a, ...b]) {
      const seen = best.get(block.id);
      if (!seen || compareRanked(block, seen) < 0) best.set(block.id, block);
    }
    return [...best.values()].sort(compareRanked);
  };
  const speech = merge(first.speech, second.speech);
  const notes = merge(first.notes, second.notes);
  const notesFirst = speech.length === 0 || (notes.length > 0 && TIERS.indexOf(notes[0]!.tier) < TIERS.indexOf(speech[0]!.tier));
  return { speech, notes, notesFirst };
}

