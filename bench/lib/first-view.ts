import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { brotliSize } from './brotli.ts';

export interface Resource {
  url: string;
  type: string;
  rawBytes: number;
  brotliBytes: number;
}

export interface FirstView {
  resources: Resource[];
  /** Requests that left the page's origin (there should be none). */
  foreignRequests: string[];
  totalBrotli: number;
  scriptBrotli: number;
  /** Brotli size of the text a reader sees: the floor no page can go under. */
  textFloor: number;
  ratio: number;
}

/** The built file a same-origin URL is served from. */
function distFile(dist: string, url: URL, base: string): string {
  let path = decodeURIComponent(url.pathname);
  if (path.startsWith(base)) path = path.slice(base.length - 1);
  if (path.endsWith('/')) path += 'index.html';
  return join(dist, path);
}

/**
 * Loads `path` once and weighs everything it fetched, using the built files
 * compressed with brotli (bytes, not time: the same build gives the same figures).
 */
export async function measureFirstView(page: Page, path: string, dist: string, base = '/'): Promise<FirstView> {
  const requested: Array<{ url: string; type: string }> = [];
  page.on('request', (request) => requested.push({ url: request.url(), type: request.resourceType() }));
  await page.goto(path, { waitUntil: 'networkidle' });
  const origin = new URL(page.url()).origin;
  const foreignRequests = requested.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin).map((r) => r.url);

  const resources: Resource[] = [];
  for (const { url, type } of requested) {
    if (url.startsWith('data:') || new URL(url).origin !== origin) continue;
    const bytes = await readFile(distFile(dist, new URL(url), base));
    resources.push({ url, type, rawBytes: bytes.length, brotliBytes: brotliSize(bytes) });
  }
  // Notes are content even while closed (collapsed in the margin, hidden on phones): their whole
  // text counts in the floor, once. The page's own rendering of them (a title line, or nothing
  // while the script has not yet placed them) is left out, so the floor does not depend on when
  // the measurement caught the script.
  const visibleText = await page.evaluate(() => {
    const notes = [...document.querySelectorAll<HTMLElement>('aside.note')];
    const shown = notes.map((note) => note.style.getPropertyValue('display'));
    for (const note of notes) note.style.setProperty('display', 'none', 'important');
    const text = document.body.innerText;
    notes.forEach((note, i) => note.style.setProperty('display', shown[i]!));
    return [text, ...notes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' '))].join('\n');
  });
  const textFloor = brotliSize(visibleText);
  const totalBrotli = resources.reduce((sum, r) => sum + r.brotliBytes, 0);
  // Inline module scripts travel inside the HTML; count them as JavaScript too.
  const inlineScripts = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (s) => s.map((el) => el.textContent ?? ''));
  const scriptBrotli =
    resources.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.brotliBytes, 0) +
    inlineScripts.reduce((sum, code) => sum + brotliSize(code), 0);
  return { resources, foreignRequests, totalBrotli, scriptBrotli, textFloor, ratio: totalBrotli / textFloor };
}
