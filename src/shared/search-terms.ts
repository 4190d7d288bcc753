/**
 * The speech's terms list as the build publishes it and the search reads it: words a reader
 * may use for the speech's own words ("hacking" for "cyber attacks"). Editorial, per speech, in
 * `content/speeches/<name>.terms.yaml`; the search and the quote check use it to find the
 * speech's words too, and never change the published text.
 */
export interface SearchTerm {
  /** What a reader may write, each a word or a few words ("hacking", "United States", "网络主权"). */
  reader: string[];
  /** The speech's words for it, as they stand in the published text ("cyber attacks"). */
  speech: string;
}

/** The published list, at the site's base (fetched by the search on its first query). */
export const SEARCH_TERMS_FILE = 'search-terms.json';
