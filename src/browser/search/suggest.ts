import { distance } from 'fastest-levenshtein';
import type { Corpus } from './corpus.ts';
import type { ParsedQuery } from './query.ts';
import { sameStem, type Ranking } from './rank.ts';
import { STOP_WORDS } from './stop-words.ts';
import { isHan, tokenKey } from './tokens.ts';

/** How many edits a word may be from the one suggested: one for short words, two from five letters. */
const maxEdits = (length: number) => (length >= 5 ? 2 : 1);

/**
 * The closest word of the edition to `key`, or undefined when none is near enough. `rivals`: how
 * many other words of the edition are as near (a correction is confident only with none).
 */
export function closestWord(corpus: Corpus, key: string): { text: string; edits: number; rivals: number } | undefined {
  const limit = maxEdits(key.length);
  let best: { text: string; edits: number; count: number; rivals: number } | undefined;
  for (const [word, { text, count }] of corpus.vocabulary) {
    if (Math.abs(word.length - key.length) > limit) continue;
    const edits = distance(word, key);
    if (edits > limit) continue;
    if (!best || edits < best.edits) best = { text, edits, count, rivals: 0 };
    else if (edits === best.edits) {
      best.rivals++;
      if (count > best.count) Object.assign(best, { text, count });
    }
  }
  return best && { text: best.text, edits: best.edits, rivals: best.rivals };
}

/** One unquoted word of a query: kept as typed, or the edition's closest word in its place. */
export interface WordOffer {
  text: string;
  /** The edition's word offered instead; undefined when the word is kept. */
  offer?: string;
  /** Whether `offer` is the only word of the edition that near. */
  confident?: boolean;
  /** The word matches nothing and nothing of the edition is near it. */
  unknown?: boolean;
}

/**
 * What the page offers for each word: each word the edition does not have (and that is not
 * the start of a word still being typed) gets the edition's closest word. The one home of the
 * rule, shared by "Did you mean …?" (suggest) and the corrected results (correction.ts).
 */
export function wordOffers(corpus: Corpus, query: ParsedQuery, ranking: Ranking): WordOffer[] {
  const matched = new Set<string>();
  for (const block of [...ranking.speech, ...ranking.notes]) {
    for (const mark of block.marks) matched.add(corpus.words[mark.word]!.slice(mark.from, mark.to).toLowerCase());
  }
  const typed = query.typing ? query.loose.at(-1) : undefined;
  return query.words.map(({ text, keys }) => {
    if (keys.length !== 1) return { text };
    const key = keys[0]!;
    if (key.length < 3 || STOP_WORDS.has(key) || isHan(key) || /\d/.test(key) || corpus.vocabulary.has(key)) return { text };
    if (key === typed && [...corpus.vocabulary.keys()].some((word) => word.startsWith(key))) return { text };
    const closest = closestWord(corpus, key);
    if (!closest) return { text, unknown: true };
    // A word found by its stem ("governed") gets a suggestion only for a one-letter slip.
    if (closest.edits > 1 && [...matched].some((word) => sameStem(tokenKey(word), key))) return { text };
    return { text, offer: closest.text, confident: closest.rivals === 0 };
  });
}

/**
 * "Did you mean …?": the query with each word the edition does not have replaced by the
 * edition's closest word. Undefined when every word is the edition's, or nothing close enough exists.
 */
export function suggest(corpus: Corpus, query: ParsedQuery, ranking: Ranking): string | undefined {
  const words = wordOffers(corpus, query, ranking);
  return words.some((word) => word.offer) ? words.map((word) => word.offer ?? word.text).join(' ') : undefined;
}
