import stylesheet from '../../styles/search-map.css?url';
import type { BlockCount } from './match-map.ts';
import { paragraphNumber } from '../reader-dom.ts';
import { MAP_BLOCK_ATTR, VISUALLY_HIDDEN } from '../../shared/markup.ts';

/** Bar heights the stylesheet knows (data-level 1-4), scaled to the paragraph with most matches. */
const LEVELS = 4;

const span = (className: string, text = '') => Object.assign(document.createElement('span'), { className, textContent: text });

/** "¶9: 4 matches", "¶2: no matches": each item's name, as a screen reader hears it. */
export const itemName = (number: string, count: number): string =>
  `¶${number}: ${count === 0 ? 'no matches' : count === 1 ? '1 match' : `${count} matches`}`;

/**
 * The map's place: before the results list, inside the search landmark, made once. Its items
 * are links handled like the results' own (the controller listens on it).
 */
export function mapBeside(list: HTMLElement): HTMLElement {
  const existing = list.parentElement?.querySelector<HTMLElement>('[data-search-map]');
  if (existing) return existing;
  const map = document.createElement('div');
  map.className = 'search-map';
  map.dataset.searchMap = '';
  map.hidden = true;
  const title = Object.assign(document.createElement('p'), { id: 'search-map-title', className: 'search-map-title', textContent: 'Matches by paragraph' });
  const items = document.createElement('ol');
  items.setAttribute('aria-labelledby', title.id);
  map.append(title, items);
  // One Tab stop for the whole map; the arrow keys, Home and End move along it.
  items.addEventListener('keydown', (event) => {
    const links = [...items.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
    const next = to === undefined || at < 0 ? undefined : links[Math.min(Math.max(to, 0), links.length - 1)];
    if (!next) return;
    event.preventDefault();
    roveTo(links, next);
    next.focus();
  });
  list.before(map);
  return map;
}

function roveTo(links: HTMLAnchorElement[], current: HTMLAnchorElement | undefined) {
  for (const link of links) link.tabIndex = link === current ? 0 : -1;
}

/**
 * One item a paragraph, in reading order: a bar as tall as its share of the matches and its
 * number; a paragraph with matches is a link to it. Hidden when nothing matched.
 */
export function renderMap(map: HTMLElement, counts: BlockCount[]): void {
  const most = Math.max(0, ...counts.map((c) => c.count));
  map.hidden = most === 0;
  const items = counts.map(({ id, count }) => {
    const number = paragraphNumber(document.getElementById(id) ?? map) || id;
    const li = document.createElement('li');
    const cell = document.createElement(count > 0 ? 'a' : 'span');
    cell.className = 'search-map-cell';
    cell.setAttribute(MAP_BLOCK_ATTR, id);
    cell.dataset.count = String(count);
    cell.dataset.level = String(Math.ceil((LEVELS * count) / (most || 1)));
    const bar = span('search-map-bar');
    const label = span('search-map-n', number);
    const shown = span('search-map-count', count > 0 ? String(count) : '');
    for (const part of [bar, label, shown]) part.setAttribute('aria-hidden', 'true');
    if (cell instanceof HTMLAnchorElement) {
      cell.href = `#${id}`;
      cell.dataset.target = id;
      cell.append(span(VISUALLY_HIDDEN, itemName(number, count)), shown, bar, label);
    } else {
      // Not a link: the name goes on the item itself, as a small picture of an empty paragraph.
      cell.setAttribute('role', 'img');
      cell.setAttribute('aria-label', itemName(number, count));
      cell.append(shown, bar, label);
    }
    li.append(cell);
    return li;
  });
  const strip = map.querySelector('ol');
  strip?.replaceChildren(...items);
  // Where the strip folds (a phone), it folds into two even rows (search-map.css).
  strip?.style.setProperty('--per-row', String(Math.ceil(items.length / 2)));
  const links = [...map.querySelectorAll<HTMLAnchorElement>('a')];
  roveTo(links, links[0]);
}

// The map's styles travel with the search code, as the results' do.
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));
