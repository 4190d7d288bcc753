/**
 * The Cite panel, loaded on first use: the paragraph or range in Chicago, MLA
 * and APA as the build's CSL processor rendered them (fetched once from
 * cite/templates.json and filled with the address the reader is on), each
 * copyable, and the downloads for reference managers. A modal <dialog>: focus
 * stays inside; Escape or Close closes it.
 */
import { FORM_NAMES, fillCitations, rangeLabel, type CiteTemplates, type Form, type Run, type StyleName } from '../shared/cite-fill.ts';
import { escapeHtml, runsToHtml, runsToNodes } from './citation-runs.ts';

export { escapeHtml } from './citation-runs.ts';
import { CITE_DIR, CITE_TEMPLATES, EXPORT_LABELS } from '../shared/export-formats.ts';
import { copyWithFeedback } from './copy-feedback.ts';
import stylesheet from '../styles/cite-panel.css?url';
import { addStylesheet } from './stylesheet.ts';
import { fragmentOf, numberOf, rangeName, readerAddress } from './reader-address.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cite]');
// The site's base path: the rendered citations and the downloads live under its cite/.
const citeDir = `${dialog?.dataset.cite ?? '/'}${CITE_DIR}/`;
let templates: Promise<CiteTemplates> | undefined;

// The panel's styles travel with this code, not in the first view; the panel opens once they have loaded.
const styled = addStylesheet(stylesheet);

/** The rendered citations, fetched once. */
export const loadTemplates = () => (templates ??= fetch(`${citeDir}${CITE_TEMPLATES}`).then((r) => r.json() as Promise<CiteTemplates>));

/** The processor's citations of blocks `first`…`last` at the reader's address. */
export async function citationsOf(first: HTMLElement, last: HTMLElement) {
  const url = readerAddress(fragmentOf(first, last));
  return { url, cited: fillCitations(await loadTemplates(), { url, first: numberOf(first), last: numberOf(last) }) };
}

/** Copies the citation as plain text and, where the browser allows, as HTML with the style's italics. */
function copyButton(label: string, text: string, runs: Run[], shown: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${label}`);
  const write = () =>
    typeof ClipboardItem === 'undefined'
      ? navigator.clipboard.writeText(text)
      : navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([runsToHtml(runs)], { type: 'text/html' }) }),
        ]);
  button.onclick = () =>
    copyWithFeedback(button, write, `${label} copied`, 'Could not copy; the citation is selected, copy it with Ctrl+C or ⌘C', () =>
      // Clipboard blocked: select the text so Ctrl+C or ⌘C copies it.
      getSelection()?.selectAllChildren(shown),
    );
  return button;
}

function entry(style: StyleName, form: Form, kind: string, cited: { text: string; runs: Run[] }): HTMLElement[] {
  const caption = document.createElement('p');
  caption.className = 'cite-form';
  caption.textContent = FORM_NAMES[style][form];
  const shown = document.createElement('p');
  shown.className = 'cite-text';
  shown.append(...runsToNodes(cited.runs));
  return [caption, shown, copyButton(`${style} ${kind}`, cited.text, cited.runs, shown)];
}

/** Fills the panel for blocks `first`…`last` and opens it; focus returns to `opener` on close. */
export async function openCite(first: HTMLElement, last: HTMLElement, opener: HTMLElement): Promise<void> {
  if (!dialog) return;
  const { cited } = await citationsOf(first, last);
  const [from, to] = [numberOf(first), numberOf(last)];
  dialog.querySelector('[data-cite-n]')!.textContent = rangeLabel(from, to);
  const sections = (Object.keys(cited) as StyleName[]).map((style) => {
    const item = document.createElement('section');
    item.setAttribute('aria-label', style);
    const heading = document.createElement('h3');
    heading.textContent = style;
    const note = style === 'Chicago' ? 'note' : 'in-text citation';
    const { citation, bibliography, runs } = cited[style];
    item.append(
      heading,
      ...entry(style, 'citation', note, { text: citation, runs: runs.citation }),
      ...entry(style, 'bibliography', 'bibliography entry', { text: bibliography, runs: runs.bibliography }),
    );
    return item;
  });
  // Downloads exist for the speech and for each paragraph (built at the site's address).
  const target = first === last ? first.id : 'speech';
  const downloads = document.createElement('p');
  downloads.className = 'cite-downloads';
  downloads.append(`Download ${first === last ? rangeName(from, to) : 'the speech'} for a reference manager: `);
  Object.entries(EXPORT_LABELS).forEach(([format, label], i) => {
    const link = document.createElement('a');
    link.href = `${citeDir}${target}.${format}`;
    link.download = `${target}.${format}`;
    link.textContent = label;
    downloads.append(...(i > 0 ? [', ', link] : [link]));
  });
  dialog.querySelector('[data-cite-list]')!.replaceChildren(...sections, downloads);
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  await styled;
  dialog.showModal();
}

/**
 * Copy quote: published words in quotation marks, the APA in-text citation the build rendered,
 * and the link, as plain text and as HTML. For the selection's tools and the search's quote
 * check, which load this module when a reader copies (so they share no code chunk of their own).
 */
export function copyQuote(button: HTMLButtonElement, first: HTMLElement, last: HTMLElement, words: string, address: string): void {
  const write = async () => {
    const citation = (await citationsOf(first, last)).cited.APA.citation;
    const text = `“${words}” ${citation} ${address}`;
    const html = `<q>${escapeHtml(words)}</q> ${escapeHtml(citation)} <a href="${escapeHtml(address)}">${escapeHtml(address)}</a>`;
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  };
  copyWithFeedback(button, write, 'Quote with citation and link copied', 'Could not copy the quote; copy the words with Ctrl+C or ⌘C');
}
