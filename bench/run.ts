// `npm run bench`: builds the site once and measures what a reader pays for it.
// Figures are bytes (deterministic for a given build), Lighthouse's simulated timings
// (steady on an idle machine) and wall-clock times (vary by machine and load).
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tools/chromium.mjs';
import { measureFirstView, type FirstView } from './lib/first-view.ts';
import { startServer } from './lib/server.ts';
import { moduleBrotli } from './lib/module-size.ts';
import { compressedCopy } from './lib/compressed-copy.ts';
import { writeBarePages } from './lib/bare-page.ts';
import { CATEGORIES, runLighthouse, type FormFactor, type LighthouseFigures } from './lib/lighthouse.ts';
import { COLD_QUERIES, EDITION_UI, STOCK_UI, STOCK_UI_NO_DEBOUNCE, WARM_QUERIES, QUOTE_QUERIES, measureSearch, median, writeStockUiPage, type SearchFigures } from './lib/search-timing.ts';
import { NOTE_SELECTOR } from '../src/shared/markup.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = 4330;
const COMPRESSED_PORT = 4331;
const WIDTHS = [390, 1280];
const LIGHTHOUSE_PAGES = ['/', '/about/', '/notes/'];
const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];
// Each page is audited this many times; the run with the median LCP is reported, with the lowest scores seen.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('astro build failed; run `npm run build` to see why');
  return (performance.now() - started) / 1000;
}

/** The run with the median LCP, carrying the lowest score each category got in any run. */
function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...runs.map((r) => r.scores[c]))])) as LighthouseFigures['scores'];
  return { ...middle, scores, failing: [...new Set(runs.flatMap((r) => r.failing))] };
}

function byType(view: FirstView): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of view.resources) totals[r.type] = (totals[r.type] ?? 0) + r.brotliBytes;
  return totals;
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tools/ensure-chromium.mjs` first.');

const buildSeconds = build();
const server = await startServer(PORT);
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
const views: Record<string, FirstView & { byType: Record<string, number> }> = {};
let notesByKind: Record<string, number> = {};
const search: SearchFigures[] = [];
const served = await compressedCopy(dist);
await writeStockUiPage(served);
const bare = await writeBarePages(served);
const compressedServer = await startServer(COMPRESSED_PORT, served);
const audits: LighthouseFigures[] = [];
try {
  for (const ui of [EDITION_UI, STOCK_UI, STOCK_UI_NO_DEBOUNCE]) {
    search.push(await measureSearch(browser, `http://127.0.0.1:${COMPRESSED_PORT}`, served, ui, COLD_QUERIES, WARM_QUERIES, ui === EDITION_UI ? QUOTE_QUERIES : []));
  }
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const view = await measureFirstView(page, `http://127.0.0.1:${PORT}/`, dist);
    views[width] = { ...view, byType: byType(view) };
    notesByKind = await page.$$eval(`${NOTE_SELECTOR}[data-kind]`, (notes) =>
      notes.reduce<Record<string, number>>((count, n) => ({ ...count, [n.getAttribute('data-kind') ?? '?']: (count[n.getAttribute('data-kind') ?? '?'] ?? 0) + 1 }), {}),
    );
    await page.close();
  }
  // Served with brotli, as a CDN would; Lighthouse starts its own Chromium for each run.
  for (const formFactor of FORM_FACTORS) {
    for (const path of [...LIGHTHOUSE_PAGES, bare.speech, bare.speechAndNotes]) {
      const runs: LighthouseFigures[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(`http://127.0.0.1:${COMPRESSED_PORT}${path}`, executablePath, formFactor));
      audits.push(medianRun(runs));
    }
  }
} finally {
  await browser.close();
  server.kill();
  compressedServer.kill();
  await rm(served, { recursive: true, force: true });
}

