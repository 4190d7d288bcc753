import { describe, expect, it } from 'vitest';
import { offlineFiles, searchFiles } from '../../integrations/service-worker.ts';

describe('offline worker', () => {
  it('keeps every page and the code pages run, never the search index or data files', () => {
    const built = ['index.html', 'about/index.html', 'notes/index.html', '404.html', '_astro/index.abc.js', '_astro/controller.def.js', 'favicon.svg', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'speech.json', 'search-terms.json', 'sitemap-0.xml', '_headers'];
    expect(offlineFiles(built)).toEqual(['', '404.html', '_astro/controller.def.js', '_astro/index.abc.js', 'about/', 'favicon.svg', 'notes/']);
  });
  it('keeps for searching offline what a first search loads, not the fragments, Pagefind’s own UIs or another language’s WebAssembly', () => {
    const built = ['index.html', '_astro/controller.def.js', '_astro/search-map.ab.css', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_47.pf_meta', 'pagefind/index/en_5f.pf_index', 'pagefind/fragment/en_89.pf_fragment', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-highlight.js', 'search-terms.json', 'speech.json'];
    expect(searchFiles(built)).toEqual(['_astro/search-map.ab.css', 'pagefind/index/en_5f.pf_index', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', 'pagefind/pagefind.en_47.pf_meta', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'search-terms.json']);
  });
});
