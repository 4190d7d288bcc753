import type { Correction } from './correction.ts';

/** A link that runs `query` (and works as a plain link too): the controller handles its clicks. */
export function searchLink(query: string, literal = false): HTMLAnchorElement {
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  url.hash = '';
  const link = document.createElement('a');
  link.href = url.pathname + url.search;
  link.textContent = query;
  // "Search instead for …" runs the words as typed, with no correction.
  if (literal) link.dataset.literal = '';
  return link;
}

/** "Showing results for sovereignty · Search instead for soverignty", in the suggestion's place. */
export function showCorrection(line: HTMLElement, fix: Correction): void {
  line.replaceChildren('Showing results for ', searchLink(fix.query), ' · Search instead for ', searchLink(fix.typed, true));
}
