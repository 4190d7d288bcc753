import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST } from '../support/pages.ts';

// Everything here is in the built markup: read from dist/ as a crawler or a reference manager
// reads it, without a browser.

/** The built page at `path` (as served: `/about/` is about/index.html), parsed. */
async function built(path: string): Promise<Root> {
  return fromHtml(await readFile(join(DIST, path, 'index.html'), 'utf8'));
}

/** All values of each `<meta name>` or `<meta property>` whose name starts with `prefix`, as a reference manager collects them. */
function metaTags(tree: Root, prefix: string): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const meta of selectAll('meta[name], meta[property]', tree)) {
    const name = String(meta.properties.name ?? meta.properties.property ?? '');
    if (name.startsWith(prefix)) (tags[name] ??= []).push(String(meta.properties.content ?? ''));
  }
  return tags;
}

const canonicalOf = (tree: Root) => String(select('link[rel="canonical"]', tree)?.properties.href ?? '');

test('the reader carries Highwire citation tags a reference manager turns into a full record, and JSON-LD', async () => {
  const tree = await built('');
  const tags = metaTags(tree, 'citation_');
  // One title, authors as "Family, Given", the date; no conference title (Zotero would save a
  // conference paper: what Zotero saves is tests/e2e/zotero.spec.ts).
  expect(tags.citation_title).toEqual(['Mutual Trust through Communication, Cooperation through Win-Win']);
  const [family, given] = (tags.citation_author?.[0] ?? '').split(', ');
  expect({ family, given }).toEqual({ family: 'Lu', given: 'Wei' });
  expect(tags.citation_publication_date).toEqual(['2014/12/02']);
  expect(tags.citation_conference_title).toBeUndefined();
  expect(tags.citation_publisher).toBeUndefined();
  // URL and language: Zotero takes them from the canonical link and <html lang> (tests/e2e/zotero.spec.ts).
  expect(select('html', tree)?.properties.lang).toBe('en');
  expect(canonicalOf(tree)).toMatch(/^https?:\/\/.+\/$/);

  const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
  expect(data).toMatchObject({ '@type': 'CreativeWork', name: 'Mutual Trust through Communication, Cooperation through Win-Win', dateCreated: '2014-12-02' });
  expect(data.author).toMatchObject({ name: 'Lu Wei' });
});

test('every page has its own Open Graph title, description and URL', async () => {
  for (const path of ['', 'about/', 'notes/']) {
    const tree = await built(path);
    const og = metaTags(tree, 'og:');
    expect(og['og:title'], path).toEqual([toString(select('title', tree)!)]);
    expect(og['og:description']?.[0]?.length, path).toBeGreaterThan(40);
    expect(og['og:url'], path).toEqual([canonicalOf(tree)]);
    expect(og['og:site_name'], path).toHaveLength(1);
  }
});

test('a sitemap lists every page under the site URL, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemapUrl).pathname).toBe('/sitemap-index.xml');
  const index = await (await request.get('/sitemap-index.xml')).text();
  const child = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const sitemap = await (await request.get(new URL(child).pathname)).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(pages).toEqual(['/', '/about/', '/notes/']);
  expect(select('link[rel="sitemap"]', await built(''))?.properties.href).toBe('/sitemap-index.xml');
});

test('the headers file for static hosts names the security headers for every path', async () => {
  const text = await readFile(join(DIST, '_headers'), 'utf8');
  // Netlify/Cloudflare format: a path line, then indented "Name: value" lines.
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) rules.set(line.trim(), (current = new Map()));
    else if (/^\s+\S/.test(line) && current) {
      const [name, ...value] = line.trim().split(':');
      current.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  const all = rules.get('/*');
  expect(all?.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(all?.get('x-content-type-options')).toBe('nosniff');
  expect(all?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(all?.get('permissions-policy')).toContain('camera=()');
});
