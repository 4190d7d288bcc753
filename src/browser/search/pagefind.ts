import { pathWithBase } from '../../shared/address.ts';

/** The part of Pagefind's browser API (pagefind.js) this edition calls. */
export interface PagefindResult {
  /** Word positions of the hits in the page's indexed text. */
  words: number[];
}
export interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's script, WebAssembly and metadata once, on first use of
 * search: nothing of it is part of the first view. The URL is built at run time
 * (under the site's base path), so the bundler leaves the import alone.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL(pathWithBase('pagefind/pagefind.js'), location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, or `astro dev` without a built index) may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}
