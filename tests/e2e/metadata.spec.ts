import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, PAGES } from './support.ts';

/** All values of each `<meta name>` whose name starts with `prefix`, as a reference manager collects them. */
function metaTags(page: Page, prefix: string): Promise<Record<string, string[]>> {
  return page.$$eval(
    'meta[name], meta[property]',
    (metas, prefix) =>
      metas.reduce<Record<string, string[]>>((tags, meta) => {
        const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
        if (name.startsWith(prefix)) (tags[name] ??= []).push(meta.getAttribute('content') ?? '');
        return tags;
      }, {}),
    prefix,
  );
}

test('the reader carries Highwire citation tags a reference manager turns into a full record', async ({ page }) => {
  await page.goto('/');
  const tags = await metaTags(page, 'citation_');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  // One title, authors as "Family, Given", the date; no conference title (Zotero would save a
  // conference paper: what Zotero saves is tests/e2e/zotero.spec.ts).
  expect(tags.citation_title).toEqual(['Mutual Trust through Communication, Cooperation through Win-Win']);
  const [family, given] = (tags.citation_author?.[0] ?? '').split(', ');
  expect({ family, given }).toEqual({ family: 'Lu', given: 'Wei' });
  expect(tags.citation_publication_date).toEqual(['2014/12/02']);
  expect(tags.citation_conference_title).toBeUndefined();
  expect(tags.citation_publisher).toBeUndefined();
  // URL and language: Zotero takes them from the canonical link and <html lang> (tests/e2e/zotero.spec.ts).
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(canonical).toBeTruthy();
});

for (const path of PAGES.filter((p) => p !== '/no-such-page/')) {
  test(`${path} has its own Open Graph title, description and URL`, async ({ page }) => {
    await page.goto(path);
    const og = await metaTags(page, 'og:');
    expect(og['og:title']).toEqual([await page.title()]);
    expect(og['og:description']?.[0]?.length).toBeGreaterThan(40);
    expect(og['og:url']).toEqual([await page.locator('link[rel="canonical"]').getAttribute('href')]);
    expect(og['og:site_name']).toHaveLength(1);
  });
}

test('the reader describes the speech in JSON-LD', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data).toMatchObject({ '@type': 'CreativeWork', name: 'Mutual Trust through Communication, Cooperation through Win-Win', dateCreated: '2014-12-02' });
  expect(data.author).toMatchObject({ name: 'Lu Wei' });
});

test('a sitemap lists every page under the site URL, and robots.txt points to it', async ({ request, page }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemapUrl).pathname).toBe('/sitemap-index.xml');
  const index = await (await request.get('/sitemap-index.xml')).text();
  const child = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const sitemap = await (await request.get(new URL(child).pathname)).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(pages).toEqual(['/', '/about/', '/notes/']);
  await page.goto('/');
  await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
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
