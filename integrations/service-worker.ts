import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SEARCH_TERMS_FILE } from '../src/shared/search-terms.ts';

const WORKER = new URL('../src/browser/offline-worker.ts', import.meta.url);

/** The files a reader gets on first opening the edition: every page and the code they run (not the search index). */
export function offlineFiles(paths: string[]): string[] {
  return paths
    .filter((path) => path.endsWith('.html') || (path.startsWith('_astro/') && path.endsWith('.js')) || path === 'favicon.svg')
    .map((path) => (path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/**
 * The search's files, kept once a loaded page asks (in its idle time): what a first search
 * loads (Pagefind's runtime, worker, entry, metadata, index, and the WebAssembly of each language
 * indexed), the speech's terms list and the stylesheets the search code loads. Not Pagefind's own UIs, nor its fragments
 * (the search reads excerpts from the page), nor the WebAssembly of a language not indexed.
 */
export function searchFiles(paths: string[]): string[] {
  const languages = new Set(paths.flatMap((path) => /^pagefind\/index\/([\w-]+?)_[^/]+\.pf_index$/.exec(path)?.[1] ?? []));
  const wanted = (path: string) =>
    ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', SEARCH_TERMS_FILE].includes(path) ||
    /^pagefind\/(index\/.+\.pf_index|pagefind\..+\.pf_meta)$/.test(path) ||
    languages.has(/^pagefind\/wasm\.([\w-]+)\.pagefind$/.exec(path)?.[1] ?? '') ||
    (path.startsWith('_astro/') && path.endsWith('.css'));
  return paths.filter(wanted).sort();
}

/**
 * Writes `sw.js`, the offline worker, at the end of the build: the worker's
 * code with the list of files to keep and a version that is the hash of every
 * built file, so each deploy with any change replaces the readers' caches.
 * Runs after the search index is written, so a new index is a new version.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const paths = entries
          .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .sort();
        const hash = createHash('sha256');
        for (const path of paths) hash.update(path).update(await readFile(join(root, path)));
        const files = offlineFiles(paths);
        const search = searchFiles(paths);
        // Bundled, so the worker can import the page's message names from shared/.
        const { outputFiles } = await build({
          entryPoints: [fileURLToPath(WORKER)],
          bundle: true,
          write: false,
          format: 'iife',
          minify: true,
          define: { VERSION: JSON.stringify(hash.digest('hex').slice(0, 16)), FILES: JSON.stringify(files), SEARCH_FILES: JSON.stringify(search) },
        });
        await writeFile(join(root, 'sw.js'), outputFiles[0]!.text);
        logger.info(`sw.js keeps ${files.length} files for reading offline, and ${search.length} for searching once a page asks`);
      },
    },
  };
}
