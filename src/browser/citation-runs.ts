/**
 * A citation's runs (src/shared/cite-fill.ts) as the page shows and copies them:
 * DOM nodes with `<i>` where the style sets italics, and the same as HTML for
 * the clipboard, so a citation pasted into a word processor keeps them.
 */
import type { Run } from '../shared/cite-fill.ts';

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const runsToHtml = (runs: Run[]) => runs.map(([text, italic]) => (italic ? `<i>${escapeHtml(text)}</i>` : escapeHtml(text))).join('');

export function runsToNodes(runs: Run[]): Node[] {
  return runs.map(([text, italic]) => {
    if (!italic) return document.createTextNode(text);
    const i = document.createElement('i');
    i.textContent = text;
    return i;
  });
}
