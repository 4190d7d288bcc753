import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST, PAGES, select, watchPageErrors } from '../support/pages.ts';
import { fragmentId } from '../../src/browser/fragment-id.ts';
import { MAX_QUERY_LENGTH } from '../../src/browser/search/query.ts';
import { NOTE_SOURCES, PERMALINK_CLASS } from '../../src/shared/markup.ts';
import { SEARCH_TERMS_FILE } from '../../src/shared/search-terms.ts';

// The edition's security promises, checked in a browser: a strict Content-Security-Policy on
// every page, a reader's whole journey without a violation of it or a request to another origin,
// and addresses (?q= and #fragment) that cannot inject markup or script, or break the page.

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the speech and notes' });
const results = (page: Page) => page.locator('#search-results');
const resultLinks = (page: Page) => results(page).getByRole('link');
const notice = (page: Page) => page.locator('[data-fragment-notice]');

/** Types a query the way a reader does and waits for the list that answers it (the box keeps at most its maxlength). */
async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(results(page)).toHaveAttribute('data-query', await box(page).inputValue());
}

/** A page's Content-Security-Policy from its `<meta http-equiv>`, as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

interface Watch {
  /** Uncaught errors and alert/confirm/prompt dialogs. */
  errors: string[];
  console: string[];
  violations: string[];
  requests: URL[];
}

