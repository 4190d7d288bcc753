// `npm run bench:search`: only the search timing of `npm run bench` (this edition beside Pagefind's
// stock UI on the same index, cold and warm), for a quick look after a change to search. It measures
// the build in dist/ as it is: run `npm run build` first. BENCH_PORT moves its server (default 4331).
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';
import { startServer } from './lib/server.ts';
import { compressedCopy } from './lib/compressed-copy.ts';
import { COLD_QUERIES, EDITION_UI, STOCK_UI, STOCK_UI_NO_DEBOUNCE, WARM_QUERIES, QUOTE_QUERIES, measureSearch, median, writeStockUiPage } from './lib/search-timing.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4331);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tools/ensure-chromium.mjs` first.');

const served = await compressedCopy(dist);
await writeStockUiPage(served);
const server = await startServer(port, served);
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
try {
  const rows = [];
  for (const ui of [EDITION_UI, STOCK_UI, STOCK_UI_NO_DEBOUNCE]) {
    const s = await measureSearch(browser, `http://127.0.0.1:${port}`, served, ui, COLD_QUERIES, WARM_QUERIES, ui === EDITION_UI ? QUOTE_QUERIES : []);
    rows.push({ ui: s.ui, 'cold (ms)': Math.round(median(s.coldMs)), 'warm (ms)': Number(median(s.warmMs).toFixed(1)),
    'quote check (ms)': s.quoteMs.length ? Math.round(median(s.quoteMs)) : '', runs: `${s.coldMs.length} cold, ${s.warmMs.length} warm`, 'first search (bytes)': s.firstSearchBytes });
    if (ui === EDITION_UI) console.log(`First search of this edition: ${s.firstSearchFiles.map((f) => `${f.url} ${f.bytes}`).join(', ')}`);
  }
  console.log('Search: last keystroke to results on screen (median ms, Chromium, loopback, brotli):');
  console.table(rows);
} finally {
  await browser.close();
  server.kill();
  await rm(served, { recursive: true, force: true });
}
