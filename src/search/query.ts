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
  return /[\p{L}\p{N}]/u.test(query);
}

/** Pagefind reads long queries slowly and no phrase in the text is longer than this. */
export const MAX_QUERY_LENGTH = 200;

/** The quoted phrases of a normalized query, each as its words. */
export function phrases(query: string): string[][] {
  return [...query.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w))).filter((w) => w.length > 1);
}
