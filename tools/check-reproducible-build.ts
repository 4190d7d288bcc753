// `npm run test:reproducible`: builds the site twice, each time from a clean state
// (Astro's caches removed), into OUT_DIR (default dist/, the build the browser tests then
// serve, so `npm test` builds it only here) and into a temporary directory, and checks that the two
// trees are byte-identical: the same files, each with the same SHA-256. Prints every
// difference (with the first differing line of a text file) and exits 1, or prints the
// file count, total bytes and one digest over the whole tree and exits 0.
// The builds run one after the other (the machine may have few cores). SITE_URL and
// BASE_PATH, if set, apply to both builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Astro's caches: `cacheDir` (the content layer's data store; the config leaves it at
 * its default, `node_modules/.astro/`) and `.astro/` (generated content modules and types,
 * rewritten by every build).
 */
async function cacheDirs(): Promise<string[]> {
  const { default: config } = (await import('../astro.config.mjs')) as { default: { cacheDir?: string } };
  return [fileURLToPath(new URL(config.cacheDir ?? './node_modules/.astro/', new URL('../', import.meta.url))), join(root, '.astro')];
}

async function cleanBuild(outDir: string, caches: string[]): Promise<void> {
  for (const dir of caches) await rm(dir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`astro build into ${outDir} failed (exit ${result.status}); run \`npm run build\` to see why`);
}

interface Entry {
  bytes: number;
  sha256: string;
}

/** Every file under `dir`, by its path relative to `dir` (with `/`), in sorted order. */
async function tree(dir: string): Promise<Map<string, Entry>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const files = new Map<string, Entry>();
  for (const path of paths) {
    const data = await readFile(join(dir, path));
    files.set(path, { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
  }
  return files;
}

/** The text of a file that is UTF-8 without NUL bytes, or undefined for a binary file. */
function asText(data: Buffer): string | undefined {
  if (data.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

function clip(line: string, at: number): string {
  const start = Math.max(0, at - 60);
  return `${start > 0 ? '…' : ''}${line.slice(start, at + 100)}${line.length > at + 100 ? '…' : ''}`;
}

/** Where two versions of a file first differ: the line for a text file, the byte offset otherwise. */
async function firstDifference(a: string, b: string): Promise<string> {
  const [dataA, dataB] = await Promise.all([readFile(a), readFile(b)]);
  const [textA, textB] = [asText(dataA), asText(dataB)];
  if (textA === undefined || textB === undefined) {
    let offset = 0;
    while (offset < dataA.length && offset < dataB.length && dataA[offset] === dataB[offset]) offset++;
    return `    binary, ${dataA.length} vs ${dataB.length} bytes, first difference at byte ${offset}`;
  }
  const [linesA, linesB] = [textA.split('\n'), textB.split('\n')];
  let n = 0;
  while (n < linesA.length && n < linesB.length && linesA[n] === linesB[n]) n++;
  const [lineA, lineB] = [linesA[n] ?? '', linesB[n] ?? ''];
  let column = 0;
  while (column < lineA.length && lineA[column] === lineB[column]) column++;
  return [`    line ${n + 1}, column ${column + 1}:`, `      first:  ${clip(lineA, column)}`, `      second: ${clip(lineB, column)}`].join('\n');
}

const started = performance.now();
const work = await mkdtemp(join(tmpdir(), 'reproducible-build-'));
const first = process.env.OUT_DIR ? join(root, process.env.OUT_DIR) : join(root, 'dist');
const second = join(work, 'second');
let differences = 0;
try {
  const caches = await cacheDirs();
  await cleanBuild(first, caches);
  await cleanBuild(second, caches);
  const [a, b] = await Promise.all([tree(first), tree(second)]);
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const [fileA, fileB] = [a.get(path), b.get(path)];
    if (!fileB) console.error(`only in the first build: ${path}`);
    else if (!fileA) console.error(`only in the second build: ${path}`);
    else if (fileA.sha256 !== fileB.sha256) console.error(`differs: ${path}\n${await firstDifference(join(first, path), join(second, path))}`);
    else continue;
    differences++;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (differences > 0) {
    console.error(`Not reproducible: ${differences} path(s) differ between two clean builds (${seconds} s).`);
    process.exitCode = 1;
  } else {
    const digest = createHash('sha256');
    let bytes = 0;
    for (const [path, file] of a) {
      digest.update(`${file.sha256}  ${path}\n`);
      bytes += file.bytes;
    }
    console.log(`Reproducible: two clean builds are identical: ${a.size} files, ${bytes.toLocaleString('en')} bytes, sha256 ${digest.digest('hex')} (${seconds} s).`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
