import type { Corpus } from './corpus.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { rank, type Ranking } from './rank.ts';
import { wordOffers } from './suggest.ts';
import { tokenize } from './tokens.ts';

/** The query searched in place of what was typed, and what was typed. */
export interface Correction {
  /** The corrected query, as it is shown ("Showing results for …"). */
  query: string;
  parsed: ParsedQuery;
  /** The query as typed ("Search instead for …"). */
  typed: string;
}

/**
 * Results through typos: when nothing matches and every word that matches nothing has one
 * confident offer (the "Did you mean …?" word, with no other word of the edition as near),
 * the query with just those words replaced. Quoted phrases are kept as typed, and the
 * correction counts only if its own words find something (checked without stems: each
 * offered word is one of the edition's own, so it is found whole).
 */
export function correction(corpus: Corpus, query: ParsedQuery, ranking: Ranking, typed: string): Correction | undefined {
  if (ranking.speech.length + ranking.notes.length > 0) return undefined;
  const words = wordOffers(corpus, query, ranking);
  if (!words.some((word) => word.offer) || words.some((word) => word.unknown || (word.offer && !word.confident))) return undefined;
  // Each unquoted word in its place (as parseQuery reads them), the quoted phrases untouched.
  const offers = words.values();
  const text = typed
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : part.split(' ').map((piece) => (tokenize(piece).length > 0 ? (offers.next().value?.offer ?? piece) : piece)).join(' ')))
    .join('');
  const parsed = parseQuery(text, false);
  const found = rank(corpus, parsed);
  return found.speech.length + found.notes.length > 0 ? { query: text, parsed, typed } : undefined;
}
