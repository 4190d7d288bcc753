/**
 * Search on the reader, loaded on first use (see browser/search.ts): results
 * by paragraph and note as you type, arrow keys through them, Enter opens the
 * first, Escape clears, ?q= kept in the address bar, and highlights of the
 * searched words in the paragraph a result opens.
 */
import { MAX_QUERY_LENGTH, isSearchable, normalizeQuery, parseQuery, type ParsedQuery } from './query.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { pageWords } from './word-ranges.ts';
import { leadWith, rank, type RankedBlock, type Ranking } from './rank.ts';
import { suggest } from './suggest.ts';
import { STOP_WORDS } from './stop-words.ts';
import { hasWordCharacter, isHan } from './tokens.ts';
import { quoted, renderResults, summary } from './results-view.ts';
import { fragmentId } from '../fragment-id.ts';
import { bringIntoView, clearHighlights, hitRanges, showHighlights } from './highlight.ts';
import { isNote, isTypingIn, NOTE_SELECTOR, paragraphNumber } from '../reader-dom.ts';
import { BLOCK_SELECTOR, NOTE_CLASS } from '../../shared/markup.ts';
import { correction, type Correction } from './correction.ts';
import { searchLink, showCorrection } from './correction-line.ts';
import { matchMap } from './match-map.ts';
import { mapBeside, renderMap } from './map-view.ts';
import { startSteps, stepsOf } from './match-steps.ts';
import { expandQuery, loadTerms, mergeRankings, type Expansion } from './terms.ts';
import { checkQuote, isQuote, type QuoteMatch } from './quote-check.ts';
import { NONE_CLOSE, pageBlocks, showNoQuote, showQuote } from './quote-view.ts';
import type { SearchTerm } from '../../shared/search-terms.ts';
import { addHighlightsBar } from './highlights-bar.ts';

