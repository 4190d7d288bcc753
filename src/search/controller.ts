/**
 * Search on the reader, loaded on first use (see scripts/search.ts): results
 * by paragraph and note as you type, arrow keys through them, Enter opens the
 * first, Escape clears, ?q= kept in the address bar, and highlights of the
 * searched words in the paragraph a result opens.
 */
import { groupHits, phraseLocations, type BlockHits, type PageHits } from './hits.ts';
import { MAX_QUERY_LENGTH, isSearchable, normalizeQuery, phrases } from './query.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';
import { quoted, renderResults, summary } from './results-view.ts';
import { fragmentId } from '../lib/fragment-id.ts';
import { bringIntoView, clearHighlights, hitRanges, showHighlights } from './highlight.ts';

const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const bar = document.querySelector<HTMLElement>('[data-search-bar]');

/** The last finished search: its blocks by id, and the page content they index into. */
let found: { query: string; blocks: Map<string, BlockHits>; content: string } | undefined;
/** Text typed while a search runs; only the newest is searched next. */
let latest: string | undefined;
let running: Promise<void> | undefined;

const isBlockId = (id: string) => document.getElementById(id)?.matches('[data-block], aside.note') ?? false;

/** Keeps ?q= in step with the box without a history entry per keystroke. */
function syncUrl(raw: string) {
  const url = new URL(location.href);
  if (raw.trim()) url.searchParams.set('q', raw.trim());
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

function show(blocks: BlockHits[], message: string, raw: string) {
  if (!list || !status) return;
  renderResults(list, blocks, found?.content ?? '');
  // Which query the list answers: results of an earlier keystroke never pass for the latest.
  list.dataset.query = raw;
  status.textContent = message;
}

/**
 * Pagefind finds the page; the hits are then its hits for the loose words plus
 * every word-for-word occurrence of each quoted phrase. (Pagefind's own phrase
 * hits are stemmed and report one occurrence per page.)
 */
async function hitsFor(pagefind: Pagefind, query: string): Promise<PageHits | undefined> {
  const page = await firstPage(pagefind, query);
  const wanted = phrases(query);
  if (!page || wanted.length === 0) return page;
  const loose = query.replace(/"[^"]*"/g, ' ').trim();
  const looseHits = isSearchable(loose) ? ((await firstPage(pagefind, loose))?.weighted_locations ?? []) : [];
  const phraseHits = wanted.flatMap((phrase) => phraseLocations(page.content, phrase, 1));
  return { ...page, weighted_locations: [...looseHits, ...phraseHits] };
}

/** Each page's text and anchors, loaded once: they are the same for every search. */
const pageData = new Map<string, Promise<PageHits>>();

/**
 * Only the reader is indexed, so a search finds one page at most: its hits
 * are the result's word positions, read against the page data loaded by the
 * first search (data() is the slow half of a Pagefind search; its other output,
 * excerpts, is not used). Every hit weighs the same, so within the page blocks
 * rank by how many searched words, then how many hits, they hold.
 */
async function firstPage(pagefind: Pagefind, query: string): Promise<PageHits | undefined> {
  const result = (await pagefind.search(query))?.results[0];
  if (!result || latest !== undefined) return undefined;
  if (!pageData.has(result.id)) {
    const data = result.data();
    pageData.set(result.id, data);
    data.catch(() => pageData.delete(result.id)); // A failed fetch is retried by the next search.
  }
  const { content, anchors } = await pageData.get(result.id)!;
  return { content, anchors, weighted_locations: result.words.map((location) => ({ location, balanced_score: 1 })) };
}

/**
 * Searches for the newest text only: keystrokes typed while a search runs fold
 * into one search, so results never queue behind stale ones.
 */
function search(raw: string): Promise<void> {
  syncUrl(raw);
  latest = raw;
  running ??= (async () => {
    while (latest !== undefined) {
      const next = latest;
      latest = undefined;
      await runSearch(next);
    }
    running = undefined;
  })();
  return running;
}

async function runSearch(raw: string) {
  const query = normalizeQuery(raw.slice(0, MAX_QUERY_LENGTH));
  if (!isSearchable(query)) {
    found = undefined;
    show([], '', raw);
    return;
  }
  try {
    const page = await hitsFor(await loadPagefind(), query);
    if (latest !== undefined) return; // Already stale: the next text is waiting.
    const blocks = page ? groupHits(page, (anchor) => isBlockId(anchor.id)) : [];
    found = { query, blocks: new Map(blocks.map((b) => [b.id, b])), content: page?.content ?? '' };
    show(blocks, summary(blocks, query), raw);
  } catch {
    found = undefined;
    show([], 'Search is not available: its index could not be loaded. Every word is on this page, so the browser’s Find (Ctrl+F or ⌘F) still works.', raw);
  }
}

/** Marks the searched words in the paragraph or note in the address bar, if the last search found it. */
function arrive(focus: boolean) {
  const id = fragmentId();
  const block = found?.blocks.get(id);
  const target = document.getElementById(id);
  if (!found || !block || !target) return;
  const ranges = hitRanges(target, block, found.content);
  showHighlights(ranges);
  if (bar) {
    const where = bar.querySelector('[data-search-where]');
    if (where) where.textContent = `${quoted(found.query)} in ${target.matches('aside.note') ? 'this note' : `¶${target.dataset.n}`}`;
    bar.hidden = false;
  }
  document.documentElement.classList.add('has-hits');
  bringIntoView(ranges[0], target);
  if (focus) {
    // Screen readers start reading at the paragraph opened, not at the results.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

function clearArrival(refocus: boolean) {
  clearHighlights();
  document.documentElement.classList.remove('has-hits');
  const hadFocus = bar?.contains(document.activeElement);
  if (bar) bar.hidden = true;
  const target = document.getElementById(fragmentId());
  if (refocus && hadFocus && target) {
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

function resultLinks(): HTMLAnchorElement[] {
  return list ? [...list.querySelectorAll<HTMLAnchorElement>('a[data-target]')] : [];
}

function open(link: HTMLAnchorElement | undefined) {
  if (!link) return;
  // The bar's height is reserved before the browser scrolls to the fragment.
  document.documentElement.classList.add('has-hits');
  link.click();
}

/** Wires the box and runs the search already typed or shared in ?q=. */
export function startSearch(): void {
  if (!input || !list) return;
  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      open(resultLinks()[0]);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      resultLinks()[0]?.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      event.stopPropagation();
      input.value = '';
      void search('');
      clearArrival(false);
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      (links[next] ?? (next < 0 ? input : links.at(-1)))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      input.focus();
    }
  });
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-target]');
    if (!link) return;
    document.documentElement.classList.add('has-hits');
    // After the browser has moved to the fragment (a repeated click fires no hashchange).
    setTimeout(() => arrive(true));
  });
  addEventListener('hashchange', () => (found?.blocks.has(fragmentId()) ? arrive(false) : clearArrival(false)));

  bar?.querySelector('[data-search-clear]')?.addEventListener('click', () => clearArrival(true));
  bar?.querySelector('[data-search-back]')?.addEventListener('click', () => {
    const link = resultLinks().find((l) => l.dataset.target === fragmentId());
    (link ?? input).focus();
  });

  document.addEventListener('keydown', (event) => {
    const typing = (event.target as Element).closest('input, textarea, select, [contenteditable]');
    if (event.key === 'Escape' && !typing && !bar?.hidden && !document.querySelector('.note:target')) clearArrival(true);
  });

  const shared = new URLSearchParams(location.search).get('q');
  if (shared && !input.value) input.value = shared.slice(0, MAX_QUERY_LENGTH);
  void loadPagefind().catch(() => undefined);
  // What was typed while this module loaded, or the shared search.
  if (input.value) void search(input.value).then(() => arrive(false));
}
