// Every URL the built pages carry, read from the files in dist/ (no server, no browser):
// internal links and resources must name a file that exists, fragments an id on their page,
// and other origins may appear only as <a href> (a link the reader chooses to follow, never a
// request the page makes by itself). tests/e2e/subpath.spec.ts crawls the sub-path build
// through the browser; this reads the root build's files.
//
// Written with the project's hast tools rather than a link checker: linkinator 8 checks
// fragments, but over HTTP from a server of its own, crawling from the root (so unlinked
// pages such as 404.html go unchecked), and knows neither the site's absolute URLs (SITE_URL,
// in canonical and citation tags) nor which element an outside URL sits in; check-html-links
// reads files but takes `/about` (a directory) for a missing file and does not percent-decode
// fragments.
// The root build only: under BASE_PATH every internal path starts with the sub-path.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { siteUrl } from '../../src/build/deploy-config.ts';
import { DIST as dist } from '../support/pages.ts';

/** Where each element carries URLs (hast property names). */
const URL_PROPERTIES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  button: ['formAction'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};
/** <meta> whose content is a URL: Open Graph, Twitter and Highwire Press (citation_*) tags. */
const URL_META = /^(og:(url|image|image:url|image:secure_url|video|audio)|twitter:image|citation_\w*_url)$/;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

interface Reference {
  /** The page it is on, relative to dist/. */
  page: string;
  /** Where it sits, e.g. `a[href]`, `link[rel=canonical][href]`, `style`. */
  where: string;
  /** As written in the page. */
  value: string;
  /** Resolved against the page's address (or its <base>); undefined when it does not parse. */
  url: URL | undefined;
}

interface Site {
  files: Set<string>;
  /** Every HTML page (path relative to dist/) with the ids a fragment can name. */
  ids: Map<string, Set<string>>;
  references: Reference[];
}

const origin = new URL(siteUrl(process.env)).origin;

/** The address a page is served at: `about/index.html` is `/about/`. */
function pageUrl(file: string): URL {
  return new URL(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
}

function describe(node: Element, property: string): string {
  const rel = node.tagName === 'link' && Array.isArray(node.properties.rel) ? `[rel=${node.properties.rel.join(' ')}]` : '';
  return `${node.tagName}${rel}[${property.toLowerCase()}]`;
}

/** The URLs an element carries, with the attribute each comes from. */
function urlsOf(node: Element): Array<[where: string, value: string]> {
  const found: Array<[string, string]> = [];
  for (const property of URL_PROPERTIES[node.tagName] ?? []) {
    const value = node.properties[property];
    if (property === 'srcSet' && Array.isArray(value)) {
      for (const candidate of value) found.push([describe(node, 'srcset'), String(candidate).trim().split(/\s+/)[0]!]);
    } else if (typeof value === 'string') found.push([describe(node, property), value]);
  }
  if (node.tagName === 'meta' && typeof node.properties.content === 'string') {
    const name = String(node.properties.property ?? node.properties.name ?? '');
    const refresh = String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh' && /url\s*=\s*['"]?([^'"]+)/i.exec(node.properties.content);
    if (refresh) found.push(['meta[http-equiv=refresh]', refresh[1]!.trim()]);
    else if (URL_META.test(name)) found.push([`meta[${name}]`, node.properties.content]);
  }
  const css = node.tagName === 'style' ? toString(node) : typeof node.properties.style === 'string' ? node.properties.style : '';
  for (const match of css.matchAll(CSS_URL)) found.push([node.tagName === 'style' ? 'style' : `${node.tagName}[style]`, (match[2] ?? match[4])!]);
  return found;
}

let loaded: Promise<Site> | undefined;

