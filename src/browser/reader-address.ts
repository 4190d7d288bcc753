import { paragraphNumber } from './reader-dom.ts';

/**
 * The address a link or citation made in the page should carry: the page the
 * reader is actually on (whatever host serves it), without the search (?q=) or
 * any fragment, so whoever follows it gets the text, not someone's search.
 */
export const readerAddress = (fragment = '') => `${location.origin}${location.pathname}${fragment}`;

/** The paragraph number of a block, set once at build time. */
export const numberOf = (block: HTMLElement) => Number(paragraphNumber(block));

/** The fragment of one paragraph or a range: "#p12", "#p5-p7". */
export const fragmentOf = (first: HTMLElement, last: HTMLElement) => (first === last ? `#${first.id}` : `#${first.id}-${last.id}`);

/** How a range is named in labels: "¶12", "¶5–7". */
export const rangeName = (first: number, last: number) => (first === last ? `¶${first}` : `¶${first}–${last}`);
