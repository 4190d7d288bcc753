import { expect, test } from '@playwright/test';
import { SUBPATH } from '../../playwright.config.ts';
import { fragmentId } from '../../src/browser/fragment-id.ts';

// This project runs against a build made with BASE_PATH=/edition/ (see playwright.config.ts).

test('every internal link and fragment on every page resolves under the sub-path', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const pending = [`${origin}${SUBPATH}`];
  const seen = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const fragments: Array<{ from: string; url: URL }> = [];
  while (pending.length > 0) {
    const address = pending.shift()!;
    if (seen.has(address)) continue;
    seen.add(address);
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    await page.goto(address);
    idsByPage.set(address, new Set(await page.$$eval('[id]', (els) => els.map((el) => el.id))));
    const links = await page.$$eval('a[href], link[href]', (els) => els.map((el) => (el as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      expect(url.pathname, `${href} on ${address}`).toMatch(new RegExp(`^${SUBPATH}`));
      if (url.hash) fragments.push({ from: address, url: new URL(url) });
      url.hash = '';
      url.search = '';
      pending.push(url.href);
    }
  }
  expect(seen.size).toBeGreaterThan(8);
  for (const { from, url } of fragments) {
    const target = `${url.origin}${url.pathname}`;
    const id = fragmentId(url.hash);
    expect(idsByPage.get(target)?.has(id), `${url.href} (linked from ${from})`).toBe(true);
  }
});

test('permalinks, search and its highlights work under the sub-path', async ({ page }) => {
  await page.goto(`${SUBPATH}#p12`);
  expect(await page.locator('#p12').evaluate((el) => el.matches(':target'))).toBe(true);
  await page.goto(`${SUBPATH}?q=binoculars`);
  const first = page.locator('#search-results a').first();
  await expect(first).toHaveAttribute('href', '#p10');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH}\\?q=binoculars#p10$`));
  expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size)).toBe(1);
});

test('the exports and the citation tags carry the sub-path in every URL', async ({ page, request }) => {
  await page.goto(SUBPATH);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect(new URL(canonical).pathname).toBe(SUBPATH);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
  const speech = await (await request.get(`${SUBPATH}speech.json`)).json();
  expect(speech.paragraphs[11].url).toBe(`${canonical}#p12`);
  const annotations = await (await request.get(`${SUBPATH}annotations.jsonld`)).json();
  expect(annotations.first.items[0].target.source).toBe(canonical);
  expect(new URL(annotations.id).pathname).toBe(`${SUBPATH}annotations.jsonld`);
});
