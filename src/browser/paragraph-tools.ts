/**
 * Adds "Copy link" and "Cite" buttons to every block. The plain permalink (the
 * ¶ number) already works without JavaScript, and the About page gives the
 * citation formats; these save a right-click and some typing. Links carry the
 * address the reader is on (no ?q=). On a range link (/#p5-p7) the tools of the
 * marked paragraphs work for the range and are named for it, and the last
 * paragraph of the range shows them. The Cite panel's code loads on first use.
 */
import { copyWithFeedback } from './copy-feedback.ts';
import { fragmentOf, numberOf, readerAddress } from './reader-address.ts';
import { BLOCK_SELECTOR, COPY_CLASS } from '../shared/markup.ts';

/** The blocks a tool acts for: the marked range the block belongs to, or the block alone. */
function span(block: HTMLElement): [HTMLElement, HTMLElement] {
  if (!block.classList.contains('in-range')) return [block, block];
  const marked = [...document.querySelectorAll<HTMLElement>(`${BLOCK_SELECTOR}.in-range`)];
  return [marked[0]!, marked.at(-1)!];
}

/** What a tool acts on, in words: "paragraph 12", "paragraphs 5 to 7". */
function named([first, last]: [HTMLElement, HTMLElement]): string {
  const [from, to] = [numberOf(first), numberOf(last)];
  return from === to ? `paragraph ${from}` : `paragraphs ${from} to ${to}`;
}

/** Names a block's tools for what they act on: the block, or the marked range it is in (fragments.ts calls it again when a range is marked). */
export function nameTools(block: HTMLElement): void {
  const [copy, cite] = block.querySelectorAll(`.${COPY_CLASS}`);
  const what = named(span(block));
  copy?.setAttribute('aria-label', `Copy link to ${what}`);
  cite?.setAttribute('aria-label', `Cite ${what}`);
}

for (const block of document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) {
  const button = document.createElement('button');
  button.className = COPY_CLASS;
  button.textContent = 'Copy link';
  button.onclick = () => {
    const acted = span(block);
    copyWithFeedback(
      button,
      readerAddress(fragmentOf(...acted)),
      `Link to ${named(acted)} copied`,
      // Clipboard blocked (permissions, insecure origin): the ¶ link still works.
      'Could not copy; use the paragraph number link instead',
    );
  };
  const cite = document.createElement('button');
  cite.className = COPY_CLASS;
  cite.textContent = 'Cite';
  cite.setAttribute('aria-haspopup', 'dialog');
  cite.onclick = () => {
    const [first, last] = span(block);
    void import('./cite-dialog.ts').then((panel) => panel.openCite(first, last, cite));
  };
  // One unbreakable group, marked as the edition's: the line may break before the tools, never between them.
  const tools = document.createElement('span');
  tools.className = 'para-tools';
  tools.dataset.editorial = '';
  tools.append(button, cite);
  block.append(tools);
  nameTools(block);
}
