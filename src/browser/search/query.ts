import { hasWordCharacter, tokenize } from './tokens.ts';

/**
 * Turns what a reader typed into what Pagefind is asked. Curly quotes and
 * apostrophes become straight ones (the witness uses curly ones, readers type
 * straight ones, and both must find the same words); whitespace collapses; a
 * lone unmatched double quote is dropped rather than read as a phrase that
 * never ends.
 */
export function normalizeQuery(raw: string): string {
  let query = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if ((query.match(/"/g) ?? []).length % 2 === 1) {
    const last = query.lastIndexOf('"');
    query = (query.slice(0, last) + query.slice(last + 1)).trim();
  }
  return query;
}

/** True when a query has something to search for (not only quotes and punctuation). */
export function isSearchable(query: string): boolean {
  return hasWordCharacter(query);
}

/** Pagefind reads long queries slowly and no phrase in the text is longer than this. */
export const MAX_QUERY_LENGTH = 200;

/** What a query asks for, as token keys (see tokens.ts). */
export interface ParsedQuery {
  /** Quoted phrases: each must occur word for word. */
  phrases: string[][];
  /** The unquoted words' keys in the order typed ("win-win" is two). */
  loose: string[];
  /** The unquoted words as typed, each with its keys: what a suggestion replaces. */
  words: Array<{ text: string; keys: string[] }>;
  /** The last unquoted key is still being typed, so it may match the start of a word. */
  typing: boolean;
}

/**
 * Reads a normalized query. `typing`: the reader has not yet typed a space
 * after the last word (the raw text ends in a letter or digit).
 */
export function parseQuery(query: string, typing: boolean): ParsedQuery {
  const phrases = [...query.matchAll(/"([^"]*)"/g)].map((m) => tokenize(m[1]!).map((t) => t.key)).filter((keys) => keys.length > 0);
  const words = query
    .replace(/"[^"]*"/g, ' ')
    .split(' ')
    .map((text) => ({ text, keys: tokenize(text).map((t) => t.key) }))
    .filter((word) => word.keys.length > 0);
  const loose = words.flatMap((word) => word.keys);
  return { phrases, loose, words, typing: typing && loose.length > 0 && !query.endsWith('"') };
}
