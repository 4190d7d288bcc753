import { describe, expect, it } from 'vitest';
import { offlineFiles } from '../../integrations/service-worker.ts';

describe('offline worker', () => {
  it('keeps every page and the code pages run, never the search index or data files', () => {
    const built = ['index.html', 'about/index.html', 'notes/index.html', '404.html', '_astro/index.abc.js', '_astro/controller.def.js', 'favicon.svg', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'speech.json', 'sitemap-0.xml', '_headers'];
    expect(offlineFiles(built)).toEqual(['', '404.html', '_astro/controller.def.js', '_astro/index.abc.js', 'about/', 'favicon.svg', 'notes/']);
  });
});