/** Reads and parses every page in dist/ once per worker. */
function loadSite(): Promise<Site> {
  loaded ??= (async () => {
    const entries = await readdir(dist, { withFileTypes: true, recursive: true });
    const files = new Set(entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/')));
    const ids = new Map<string, Set<string>>();
    const references: Reference[] = [];
    for (const page of [...files].filter((f) => f.endsWith('.html')).sort()) {
      const tree: Root = fromHtml(await readFile(join(dist, page), 'utf8'));
      const pageIds = new Set<string>();
      const baseHref = select('base[href]', tree)?.properties.href;
      const base = new URL(typeof baseHref === 'string' ? baseHref : '', pageUrl(page));
      visit(tree, 'element', (node) => {
        if (typeof node.properties.id === 'string') pageIds.add(node.properties.id);
        if (node.tagName === 'a' && typeof node.properties.name === 'string') pageIds.add(node.properties.name);
        for (const [where, value] of urlsOf(node)) references.push({ page, where, value, url: URL.parse(value, base) ?? undefined });
      });
      ids.set(page, pageIds);
    }
    return { files, ids, references };
  })();
  return loaded;
}

/** Percent-decoded, or as it is when it does not decode. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The file an internal URL names: a directory means its index.html, as a static host serves it. */
function targetFile(url: URL, files: Set<string>): string | undefined {
  const path = decoded(url.pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** The id a fragment names (percent-decoded, without a text directive), or undefined for the top of the page. */
function fragmentId(url: URL): string | undefined {
  const fragment = url.hash.slice(1).split(':~:')[0]!;
  return fragment === '' || fragment.toLowerCase() === 'top' ? undefined : decoded(fragment);
}

test.describe('links in the built pages', () => {
  test('every internal link names a file in dist/, and every fragment an id on its page', async () => {
    const { files, ids, references } = await loadSite();
    expect(ids.size, 'HTML pages in dist/').toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    let internal = 0;
    let fragments = 0;
    for (const { page, where, value, url } of references) {
      if (!url) {
        problems.push(`${page}: ${where}="${value}" is not a URL`);
        continue;
      }
      if (url.origin !== origin) continue;
      internal++;
      // The 404 page is served at whatever address was asked for: a relative URL there resolves anywhere.
      if (page === '404.html' && !/^(\/|#|[a-z][a-z0-9+.-]*:)/i.test(value)) problems.push(`${page}: ${where}="${value}" is relative, but this page is served at any path`);
      const target = targetFile(url, files);
      if (!target) {
        problems.push(`${page}: ${where}="${value}" → no file ${decoded(url.pathname)} (nor its index.html) in dist/`);
        continue;
      }
      const id = fragmentId(url);
      if (id === undefined) continue;
      fragments++;
      const targetIds = ids.get(target);
      if (!targetIds) problems.push(`${page}: ${where}="${value}" → #${id} points into ${target}, which is not an HTML page`);
      else if (!targetIds.has(id)) problems.push(`${page}: ${where}="${value}" → no element with id "${id}" in ${target}`);
    }
    console.log(`links: ${internal} internal URLs checked on ${ids.size} pages, ${fragments} of them with a fragment`);
    expect(internal).toBeGreaterThan(100);
    expect(fragments).toBeGreaterThan(50);
    // One line per broken link and page, however often the page repeats it.
    const times = new Map<string, number>();
    for (const problem of problems) times.set(problem, (times.get(problem) ?? 0) + 1);
    const counted = [...times].map(([problem, n]) => (n > 1 ? `${problem} (×${n})` : problem));
    expect(counted, 'broken internal links (page: link → what is missing)').toEqual([]);
  });

  test('other origins appear only as <a href>: the pages request nothing from elsewhere', async ({}, testInfo) => {
    const { references } = await loadSite();
    const external = references.flatMap(({ url, ...rest }) => (url && /^https?:$/.test(url.protocol) && url.origin !== origin ? [{ ...rest, url }] : []));
    const requests = external.filter(({ where }) => where !== 'a[href]').map(({ page, where, value }) => `${page}: ${where}="${value}"`);
    const links = new Map<string, Set<string>>();
    for (const { page, url } of external) links.set(url.href, (links.get(url.href) ?? new Set()).add(page));
    const listing = [...links].sort(([a], [b]) => a.localeCompare(b)).map(([href, pages]) => `${href}  (${[...pages].join(', ')})`);
    const list = testInfo.outputPath('external-links.txt');
    await writeFile(list, `${listing.join('\n')}\n`);
    await testInfo.attach('external-links.txt', { path: list, contentType: 'text/plain' });
    const hosts = new Set([...links.keys()].map((href) => new URL(href).host)).size;
    console.log(`links: ${links.size} distinct URLs on ${hosts} other hosts, ${requests.length} outside <a href>; listed in ${relative(process.cwd(), list)}`);
    expect(requests, 'URLs of other origins outside <a href> (page: element[attribute]="URL")').toEqual([]);
  });
});
