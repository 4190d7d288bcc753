/**
 * Tools for selected words, shown just under the selection and following the
 * paragraph's text in tab order:
 * - inside one paragraph, "Copy link to this passage": a link that reopens the
 *   paragraph with those words highlighted (a text fragment; the paragraph alone
 *   where a browser has no text fragments);
 * - across paragraphs, "Copy link to ¶5–¶7" (/#p5-p7) and "Cite ¶5–7";
 * - always, "Copy quote": the words in quotation marks, the APA in-text
 *   citation the build rendered, and the link, as plain text and as HTML.
 * A quote, and Ctrl+C or ⌘C of words in the speech, carry the published words
 * only: what the edition inserted (paragraph and note numbers, corrections,
 * these tools; everything marked data-editorial) stays on the page.
 * Every link carries the address the reader is on, without ?q=. Loaded on the
 * first selection (src/browser/selection-link.ts).
 */
import { passageLink } from '../shared/passage-link.ts';
import { copyWithFeedback } from './copy-feedback.ts';
import { fragmentOf, numberOf, rangeName, readerAddress } from './reader-address.ts';
import { BLOCK_SELECTOR, EDITORIAL_SELECTOR, PASSAGE_LINK_CLASS } from '../shared/markup.ts';
import stylesheet from '../styles/passage-tools.css?url';
import { addStylesheet } from './stylesheet.ts';

void addStylesheet(stylesheet);

const tools = document.createElement('span');
tools.className = 'passage-tools';
tools.dataset.editorial = '';
tools.hidden = true;
const button = (label: string) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = PASSAGE_LINK_CLASS;
  b.textContent = label;
  // Pressing a tool must not clear the selection it acts on.
  b.addEventListener('mousedown', (event) => event.preventDefault());
  return b;
};
const link = button('Copy link to this passage');
const cite = button('Cite');
cite.setAttribute('aria-haspopup', 'dialog');
const quote = button('Copy quote');
tools.append(link, cite, quote);

// The search's quote check links to words the same way: it takes the function from here, so the two
// lazy modules share no chunk of their own (which would cost the first view an import map).
export { passageLink };

let passage: { first: HTMLElement; last: HTMLElement; text: string; published: string[] } | undefined;
const blockOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null;

/** The published words a range holds, a string per paragraph: its text without what the edition inserted. */
function publishedWords(range: Range): string[] {
  const words = range.cloneContents();
  for (const inserted of words.querySelectorAll(EDITORIAL_SELECTOR)) inserted.remove();
  // A range inside one paragraph clones its contents only; across paragraphs, each one (and any note between, left out).
  const blocks = [...words.querySelectorAll(BLOCK_SELECTOR)];
  return (blocks.length ? blocks : [words]).map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The selection's range when it starts and ends in the speech's paragraphs. */
function speechRange(): Range | undefined {
  const selection = getSelection();
  const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  return range && blockOf(range.startContainer) && blockOf(range.endContainer) ? range : undefined;
}

// Copied with the keyboard or the browser's menu, words of the speech come as published too.
document.addEventListener('copy', (event) => {
  const range = speechRange();
  if (!range || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', publishedWords(range).join('\n\n'));
  event.preventDefault();
});

/** Shows, moves or hides the tools for the current selection. */
export function onSelectionChange(): void {
  const selection = getSelection();
  const text = selection?.toString().trim() ?? '';
  const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  const first = blockOf(range?.startContainer ?? null);
  const last = blockOf(range?.endContainer ?? null);
  if (!range || !text || !first || !last || tools.contains(document.activeElement)) {
    if (!tools.contains(document.activeElement)) tools.hidden = true;
    return;
  }
  passage = { first, last, text, published: publishedWords(range) };
  const [from, to] = [numberOf(first), numberOf(last)];
  const across = first !== last;
  link.textContent = across ? `Copy link to ¶${from}–¶${to}` : 'Copy link to this passage';
  cite.textContent = `Cite ${rangeName(from, to)}`;
  cite.hidden = !across;
  if (tools.parentElement !== last) last.append(tools);
  tools.hidden = false;
  // Fetch the rendered citations now, so Copy quote and Cite answer at once.
  void import('./cite-dialog.ts').then((panel) => panel.loadTemplates());
  // Just under the end of the selection, inside the paragraph's width.
  const words = range.getBoundingClientRect();
  const box = last.getBoundingClientRect();
  tools.style.top = `${words.bottom - box.top + 4}px`;
  tools.style.left = `${Math.max(0, Math.min(words.left - box.left, box.width - tools.offsetWidth))}px`;
}

/** The link for the current selection: the words inside one paragraph, or the range of paragraphs. */
const linkOf = ({ first, last, text }: NonNullable<typeof passage>) =>
  first === last ? passageLink(readerAddress(), first.id, text) : readerAddress(fragmentOf(first, last));

link.addEventListener('click', () => {
  if (!passage) return;
  const { first, last } = passage;
  const what = first === last ? `the passage in paragraph ${numberOf(first)}` : rangeName(numberOf(first), numberOf(last));
  copyWithFeedback(link, linkOf(passage), `Link to ${what} copied`, 'Could not copy; use the paragraph number link instead');
});

cite.addEventListener('click', () => {
  if (!passage) return;
  const { first, last } = passage;
  void import('./cite-dialog.ts').then((panel) => panel.openCite(first, last, cite));
});

quote.addEventListener('click', () => {
  if (!passage) return;
  const { first, last, published } = passage;
  const address = linkOf(passage);
  void import('./cite-dialog.ts').then((panel) => panel.copyQuote(quote, first, last, published.join(' '), address));
});
