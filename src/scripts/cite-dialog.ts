/**
 * The Cite panel, loaded on the first click of a paragraph's Cite button: the
 * paragraph in Chicago, MLA, APA and BibTeX, each with a Copy button, in a
 * modal <dialog> (focus stays inside; Escape or Close closes it).
 */
import { citations, type CitationSource, type CitationStyle } from '../lib/citations.ts';
import { copyWithFeedback } from './copy-feedback.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cite]');
const source = JSON.parse(dialog?.dataset.cite ?? '{}') as CitationSource & { readerUrl: string };

/** Today in the reader's own calendar, as YYYY-MM-DD. */
const today = () => new Date().toLocaleDateString('en-CA');

function copyButton(style: CitationStyle, text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${style} citation`);
  button.onclick = () =>
    copyWithFeedback(button, text, `${style} citation copied`, 'Could not copy; the citation is selected, copy it with Ctrl+C or ⌘C', () => {
      // Clipboard blocked: select the text so Ctrl+C or ⌘C copies it.
      const shown = button.previousElementSibling;
      if (shown) getSelection()?.selectAllChildren(shown);
    });
  return button;
}

/** Fills the panel for paragraph `id` and opens it; focus returns to `opener` on close. */
export function openCite(id: string, opener: HTMLElement): void {
  if (!dialog) return;
  const number = document.getElementById(id)?.dataset.n ?? '';
  const url = new URL(`#${id}`, source.readerUrl).href;
  const cited = citations(source, { paragraph: number, url, accessed: today() });
  dialog.querySelector('[data-cite-n]')!.textContent = number;
  const list = dialog.querySelector('[data-cite-list]')!;
  list.replaceChildren(
    ...(Object.keys(cited) as CitationStyle[]).map((style) => {
      const item = document.createElement('section');
      item.setAttribute('aria-label', style);
      const heading = document.createElement('h3');
      heading.textContent = style;
      const text = document.createElement(style === 'BibTeX' ? 'pre' : 'p');
      text.className = 'cite-text';
      text.textContent = cited[style];
      item.append(heading, text, copyButton(style, cited[style]));
      return item;
    }),
  );
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
}
