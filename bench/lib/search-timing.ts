import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';

// Typed on a fresh page (cold), then in the same page (warm).
export const COLD_QUERIES = ['sovereignty', 'binoculars', 'Qualcomm', 'magnifying glass', '瀛台'];
export const WARM_QUERIES = ['respect', 'axe', '"community of destiny"', 'Alibaba', 'trust'];
// Pasted into the same page (one input event), this edition only: the quote check's time, with
// its results. A reworded quote, one word for word, one that no passage is close to.
export const QUOTE_QUERIES = [
  'China is one of the main victims of hacking',
  'it is a dream of peace, development, cooperation and win-win',
  'the Internet is a tool of American hegemony that must be resisted',
];

/** A search interface under test: where it lives, its box, and when its results for a query are on screen. */
export interface SearchUi {
  name: string;
  path: string;
  input: string;
  /**
   * Runs in the page (self-contained: it is serialized): stamps `__bench.shown`
   * at each change to the results after a keystroke, and sets `answered` once
   * the results are for `query`.
   */
  watch: (query: string) => void;
}

/** lastKey: the last keystroke; shown: the last change to the results after it; answered: the final query's results have begun to show. */
type BenchState = { lastKey: number; shown: number; answered: boolean };

export const EDITION_UI: SearchUi = {
  name: 'this edition',
  path: '/',
  input: '#search-q',
  watch: (query) => {
    const state = (window as unknown as { __bench: BenchState }).__bench;
    const area = document.querySelector('search')!;
    new MutationObserver(() => {
      if (!state.lastKey) return;
      state.shown = performance.now();
      state.answered ||= document.querySelector<HTMLElement>('#search-results')?.dataset.query === query;
    }).observe(area, { subtree: true, childList: true, characterData: true, attributes: true });
  },
};

// Pagefind's UI shows the count first and fills in excerpts as each result's data arrives:
// its results are on screen at its last change after the count for this query appeared.
const stockWatch = (query: string) => {
  const state = (window as unknown as { __bench: BenchState }).__bench;
  const area = document.querySelector('.pagefind-ui')!;
  new MutationObserver(() => {
    if (!state.lastKey) return;
    state.shown = performance.now();
    state.answered ||= (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(query);
  }).observe(area, { subtree: true, childList: true, characterData: true, attributes: true });
};

/** Pagefind's own UI as shipped (it waits 300 ms after the last keystroke before searching). */
export const STOCK_UI: SearchUi = { name: 'pagefind-ui.js (defaults)', path: '/bench-stock-ui/', input: '.pagefind-ui__search-input', watch: stockWatch };
/** The same with its debounce set to 0, to compare the work rather than the wait. */
export const STOCK_UI_NO_DEBOUNCE: SearchUi = {
  name: 'pagefind-ui.js (no debounce)',
  path: '/bench-stock-ui/?debounce=0',
  input: '.pagefind-ui__search-input',
  watch: stockWatch,
};

/** Writes the stock UI page into the served copy of the site: same index, Pagefind's own script and styles. */
export async function writeStockUiPage(root: string): Promise<void> {
  await mkdir(join(root, 'bench-stock-ui'), { recursive: true });
  await writeFile(
    join(root, 'bench-stock-ui', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
const debounce = new URLSearchParams(location.search).get('debounce');
addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: true, ...(debounce ? { debounceTimeoutMs: Number(debounce) } : {}) }));
</script></body></html>`,
  );
}

/**
 * Types `query` into the box and returns milliseconds from the last keystroke to
 * the last change of the results it brought (the moment they were all on screen).
 */
async function timeQuery(page: Page, ui: SearchUi, query: string, paste = false): Promise<number> {
  await page.locator(ui.input).click();
  await page.locator(ui.input).fill('');
  await page.evaluate(() => {
    const state: BenchState = { lastKey: 0, shown: 0, answered: false };
    (window as unknown as { __bench: BenchState }).__bench = state;
    // keydown for typed keys; input too, for text that arrives without one (Chinese via an IME).
    const stamp = () => Object.assign(state, { lastKey: performance.now(), shown: 0, answered: false });
    addEventListener('keydown', stamp, true);
    addEventListener('input', stamp, true);
  });
  await page.evaluate(ui.watch, query);
  if (paste) await page.locator(ui.input).fill(query);
  else await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.answered, undefined, { timeout: 15_000 });
  // Then until the results stop changing: the last change is when they were all on screen.
  let last = -1;
  for (;;) {
    await page.waitForTimeout(400);
    const shown = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.shown);
    if (shown === last) break;
    last = shown;
  }
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: BenchState }).__bench;
    return state.shown - state.lastKey;
  });
}

export interface SearchFigures {
  ui: string;
  coldMs: number[];
  warmMs: number[];
  /** Quotes pasted into the warm page (QUOTE_QUERIES): to the quote check and results on screen. */
  quoteMs: number[];
  /** Bytes on the wire (as served, brotli where the file compresses) for everything search fetched. */
  firstSearchBytes: number;
  firstSearchFiles: Array<{ url: string; bytes: number }>;
}

/** Every URL a context requests, workers included. */
function recordRequests(context: BrowserContext) {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  return seen;
}

/** What the server sends for a path: the `.br` beside the file when there is one, else the file. */
async function servedBytes(root: string, path: string): Promise<number> {
  const file = join(root, decodeURIComponent(path).replace(/\/$/, '/index.html'));
  const compressed = await stat(`${file}.br`).catch(() => undefined);
  return compressed?.size ?? (await stat(file)).size;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Cold: a fresh browser context (empty cache), the page loaded, then the query
 * typed; search code and index load while the reader types. Warm: more
 * queries in the same page, then `quotes` pasted there. Bytes of the first search: everything requested
 * after the page had loaded, plus Pagefind files the page loaded up front (the
 * stock UI's script and styles), as served from `root`.
 */
export async function measureSearch(browser: Browser, origin: string, root: string, ui: SearchUi, cold: string[], warm: string[], quotes: string[] = []): Promise<SearchFigures> {
  const figures: SearchFigures = { ui: ui.name, coldMs: [], warmMs: [], quoteMs: [], firstSearchBytes: 0, firstSearchFiles: [] };
  for (const [run, query] of cold.entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seen = recordRequests(context);
    const page = await context.newPage();
    await page.goto(origin + ui.path, { waitUntil: 'networkidle' });
    const loaded = seen.length;
    figures.coldMs.push(await timeQuery(page, ui, query));
    if (run === 0) {
      await page.waitForLoadState('networkidle');
      const paths = seen
        .map((url, i) => ({ path: new URL(url).pathname, late: i >= loaded }))
        // The icon is the first view's, requested whenever the browser gets to it.
        .filter((r) => (r.late || r.path.startsWith('/pagefind/')) && !r.path.endsWith('favicon.svg'))
        .map((r) => r.path);
      for (const path of new Set(paths)) figures.firstSearchFiles.push({ url: path, bytes: await servedBytes(root, path) });
      figures.firstSearchBytes = figures.firstSearchFiles.reduce((sum, r) => sum + r.bytes, 0);
    }
    for (const next of warm) figures.warmMs.push(await timeQuery(page, ui, next));
    for (const quote of quotes) figures.quoteMs.push(await timeQuery(page, ui, quote, true));
    await context.close();
  }
  return figures;
}
