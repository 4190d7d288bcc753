import { buildSync } from 'esbuild';
import { brotliSize } from './brotli.ts';

/**
 * What one client module costs on its own: bundled and minified as Astro's
 * build does, then brotli (`external` leaves out what loads later). Astro
 * bundles a page's modules into one script, so the page alone cannot tell them apart.
 * A `?url` import (a stylesheet the module attaches) is its own file, as in Astro's build.
 */
export function moduleBrotli(entry: string, external: string[] = []): { raw: number; brotli: number } {
  const [output] = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', external: [...external, '*?url'] }).outputFiles;
  const code = output?.contents ?? new Uint8Array();
  return { raw: code.length, brotli: brotliSize(code) };
}
