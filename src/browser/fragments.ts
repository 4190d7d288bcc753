/**
 * Fragments the browser cannot handle alone. An id the edition retired
 * (content/speeches/*.ids.yaml, `moved:`) is an empty anchor in its successor:
 * the address moves on to the successor's id, which marks it. A range
 * (/#p5-p7) marks exactly those paragraphs and brings the first to the top. A link to a paragraph or
 * note that does not exist (/#p99) would land silently at the top of the page:
 * a notice says so, names what exists, and can be dismissed. The fragment is
 * only ever shown as text.
 */
import { fragmentId } from './fragment-id.ts';
import { nameTools } from './paragraph-tools.ts';
import { BLOCK_SELECTOR } from '../shared/markup.ts';
import { paragraphNumber } from './reader-dom.ts';
import stylesheet from '../styles/fragment-notice.css?url';

// Its styles travel with it. Added here rather than through stylesheet.ts, a chunk of its own that
// this module would wait for: it marks the address's range while the page loads.
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));

const notice = document.querySelector<HTMLElement>('[data-fragment-notice]');
const message = notice?.querySelector('p');
const blocks = [...document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
/**
 * The blocks from one id to another (`from-to`, each a block's id), in reading order, or none
 * if either is missing or they are reversed. Ids may hold hyphens, so every split is tried.
 */
function range(fragment: string): HTMLElement[] {
  for (let dash = fragment.indexOf('-'); dash > 0; dash = fragment.indexOf('-', dash + 1)) {
    const first = blocks.findIndex((b) => b.id === fragment.slice(0, dash));
    const last = blocks.findIndex((b) => b.id === fragment.slice(dash + 1));
    if (first >= 0 && last >= first) return blocks.slice(first, last + 1);
  }
  return [];
}

/** Marks exactly `marked`, and names every paragraph's tools for what they then act on. */
function mark(marked: HTMLElement[]) {
  for (const block of blocks) block.classList.toggle('in-range', marked.includes(block));
  for (const block of blocks) nameTools(block);
}

function tell(text: string | undefined, target?: Element | null) {
  if (!notice || !message) return;
  // Hiding the notice moves the text up: the element the address names stays where the browser scrolled it.
  const before = target && !notice.hidden ? target.getBoundingClientRect().top : undefined;
  // Shown before its text changes, so the status region is announced.
  notice.hidden = text === undefined;
  if (text !== undefined) message.textContent = text;
  if (target && before !== undefined) scrollBy(0, target.getBoundingClientRect().top - before);
}

function check() {
  mark([]);
  const id = fragmentId();
  // A text fragment (#p12:~:text=…) reaches here only where the browser lacks them: keep the paragraph.
  if (id.includes(':~:')) return location.replace(`#${id.slice(0, id.indexOf(':~:'))}`);
  const found = id === '' ? null : document.getElementById(id);
  if (found?.dataset.movedTo) return location.replace(`#${found.dataset.movedTo}`);
  if (id === '' || found) return tell(undefined, found);
  const marked = range(id);
  if (marked.length > 0) {
    mark(marked);
    tell(undefined);
    return marked[0]!.scrollIntoView({ block: 'start' });
  }
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  const [first, last] = [blocks[0], blocks.at(-1)].map((block) => (block ? paragraphNumber(block) : ''));
  tell(`This edition has no paragraph or note “#${shown}”. Its paragraphs are ¶${first} to ¶${last}; the table of contents below lists them.`);
}

notice?.querySelector('button')?.addEventListener('click', () => {
  notice.hidden = true;
  document.getElementById('main')?.focus();
});
addEventListener('hashchange', check);
check();
