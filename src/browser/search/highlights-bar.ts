/**
 * The bar that says what the page highlights, with Back to results and Clear highlights. Made by
 * the search code when it loads, after the search box: a first view without a search has no use
 * for it (its styles come with the results', search-results.css).
 */
export function addHighlightsBar(after: Element): HTMLElement {
  const bar = document.createElement('section');
  bar.className = 'search-bar';
  bar.hidden = true;
  bar.dataset.searchBar = '';
  bar.setAttribute('aria-label', 'Search highlights');
  bar.innerHTML =
    '<p>Highlighting <span data-search-where></span></p> <button type="button" data-search-back>Back to results</button> <button type="button" data-search-clear>Clear highlights</button>';
  after.after(bar);
  return bar;
}