/**
 * Watches everything a page (and its workers) does from before the first navigation: page
 * errors and dialogs, console errors, CSP violations (reported to the test, so they survive
 * navigations) and every request.
 */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { errors: watchPageErrors(page), console: [], violations: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.console.push(`${message.text()} (${message.location().url})`);
  });
  page.context().on('request', (request) => seen.requests.push(new URL(request.url())));
  await page.exposeBinding('reportViolation', (_source, violation: string) => void seen.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`,
      ),
    );
  });
  return seen;
}

/** Requests that went anywhere but the test server. */
const foreign = (page: Page, requests: URL[]) => {
  const origin = new URL(page.url()).origin;
  return requests.filter((url) => url.origin !== origin).map(String);
};

test.describe('Content-Security-Policy', () => {
  test('every page carries a strict policy in a <meta> that comes before any code', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const metas = page.locator('meta[http-equiv="content-security-policy" i]');
      await expect(metas).toHaveCount(1);
      const policy = parsePolicy((await metas.getAttribute('content')) ?? '');
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      // Only this site's files and, where a page has inline code, its hashes: no inline script,
      // no eval, no WebAssembly (Pagefind compiles it in its worker, which this policy does not
      // govern), no scheme or host wildcards.
      expect(scripts).toContain("'self'");
      for (const source of scripts) expect(source, `script-src ${source}`).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      for (const source of policy.get('style-src') ?? []) expect(source, `style-src ${source}`).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      // A <meta> policy governs only what follows it: nothing that runs or styles may come first.
      const before = await page.$$eval('meta[http-equiv="content-security-policy" i]', ([meta]) =>
        [...document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel~="stylesheet"], link[rel~="modulepreload"]')]
          .filter((el) => meta!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(before, path).toEqual([]);
    }
  });

  test('search works without wasm-unsafe-eval: the page may not compile WebAssembly, Pagefind’s worker does', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/');
    // Under the page's policy WebAssembly cannot be compiled in the page itself…
    const compiled = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])).then(
        () => 'compiled',
        (error: Error) => error.message,
      ),
    );
    expect(compiled).toMatch(/Content Security Policy|unsafe-eval/);
    // …and search finds the words all the same, because Pagefind runs its WebAssembly in a worker.
    await search(page, 'binoculars');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '#p10');
    expect(workers).toContain('/pagefind/pagefind-worker.js');
  });

  test('the headers file for static hosts only adds what a <meta> policy cannot say, and contradicts no page', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'reads files: once is enough');
    const text = await readFile(join(DIST, '_headers'), 'utf8');
    const line = /^\/\*\n(?:\s+.*\n)*?\s+Content-Security-Policy:\s*(.+)$/m.exec(text)?.[1] ?? '';
    const header = parsePolicy(line);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // Both policies are enforced, so a header script-src would have to allow the worker's
    // WebAssembly ('wasm-unsafe-eval') and could only tighten the pages': there is none.
    expect(header.has('script-src')).toBe(false);
    for (const path of PAGES) {
      await page.goto(path);
      const meta = parsePolicy((await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')) ?? '');
      for (const [name, sources] of header) {
        if (['frame-ancestors', 'report-uri', 'sandbox'].includes(name)) continue;
        expect(sources, `${path}: ${name}`).toEqual(meta.get(name));
      }
    }
  });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('a reader’s journey', () => {
  // With the offline worker, as a reader has it: its requests must stay on this origin too.
  test.use({ serviceWorkers: 'allow' });

  test('a reader’s journey breaks no rule of the policy, asks no other origin for anything and raises no error', async ({ page, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const seen = await watch(page);
    const narrow = (page.viewportSize()?.width ?? 0) < 1024;

    // Reading: the whole text, scrolled through to the end and back.
    await page.goto('/');
    await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await frame();
      }
      scrollTo(0, 0);
      await frame();
    });

    // A note: in the margin on a wide screen, as a sheet over the text on a phone.
    if (narrow) {
      await page.goto('/#p6');
      await page.locator('#ref-sunnylands').tap();
      const note = page.locator('aside#sunnylands');
      await expect(note).toBeInViewport();
      await note.getByRole('link', { name: 'Close note' }).tap();
      await expect(note).toBeHidden();
    } else {
      await page.locator('#ref-shen-xiangyang').click();
      await expect(page).toHaveURL(/#shen-xiangyang$/);
      await expect(page.locator(`aside#shen-xiangyang .${NOTE_SOURCES}`)).toBeVisible();
    }

    // Searching: a phrase with Chinese, a word, a result opened, its highlights cleared.
    await search(page, '"community of destiny" 瀛台');
    await search(page, 'binoculars');
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(/\?q=binoculars#p10$/);
    const clear = page.getByRole('button', { name: 'Clear highlights' });
    await clear.click();
    await expect(clear).toBeHidden();

    // Copying the paragraph's link.
    await page.getByRole('button', { name: 'Copy link to paragraph 10' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Link to paragraph 10 copied');
    expect(await clipboard(page)).toMatch(/#p10$/);

    // Citing it: the panel, a format copied, the panel closed.
    await page.getByRole('button', { name: 'Cite paragraph 10' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶10' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Copy Chicago note' }).click();
    await expect(dialog.getByRole('button', { name: 'Copy Chicago note' })).toHaveText('Copied');
    expect(await clipboard(page)).toContain('para. 10');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // A link to a passage: words selected, the link copied and followed.
    await select(page, 'p9', 'suspecting someone of stealing an axe');
    await page.getByRole('button', { name: 'Copy link to this passage' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Link to the passage in paragraph 9 copied');
    const passage = await clipboard(page);
    expect(passage).toMatch(/#p9:~:text=suspecting/);
    await page.goto(passage);
    await expect(page.locator('#p9')).toBeInViewport();

    // The other pages, and a page that does not exist.
    await page.goto('/about/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/notes/');
    await page.getByRole('article', { name: 'Wu Hequan' }).getByRole('link', { name: '¶3' }).click();
    await expect(page.locator('#p3')).toBeInViewport();
    const missing = await page.goto('/no-such-page/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    // The one error a browser logs on its own: the 404 status of the page that does not exist.
    expect(seen.console.filter((m) => !/status of 404 .*\/no-such-page\/\)$/.test(m))).toEqual([]);
    // Everything, including Pagefind's worker, its WebAssembly and its index, came from here.
    expect(seen.requests.map((url) => url.pathname)).toEqual(expect.arrayContaining(['/pagefind/pagefind-worker.js', '/about/', '/notes/']));
    expect(seen.requests.some((url) => url.pathname.endsWith('.pagefind'))).toBe(true);
    expect(foreign(page, seen.requests)).toEqual([]);
  });
});

// Hostile addresses. Each value is written as it stands in the address: escapes stay escapes
// (the browser reads them), and what the URL parser must escape (spaces, <, >, ") it escapes
// itself, as it would for a link someone sends. Values that only test parsing (lone and
// malformed %, control characters, unbalanced quotes, length) are unit tests of the functions
// that read them (tests/unit/address-parsing.test.ts); here are the values that try to inject.
interface Hostile {
  what: string;
  value: string;
  /** Only in one part of the address. */
  only?: 'q' | 'fragment';
}

const HOSTILE: Hostile[] = [
  { what: 'an <img> whose onerror alerts', value: '<img src=x onerror=alert(1)>' },
  { what: 'a break-out of an attribute into a <script>', value: '"><script>alert(2)</script>' },
  { what: 'a javascript: URL', value: 'javascript:alert(3)' },
  { what: 'an <svg onload> that sets a flag', value: "'><svg/onload=window.__x=1>" },
  { what: 'markup closing the excerpt’s <mark>, and a <script> that sets a flag', value: '</mark><b>bold</b><script>window.__x=2</script>' },
  { what: 'a 5,000-character value of words', value: 'respect%20'.repeat(500), only: 'q' },
  // Where a browser has no text fragments, the reader cuts the directive off and moves on.
  { what: 'an escaped text directive after markup', value: '%3Cimg%20src%3Dx%20onerror%3Dwindow.__x%3D3%3E%3A~%3Atext%3Dx', only: 'fragment' },
];

/** What the address gives the page, read as the browser reads it. */
function addressParts(address: string) {
  const url = new URL(address, 'http://127.0.0.1/');
  return { q: url.searchParams.get('q'), fragment: fragmentId(url.hash) };
}

/** What a hostile address must not have done to the page. */
async function expectNothingInjected(page: Page, seen: Watch) {
  expect(seen.errors, 'page errors and dialogs').toEqual([]);
  expect(seen.console, 'console errors').toEqual([]);
  expect(seen.violations, 'CSP violations').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __x?: unknown }).__x), 'a flag set by injected script').toBeUndefined();
  const injected = await page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${el.tagName} ${name}`)),
    scripts: [...document.scripts]
      .filter((s) => s.type !== 'application/ld+json' && !/^\/_astro\//.test(new URL(s.src || 'about:blank', location.href).pathname))
      .map((s) => s.textContent ?? ''),
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => (a as HTMLAnchorElement).protocol === 'javascript:').length,
    markup: document.querySelectorAll(
      ':is(#search-results, [data-search-bar], [data-fragment-notice]) :is(img, svg, script, iframe, object, embed, b), :is([data-search-status], [data-search-where], [data-fragment-notice] p) *',
    ).length,
  }));
  // Inline scripts the build wrote into the page (e.g. the offline worker's registration) are the page's own.
  const built = new Set(selectAll('script:not([src])', fromHtml(await readFile(join(DIST, 'index.html'), 'utf8'))).map((s) => toString(s)));
  expect({ ...injected, scripts: injected.scripts.filter((code) => !built.has(code)) }).toEqual({ handlers: [], scripts: [], javascriptLinks: 0, markup: 0 });
  // Nothing was fetched that the reader does not fetch by itself (an injected <img src=x> would ask for /x);
  // the search fetches its code, its index and the speech's terms list.
  const own = ['/', '/favicon.svg', `/${SEARCH_TERMS_FILE}`];
  const strays = seen.requests.filter((url) => !(own.includes(url.pathname) || /^\/(_astro|pagefind)\//.test(url.pathname)));
  expect(strays.map(String)).toEqual([]);
  expect(foreign(page, seen.requests)).toEqual([]);
}

/**
 * After a hostile address, the reader still follows a paragraph link and, asked to, still finds
 * words. (Each ?q= value has run a search already; a run of values ends with one more search.)
 */
async function expectStillUsable(page: Page, { searching = false } = {}) {
  if (searching) {
    await search(page, 'binoculars');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '#p10');
  }
  await page.locator(`#p3 > a.${PERMALINK_CLASS}`).click();
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator('#p3')).toBeInViewport();
  expect(await page.locator('#p3').evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(notice(page)).toBeHidden();
}

