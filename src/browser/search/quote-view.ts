/**
 * The quote check in the results (see quote-check.ts): in the first result, the published
 * words closest to the quote, marked word by word, how close they are ("¶14, 6 of 9 words as
 * published"), and two buttons: Copy with citation, Copy link (to exactly those words, a text fragment).
 */
import stylesheet from '../../styles/quote-check.css?url';
import { BLOCK_SELECTOR, EDITORIAL_SELECTOR, QUOTE_CHECK_ATTR } from '../../shared/markup.ts';
import { copyWithFeedback } from '../copy-feedback.ts';
import { numberOf, readerAddress } from '../reader-address.ts';
import type { QuoteBlock, QuoteMatch } from './quote-check.ts';

let blocks: QuoteBlock[] | undefined;

/** The speech's paragraphs in their published words (what the edition inserted left out), read from the page once. */
export function pageBlocks(): QuoteBlock[] {
  return (blocks ??= [...document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)].map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const inserted of copy.querySelectorAll(EDITORIAL_SELECTOR)) inserted.remove();
    return { id: element.id, number: numberOf(element), text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
  }));
}

/** What the status line says when a quote has no close passage. */
export const NONE_CLOSE = 'No passage is close to this quote.';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function button(label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  return b;
}

/** The published words with the quote's differences: `<del>` for what it changed or left out, `<ins>` for its own words. */
function marked(match: QuoteMatch): HTMLElement {
  const words = document.createElement('p');
  words.className = 'quote-words';
  words.setAttribute(QUOTE_CHECK_ATTR, '');
  for (const part of match.parts) {
    if (part.kind === 'same') words.append(part.text);
    else words.append(Object.assign(document.createElement(part.kind), { textContent: part.text }));
  }
  return words;
}

/** Says above the results, as plainly as a match would be shown, that no passage is close to the quote. */
export function showNoQuote(list: HTMLElement): void {
  const none = document.createElement('p');
  none.className = 'quote-none';
  none.textContent = `${NONE_CLOSE} The speech does not say this in these or nearby words; the results below share only some of them.`;
  list.prepend(none);
}

/** Puts the quote check into the first result (the paragraph `match.id`); `list` holds the rendered results. */
export function showQuote(list: HTMLElement, match: QuoteMatch): void {
  const link = list.querySelector<HTMLAnchorElement>(`a[data-target="${CSS.escape(match.id)}"]`);
  const item = link?.closest('li');
  const block = document.getElementById(match.id);
  if (!item || !block) return;
  const box = document.createElement('div');
  box.className = 'quote-check';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'The closest published words');
  const line = document.createElement('p');
  line.className = 'quote-line';
  line.textContent = `¶${match.number}, ${match.found} of ${plural(match.words, 'word')} as published`;
  const words = marked(match);
  const changed = match.parts.some((part) => part.kind !== 'same');
  const key = document.createElement('p');
  key.className = 'quote-key';
  key.textContent = changed
    ? 'Struck through: published words the quote changed or left out. Underlined: the quote’s words, not in the speech.'
    : 'Word for word as published.';
  const copy = button('Copy with citation');
  const copyLink = button('Copy link');
  // The passage link (shared/passage-link.ts) comes with the selection's tools; asked for now, so a click answers at once.
  const address = import('../selection-tools.ts').then((tools) => tools.passageLink(readerAddress(), match.id, match.published));
  copy.addEventListener('click', () => void Promise.all([import('../cite-dialog.ts'), address]).then(([panel, link]) => panel.copyQuote(copy, block, block, match.published, link)));
  copyLink.addEventListener('click', () =>
    copyWithFeedback(copyLink, async () => navigator.clipboard.writeText(await address), `Link to the words in paragraph ${match.number} copied`, 'Could not copy; use the paragraph number link instead'),
  );
  const tools = document.createElement('p');
  tools.className = 'quote-tools';
  tools.append(copy, ' ', copyLink);
  box.append(line, words, key, tools);
  // After the excerpt, which keeps showing the searched words in their paragraph.
  item.append(box);
}

// The quote check's styles travel with its code, as the results' do.
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));
