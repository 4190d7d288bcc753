/**
 * "Copy link to this passage": when words inside one paragraph are selected,
 * a button next to them copies a link that reopens the paragraph with those
 * words highlighted (a text fragment; the paragraph alone where a browser has
 * no text fragments). The button follows the paragraph's text in tab order.
 */
import { passageLink } from '../lib/passage-link.ts';
import { copyWithFeedback } from './copy-feedback.ts';

const button = document.createElement('button');
button.type = 'button';
button.className = 'passage-link';
button.dataset.editorial = '';
button.textContent = 'Copy link to this passage';
button.hidden = true;
let passage: { block: HTMLElement; text: string } | undefined;

const blockOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-block]') ?? null;

document.addEventListener('selectionchange', () => {
  const selection = getSelection();
  const text = selection?.toString().trim() ?? '';
  const block = blockOf(selection?.anchorNode ?? null);
  if (!selection || selection.isCollapsed || !text || !block || block !== blockOf(selection.focusNode)) {
    if (document.activeElement !== button) button.hidden = true;
    return;
  }
  passage = { block, text };
  if (button.parentElement !== block) block.append(button);
  button.hidden = false;
  // Just under the end of the selection, inside the paragraph's width.
  const words = selection.getRangeAt(0).getBoundingClientRect();
  const box = block.getBoundingClientRect();
  button.style.top = `${words.bottom - box.top + 4}px`;
  button.style.left = `${Math.max(0, Math.min(words.left - box.left, box.width - button.offsetWidth))}px`;
});

// Pressing the button must not clear the selection it links to.
button.addEventListener('mousedown', (event) => event.preventDefault());
button.addEventListener('click', () => {
  if (!passage) return;
  const number = passage.block.dataset.n;
  copyWithFeedback(
    button,
    passageLink(location.href, passage.block.id, passage.text),
    `Link to the passage in paragraph ${number} copied`,
    'Could not copy; use the paragraph number link instead',
  );
});