const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const suggestion = document.querySelector<HTMLElement>('[data-search-suggest]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
const searchBox = document.querySelector('search');
const bar = searchBox ? addHighlightsBar(searchBox) : null;

/** The last finished search: its blocks by id, and the page's words they index into. */
let found: { query: string; blocks: Map<string, RankedBlock>; words: string[] } | undefined;
/** Text typed while a search runs; only the newest is searched next. */
let latest: string | undefined;
let running: Promise<void> | undefined;
/** Pagefind has loaded: a search from now on waits only for itself. */
let indexReady = false;
/** A query to search as typed, never corrected ("Search instead for …"). */
let literal: string | undefined;
/** The map of the results by paragraph (map-view.ts), before the list. */
const map = list ? mapBeside(list) : undefined;

/** Keeps ?q= in step with the box without a history entry per keystroke. */
function syncUrl(raw: string) {
  const url = new URL(location.href);
  if (raw.trim()) url.searchParams.set('q', raw.trim());
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

const NO_RESULTS: Ranking = { speech: [], notes: [], notesFirst: false };

/** What a query adds to its results: the speech's words searched too (the terms list), and the quote check. */
interface Extras {
  also: string[];
  /** For a quote: the closest published words, or `null` when no passage is close. */
  quote?: QuoteMatch | null;
}

function show(ranking: Ranking, message: string, raw: string, kind: 'words' | 'word' | 'chinese' = 'words', offer?: string, fix?: Correction, extras?: Extras) {
  if (!list || !status) return;
  renderResults(list, ranking, found?.words ?? [], kind);
  if (extras?.quote) showQuote(list, extras.quote);
  else if (extras?.quote === null) showNoQuote(list);
  if (map) renderMap(map, corpus ? matchMap(corpus, ranking) : []);
  // Which query the list answers: results of an earlier keystroke never pass for the latest.
  list.dataset.query = raw;
  status.textContent = message;
  if (fix && suggestion) showCorrection(suggestion, fix);
  else showSuggestion(offer);
}

/** "Did you mean …?" as a link that runs the suggested search (and works as a plain link too). */
function showSuggestion(text: string | undefined) {
  if (!suggestion) return;
  if (!text) {
    suggestion.replaceChildren();
    return;
  }
  suggestion.replaceChildren('Did you mean ', searchLink(text), '?');
}

/**
 * The page's text as search compares it, read from the page itself once (the
 * indexed part, counted as the index counts it, so Pagefind's word positions
 * and the highlighter's ranges agree with it).
 */
let corpus: Corpus | undefined;

function pageCorpus(): Corpus {
  const root = document.querySelector('[data-pagefind-body]');
  const { words, starts } = root ? pageWords(root, `${BLOCK_SELECTOR}, ${NOTE_SELECTOR}`) : { words: [], starts: [] };
  return buildCorpus(
    words,
    starts.map(({ element, location }) => ({ id: element.id, location, note: isNote(element) })),
  );
}

/**
 * Word positions Pagefind's stemmer matches for each of the query's words
 * ("governance" finds "governing"), asked one word at a time since Pagefind
 * finds a page only when it holds every word asked.
 */
async function stemHits(pagefind: Pagefind, query: ParsedQuery): Promise<number[]> {
  const words = [...new Set(query.loose)].filter((key) => key.length >= 4 && !STOP_WORDS.has(key) && !isHan(key));
  const results = await Promise.all(words.map((key) => pagefind.search(key)));
  return results.flatMap((result) => result?.results[0]?.words ?? []);
}

/**
 * Searches for the newest text only: keystrokes typed while a search runs fold
 * into one search, so results never queue behind stale ones. From the
 * keystroke on, the status says that it is searching.
 */
function search(raw: string): Promise<void> {
  syncUrl(raw);
  latest = raw;
  if (status && isSearchable(normalizeQuery(raw))) status.textContent = indexReady ? 'Searching…' : 'Loading the search index…';
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
    show(NO_RESULTS, '', raw);
    return;
  }
  const text = (corpus ??= pageCorpus());
  // A query that ends in a letter or digit is still being typed: its last word may be unfinished.
  const parsed = parseQuery(query, hasWordCharacter([...raw].at(-1) ?? ''));
  // The first time, the page's own words answer at once while Pagefind loads; its stems follow.
  if (!indexReady) present(text, parsed, rank(text, parsed), raw, query, false);
  let ranking: Ranking;
  let fix: Correction | undefined;
  let extras: Extras = { also: [] };
  try {
    const [pagefind, terms] = await Promise.all([loadPagefind(), loadTerms()]);
    indexReady = true;
    const expansion = expandQuery(parsed, terms);
    ranking = rank(text, parsed, await stemHits(pagefind, parsed));
    if (expansion) ranking = mergeRankings(ranking, rank(text, expansion.parsed, await stemHits(pagefind, expansion.parsed)));
    extras = quoteCheck(query, terms, expansion);
    if (extras.quote) ranking = leadWith(ranking, extras.quote.id);
    // Nothing found, and each word that found nothing has one confident correction: its results at once.
    fix = query === literal ? undefined : correction(text, parsed, ranking, query);
    if (fix) ranking = rank(text, fix.parsed, await stemHits(pagefind, fix.parsed));
  } catch {
    found = undefined;
    show(NO_RESULTS, 'Search is not available: its index could not be loaded. Every word is on this page, so the browser’s Find (Ctrl+F or ⌘F) still works.', raw);
    return;
  }
  if (latest !== undefined) return; // Already stale: the next text is waiting.
  if (fix) present(text, fix.parsed, ranking, raw, fix.query, true, fix);
  else present(text, parsed, ranking, raw, query, true, undefined, extras);
}

/** The speech's words searched too, and for a query of six words or more the quote check. */
function quoteCheck(query: string, terms: SearchTerm[], expansion: Expansion | undefined): Extras {
  const also = expansion?.also ?? [];
  if (!isQuote(query)) return { also };
  return { also, quote: checkQuote(pageBlocks(), query, terms) ?? null };
}

/**
 * Ranks and shows the results. Until `final` (Pagefind's stems still to come)
 * the status keeps saying that the index is loading and the list does not yet
 * claim to answer the query.
 */
function present(text: Corpus, parsed: ParsedQuery, ranking: Ranking, raw: string, query: string, final: boolean, fix?: Correction, extras?: Extras) {
  const blocks = [...ranking.speech, ...ranking.notes];
  const keys = [...parsed.loose, ...parsed.phrases.flat()];
  const kind = keys.length > 1 ? 'words' : isHan(keys[0] ?? '') ? 'chinese' : 'word';
  found = { query, blocks: new Map(blocks.map((b) => [b.id, b])), words: text.words };
  if (!final) {
    if (list) {
      renderResults(list, ranking, text.words, kind);
      if (map) renderMap(map, matchMap(text, ranking));
      delete list.dataset.query;
    }
    return;
  }
  // A quote is a sentence, not words to respell: no "Did you mean …?" for it.
  const offer = fix || extras?.quote !== undefined ? undefined : suggest(text, parsed, ranking);
  const advice = blocks.length === 0 && !offer ? ' Try other or fewer words, or drop the quotes.' : '';
  const none = extras?.quote === null ? `${NONE_CLOSE} ` : '';
  const also = extras?.also.length ? ` Also searched: ${extras.also.join(', ')}.` : '';
  show(ranking, none + summary(ranking, query, kind) + advice + also, raw, kind, offer, fix, extras);
}

/** Marks the searched words in the paragraph or note in the address bar, if the last search found it. */
function arrive(focus: boolean) {
  const id = fragmentId();
  const block = found?.blocks.get(id);
  const target = document.getElementById(id);
  if (!found || !block || !target) return;
  const ranges = hitRanges(target, block, found.words);
  showHighlights(ranges);
  const query = found.query;
  const says = (element: HTMLElement) => `${quoted(query)} in ${isNote(element) ? 'this note' : `¶${paragraphNumber(element)}`}`;
  if (bar) {
    const where = bar.querySelector('[data-search-where]');
    if (where) where.textContent = says(target);
    bar.hidden = false;
  }
  document.documentElement.classList.add('has-hits');
  const covered = () => (bar && !bar.hidden ? bar.getBoundingClientRect().bottom : 0);
  bringIntoView(ranges[0], target, covered());
  // Every match of the speech's paragraphs (and of the note opened), to step through in reading order.
  const speech = [...found.blocks.values()].filter((b) => !b.note || b.id === id);
  const blocks = speech.flatMap((b) => {
    const element = document.getElementById(b.id);
    return element ? [{ element, ranges: element === target ? ranges : hitRanges(element, b, found!.words) }] : [];
  });
  if (bar) startSteps(bar, stepsOf(blocks), target, covered, says);
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
  suggestion?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    input.value = link.textContent ?? '';
    literal = link.hasAttribute('data-literal') ? normalizeQuery(input.value) : undefined;
    input.focus();
    void search(input.value);
  });
  const onResultClick = (event: Event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-target]');
    if (!link) return;
    document.documentElement.classList.add('has-hits');
    // After the browser has moved to the fragment (a repeated click fires no hashchange).
    setTimeout(() => arrive(true));
  };
  list.addEventListener('click', onResultClick);
  // The map's paragraphs open as results do.
  map?.addEventListener('click', onResultClick);
  addEventListener('hashchange', () => (found?.blocks.has(fragmentId()) ? arrive(false) : clearArrival(false)));

  bar?.querySelector('[data-search-clear]')?.addEventListener('click', () => clearArrival(true));
  bar?.querySelector('[data-search-back]')?.addEventListener('click', () => {
    const link = resultLinks().find((l) => l.dataset.target === fragmentId());
    (link ?? input).focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !isTypingIn(event.target) && !bar?.hidden && !document.querySelector(`.${NOTE_CLASS}:target`)) clearArrival(true);
  });

  const shared = new URLSearchParams(location.search).get('q');
  if (shared && !input.value) input.value = shared.slice(0, MAX_QUERY_LENGTH);
  void loadPagefind().catch(() => undefined);
  void loadTerms();
  // Read the page's words while Pagefind's worker loads its WebAssembly: the first search waits for both.
  setTimeout(() => (corpus ??= pageCorpus()));
  // What was typed while this module loaded, or the shared search.
  if (input.value) void search(input.value).then(() => arrive(false));
}
