import { excerpt, type BlockHits } from './hits.ts';
import { wordRanges } from './word-ranges.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The label of a result: "¶12" for a paragraph; for a note its number, title
 * (cloned from the page, so Chinese keeps its lang) and kind.
 */
function label(target: Element, hits: number): HTMLElement[] {
  const count = el('span', 'result-count', ` · ${plural(hits, 'match', 'matches')}`);
  if (target.matches('aside.note')) {
    const number = target.querySelector('.note-n > span:not(.visually-hidden)')?.textContent ?? '';
    const title = target.querySelector('.note-n b')?.cloneNode(true) as HTMLElement | undefined;
    const kind = target.querySelector('.note-kind')?.textContent ?? 'Note';
    const name = el('span', 'result-where', `Note ${number}: `);
    if (title) name.append(...title.childNodes);
    return [name, el('span', 'result-kind', ` · ${kind}`), count];
  }
  const number = (target as HTMLElement).dataset.n ?? '';
  const where = el('span', 'result-where');
  const mark = el('span', undefined, '¶');
  mark.setAttribute('aria-hidden', 'true');
  where.append(el('span', 'visually-hidden', 'Paragraph '), mark, number);
  return [where, count];
}

/**
 * A note's label already shows its title, so its excerpt quotes the body,
 * unless the only hits are in the title.
 */
function excerptSpan(target: Element, block: BlockHits): BlockHits {
  const head = target.matches('aside.note') ? target.querySelector('.note-head') : null;
  if (!head) return block;
  const start = block.start + wordRanges(head).length;
  const locations = block.locations.filter((location) => location >= start);
  return locations.length > 0 ? { ...block, start, locations } : block;
}

/** One list item per paragraph or note; every string goes in as a text node. */
export function renderResults(list: HTMLOListElement, blocks: BlockHits[], content: string): void {
  const items = blocks.flatMap((block) => {
    const target = document.getElementById(block.id);
    if (!target) return [];
    const item = el('li', target.matches('aside.note') ? 'search-result is-note' : 'search-result');
    const link = el('a');
    link.href = `#${block.id}`;
    link.dataset.target = block.id;
    link.setAttribute('aria-describedby', `excerpt-${block.id}`);
    link.append(...label(target, block.matches));
    const text = el('p', 'search-excerpt');
    text.id = `excerpt-${block.id}`;
    for (const part of excerpt(content, excerptSpan(target, block))) text.append(part.hit ? el('mark', undefined, part.text) : document.createTextNode(part.text));
    item.append(link, text);
    return [item];
  });
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}

/** The query in quotation marks; its own quoted phrases get curly quotes instead. */
export function quoted(query: string): string {
  return query.includes('"') ? query.replace(/"([^"]*)"/g, '“$1”') : `“${query}”`;
}

/** What the status line says (and screen readers announce) for a finished search. */
export function summary(blocks: BlockHits[], query: string): string {
  if (blocks.length === 0) {
    const chinese = /\p{Script=Han}/u.test(query)
      ? ' Chinese terms are found from their first character: 网络主权 or 网络 finds “cyber sovereignty”, 主权 alone does not.'
      : '';
    return `No matches for ${quoted(query)}. Try fewer words, the start of a word, or drop the quotes.${chinese}`;
  }
  const notes = blocks.filter((b) => document.getElementById(b.id)?.matches('aside.note')).length;
  const paragraphs = blocks.length - notes;
  const parts = [paragraphs && plural(paragraphs, 'paragraph'), notes && plural(notes, 'note')].filter(Boolean);
  return `Found in ${parts.join(' and ')}.`;
}