const rows = WIDTHS.map((width) => {
  const v = views[width]!;
  return {
    width: `${width}px`,
    requests: v.resources.length,
    'first view (br)': v.totalBrotli,
    'JS (br)': v.scriptBrotli,
    'text floor (br)': v.textFloor,
    ratio: Number(v.ratio.toFixed(3)),
    foreign: v.foreignRequests.length,
  };
});
console.log(`Build: ${buildSeconds.toFixed(1)} s`);
console.table(rows);

console.log('Search: last keystroke to results on screen (median ms, Chromium, loopback, brotli), and bytes of the first search:');
console.table(
  search.map((s) => ({
    ui: s.ui,
    'cold (ms)': Math.round(median(s.coldMs)),
    'warm (ms)': Number(median(s.warmMs).toFixed(1)),
    'quote check (ms)': s.quoteMs.length ? Math.round(median(s.quoteMs)) : '',
    runs: `${s.coldMs.length} cold, ${s.warmMs.length} warm`,
    'first search (bytes)': s.firstSearchBytes,
    files: s.firstSearchFiles.length,
  })),
);
console.log(`First search of this edition: ${search[0]!.firstSearchFiles.map((f) => `${f.url} ${f.bytes}`).join(', ')}`);

const lcpOf = (formFactor: FormFactor, path: string) => audits.find((a) => a.formFactor === formFactor && new URL(a.url).pathname === path)!.lcpMs;
const lighthouseRows = audits.map((a) => {
  const path = new URL(a.url).pathname;
  return {
    page: path === bare.speech ? 'bare: speech' : path === bare.speechAndNotes ? 'bare: speech + notes' : path,
    profile: a.formFactor,
    ...Object.fromEntries(CATEGORIES.map((c) => [c, a.scores[c]])),
    'LCP (ms)': Math.round(a.lcpMs),
    'FCP (ms)': Math.round(a.fcpMs),
    'TBT (ms)': Math.round(a.tbtMs),
    CLS: Number(a.cls.toFixed(3)),
    'LCP ÷ bare (same words)': Number((a.lcpMs / lcpOf(a.formFactor, bare.speechAndNotes)).toFixed(2)),
    'LCP ÷ bare (speech only)': Number((a.lcpMs / lcpOf(a.formFactor, bare.speech)).toFixed(2)),
  };
});
console.log(`Lighthouse ${LIGHTHOUSE_RUNS}× per page (simulated throttling; median-LCP run, lowest scores):`);
console.table(lighthouseRows);
const missed = audits.filter((a) => a.failing.length > 0).map((a) => `${new URL(a.url).pathname} (${a.formFactor}): ${a.failing.join(', ')}`);
if (missed.length > 0) console.log(`Audits below full marks:\n  ${missed.join('\n  ')}`);

const script = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const modules = {
  // The Cite panel and the search load on first use; the first view carries the rest.
  'paragraph-tools': moduleBrotli(script('browser/paragraph-tools.ts'), ['*cite-dialog.ts']),
  'cite panel (on first use)': moduleBrotli(script('browser/cite-dialog.ts')),
  notes: moduleBrotli(script('browser/notes.ts')),
  fragments: moduleBrotli(script('browser/fragments.ts')),
  'passage link': moduleBrotli(script('browser/selection-link.ts')),
  'search loader': moduleBrotli(script('browser/search.ts'), ['*controller.ts']),
  'search (on first use)': moduleBrotli(script('browser/search/controller.ts')),
};
console.log('Client modules (minified, brotli):');
console.table(modules);
const noteCount = Object.values(notesByKind).reduce((a, b) => a + b, 0);
console.log(`Notes: ${noteCount} — ${Object.entries(notesByKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);

const results = { date: new Date().toISOString(), buildSeconds, firstView: views, search, lighthouse: { runs: LIGHTHOUSE_RUNS, bare, audits: lighthouseRows, raw: audits }, modules, notesByKind };
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/latest.json', import.meta.url), JSON.stringify(results, null, 2));
console.log('Written to bench/results/latest.json');
