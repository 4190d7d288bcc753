/**
 * Adds "Copy link" and "Cite" buttons to every block. The plain permalink (the
 * ¶ number) already works without JavaScript, and the About page gives the
 * citation formats; these save a right-click and some typing. The Cite panel's
 * code loads on first use.
 */
import { copyWithFeedback } from './copy-feedback.ts';

for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
  const number = block.dataset.n;
  const button = document.createElement('button');
  button.className = 'copy';
  button.dataset.editorial = '';
  button.textContent = 'Copy link';
  button.setAttribute('aria-label', `Copy link to paragraph ${number}`);
  button.onclick = () =>
    copyWithFeedback(
      button,
      new URL(`#${block.id}`, location.href).href,
      `Link to paragraph ${number} copied`,
      // Clipboard blocked (permissions, insecure origin): the ¶ link still works.
      'Could not copy; use the paragraph number link instead',
    );
  const cite = document.createElement('button');
  cite.className = 'copy';
  cite.dataset.editorial = '';
  cite.textContent = 'Cite';
  cite.setAttribute('aria-label', `Cite paragraph ${number}`);
  cite.setAttribute('aria-haspopup', 'dialog');
  cite.onclick = () => void import('./cite-dialog.ts').then((panel) => panel.openCite(block.id, cite));
  block.append(button, cite);
}
