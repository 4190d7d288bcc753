// `npm run bench`: builds the site once and measures what a reader pays for it.
// Figures are bytes (deterministic for a given build) and build time (varies by machine).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { measureFirstView, type FirstView } from './lib/first-view.ts';
import { startServer } from './lib/server.ts';
import { moduleBrotli } from './lib/module-size.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = 4330;
const WIDTHS = [390, 1280];

function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('astro build failed; run `npm run build` to see why');
  return (performance.now() - started) / 1000;
}

function byType(view: FirstView): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of view.resources) totals[r.type] = (totals[r.type] ?? 0) + r.brotliBytes;
  return totals;
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

const buildSeconds = build();
const server = await startServer(PORT);
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
const views: Record<string, FirstView & { byType: Record<string, number> }> = {};
let notesByKind: Record<string, number> = {};
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const view = await measureFirstView(page, `http://127.0.0.1:${PORT}/`, dist);
    views[width] = { ...view, byType: byType(view) };
    notesByKind = await page.$$eval('aside.note[data-kind]', (notes) =>
      notes.reduce<Record<string, number>>((count, n) => ({ ...count, [n.getAttribute('data-kind') ?? '?']: (count[n.getAttribute('data-kind') ?? '?'] ?? 0) + 1 }), {}),
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
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

const modules = Object.fromEntries(
  ['paragraph-tools', 'notes'].map((name) => [name, moduleBrotli(fileURLToPath(new URL(`../src/scripts/${name}.ts`, import.meta.url)))]),
);
console.log('Client modules (minified, brotli):');
console.table(modules);
const noteCount = Object.values(notesByKind).reduce((a, b) => a + b, 0);
console.log(`Notes: ${noteCount} — ${Object.entries(notesByKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);

const results = { date: new Date().toISOString(), buildSeconds, firstView: views, modules, notesByKind };
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/latest.json', import.meta.url), JSON.stringify(results, null, 2));
console.log('Written to bench/results/latest.json');
