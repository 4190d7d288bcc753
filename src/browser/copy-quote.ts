/**
 * Copy quote: published words in quotation marks, the APA in-text citation the build
 * rendered, and the link, as plain text and as HTML. Used by the selection's tools and by
 * the search's quote check.
 */
import { copyWithFeedback } from './copy-feedback.ts';

export function copyQuote(button: HTMLButtonElement, first: HTMLElement, last: HTMLElement, words: string, address: string): void {
  const write = async () => {
    // The Cite panel's module: the citations, and the HTML escaping its copies use.
    const { citationsOf, escapeHtml } = await import('./cite-dialog.ts');
    const citation = (await citationsOf(first, last)).cited.APA.citation;
    const text = `“${words}” ${citation} ${address}`;
    const html = `<q>${escapeHtml(words)}</q> ${escapeHtml(citation)} <a href="${escapeHtml(address)}">${escapeHtml(address)}</a>`;
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  };
  copyWithFeedback(button, write, 'Quote with citation and link copied', 'Could not copy the quote; copy the words with Ctrl+C or ⌘C');
}
