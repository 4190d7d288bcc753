import stylesheet from '../../styles/search-results.css?url';
import { excerpt } from './excerpt.ts';
import { tierLabel, type RankedBlock, type Ranking, type Tier } from './rank.ts';

type QueryKind = Parameters<typeof tierLabel>[1];
import { wordRanges } from './word-ranges.ts';
import { isNote, paragraphNumber } from '../reader-dom.ts';
import { NOTE_KIND_CLASS, NOTE_NUMBER_CLASS, NOTE_PART, VISUALLY_HIDDEN } from '../../shared/markup.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The label of a result: "¶12" for a paragraph; for a note its number, title
 * (cloned from the page, so Chinese keeps its lang) and kind; then what matched.
 */
function label(target: HTMLElement, block: RankedBlock, kind: QueryKind): HTMLElement[] {
  const what = el('span', 'result-count', ` · ${tierLabel(block.tier, kind)}${block.hits > 1 ? `, ${plural(block.hits, 'match', 'matches')}` : ''}`);
  if (isNote(target)) {
    const number = target.querySelector(`.${NOTE_NUMBER_CLASS} > span:not(.${VISUALLY_HIDDEN})`)?.textContent ?? '';
    const title = target.querySelector(`.${NOTE_NUMBER_CLASS} b`)?.cloneNode(true) as HTMLElement | undefined;
    const kind = target.querySelector(`.${NOTE_KIND_CLASS}`)?.textContent ?? 'Note';
    const name = el('span', 'result-where', `Note ${number}: `);
    if (title) name.append(...title.childNodes);
    return [name, el('span', 'result-kind', ` · ${kind}`), what];
  }
  const number = paragraphNumber(target);
  const where = el('span', 'result-where');
  const mark = el('span', undefined, '¶');
  mark.setAttribute('aria-hidden', 'true');
  where.append(el('span', 'visually-hidden', 'Paragraph '), mark, number);
  return [where, what];
}

/**
 * A note's label already shows its title, so its excerpt quotes the body,
 * unless the only matches are in the title.
 */
function excerptSpan(target: Element, block: RankedBlock): RankedBlock {
  const head = isNote(target) ? target.querySelector(`.${NOTE_PART.head}`) : null;
  if (!head) return block;
  const start = block.start + wordRanges(head).length;
  const marks = block.marks.filter((mark) => mark.word >= start);
  return marks.length > 0 ? { ...block, start, marks } : block;
}

function item(block: RankedBlock, words: string[], kind: QueryKind): HTMLLIElement | undefined {
  const target = document.getElementById(block.id);
  if (!target) return undefined;
  const li = el('li', block.note ? 'search-result is-note' : 'search-result');
  const link = el('a');
  link.href = `#${block.id}`;
  link.dataset.target = block.id;
  link.setAttribute('aria-describedby', `excerpt-${block.id}`);
  link.append(...label(target, block, kind));
  const text = el('p', 'search-excerpt');
  text.id = `excerpt-${block.id}`;
  for (const part of excerpt(words, excerptSpan(target, block))) text.append(part.hit ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  li.append(link, text);
  return li;
}

/** Speech first, unless only the notes hold the best matches. */
export function groupsInOrder(ranking: Ranking): Array<{ name: 'speech' | 'notes'; blocks: RankedBlock[] }> {
  const groups = [
    { name: 'speech' as const, blocks: ranking.speech },
    { name: 'notes' as const, blocks: ranking.notes },
  ];
  return (ranking.notesFirst ? groups.reverse() : groups).filter((group) => group.blocks.length > 0);
}

const GROUP_LABEL = { speech: 'In the speech', notes: 'In the notes' };

/**
 * The results in two labelled lists, "In the speech" and "In the notes";
 * every string goes in as a text node.
 */
export function renderResults(container: HTMLElement, ranking: Ranking, words: string[], kind: QueryKind): void {
  const parts = groupsInOrder(ranking).flatMap(({ name, blocks }) => {
    const heading = el('h2', 'search-group', GROUP_LABEL[name]);
    heading.id = `search-group-${name}`;
    const list = el('ol', 'search-list');
    list.setAttribute('aria-labelledby', heading.id);
    list.append(...blocks.flatMap((block) => item(block, words, kind) ?? []));
    return [heading, list];
  });
  container.replaceChildren(...parts);
  container.hidden = parts.length === 0;
}

/** The query in quotation marks; its own quoted phrases get curly quotes instead. */
export function quoted(query: string): string {
  return query.includes('"') ? query.replace(/"([^"]*)"/g, '“$1”') : `“${query}”`;
}

const count = (blocks: RankedBlock[]) => {
  const notes = blocks.filter((b) => b.note).length;
  const paragraphs = blocks.length - notes;
  return [paragraphs && plural(paragraphs, 'paragraph'), notes && plural(notes, 'note')].filter(Boolean).join(' and ');
};

/**
 * What the status line says (and screen readers announce) for a finished
 * search: how many paragraphs and notes matched in each way.
 */
export function summary(ranking: Ranking, query: string, kind: QueryKind): string {
  const blocks = [...ranking.speech, ...ranking.notes];
  if (blocks.length === 0) return `No matches for ${quoted(query)}.`;
  const tiers: Tier[] = ['phrase', 'all', 'some'];
  const parts = tiers.flatMap((tier) => {
    const these = blocks.filter((b) => b.tier === tier);
    return these.length > 0 ? [`${tierLabel(tier, kind)} in ${count(these)}`] : [];
  });
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

// The results' styles travel with the search code, not in the first view: loaded once, with it.
const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
document.head.append(link);