/** The search a ?q= value starts ran, and shows the value as the text it is. */
async function expectQueryShownAsText(page: Page, q: string) {
  // The box takes at most MAX_QUERY_LENGTH characters; the list says which query it answers.
  await expect(box(page)).toHaveValue(q.slice(0, MAX_QUERY_LENGTH));
  await expect(results(page)).toHaveAttribute('data-query', q.slice(0, MAX_QUERY_LENGTH));
  // Typed in, next to a word the speech has, it is still only text.
  await search(page, `respect ${q}`);
}

/** The notice for a fragment that names nothing, quoting it as text (cut at 40 characters). */
async function expectFragmentShownAsText(page: Page, fragment: string) {
  await expect(notice(page)).toBeVisible();
  const shown = fragment.length > 40 ? `${fragment.slice(0, 40)}…` : fragment;
  expect(await notice(page).locator('p').textContent()).toContain(`“#${shown}”`);
}

// One page watches a whole run of hostile addresses: anything injected by one shows at the end.
test.describe('hostile addresses', () => {
  test('hostile ?q= values are shown as text, run nothing and leave the page usable', async ({ page }) => {
    test.slow();
    const seen = await watch(page);
    const values = HOSTILE.filter((h) => h.only !== 'fragment');
    for (const [i, { value }] of values.entries()) {
      const address = `/?q=${value}`;
      await page.goto(address);
      await expectQueryShownAsText(page, addressParts(address).q ?? '');
      await expectStillUsable(page, { searching: i === values.length - 1 });
    }
    await expectNothingInjected(page, seen);
  });

  test('hostile #fragment values are shown as text, run nothing and leave the page usable', async ({ page }) => {
    test.slow();
    const seen = await watch(page);
    const values = HOSTILE.filter((h) => h.only !== 'q');
    for (const [i, { value }] of values.entries()) {
      const address = `/#${value}`;
      await page.goto(address);
      const { fragment } = addressParts(address);
      await expectFragmentShownAsText(page, fragment.includes(':~:') ? fragment.slice(0, fragment.indexOf(':~:')) : fragment);
      await expectStillUsable(page, { searching: i === values.length - 1 });
    }
    await expectNothingInjected(page, seen);
  });

  test.describe('hostile ?q= and #fragment together', () => {
    test('markup and malformed escapes in both are shown as text, run nothing and leave the page usable', async ({ page }) => {
      test.slow();
      const seen = await watch(page);
      for (const address of ['/?q=<img src=x onerror=alert(1)>#"><script>alert(2)</script>', '/?q=%E0%A4%A%#%E0%A4%A%']) {
        await page.goto(address);
        const { q, fragment } = addressParts(address);
        await expectFragmentShownAsText(page, fragment);
        await expectQueryShownAsText(page, q ?? '');
        await expectStillUsable(page);
      }
      await expectNothingInjected(page, seen);
    });

    test('an unbalanced quote with a real paragraph opens it and highlights what it can', async ({ page }) => {
      const seen = await watch(page);
      await page.goto('/?q="community of destiny#p7');
      await expect(results(page)).toHaveAttribute('data-query', '"community of destiny');
      await expect(page.locator('#p7')).toBeInViewport();
      expect(await page.locator('#p7').evaluate((el) => el.matches(':target'))).toBe(true);
      await expect(notice(page)).toBeHidden();
      await expectStillUsable(page);
      await expectNothingInjected(page, seen);
    });
  });
});
