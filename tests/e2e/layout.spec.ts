import { expect, test, type Page } from '@playwright/test';

// What a reader sees of the page's frame, measured as geometry: where the speech starts on the
// first screen, how long its lines run, where the contents and the header sit. The width matrix
// is explicit, so the phone project leaves this file to the desktop one.

const SCREENS = [
  { name: 'laptop', width: 1440, height: 900, textBy: 0.5 },
  { name: 'tablet', width: 1024, height: 768, textBy: 0.5 },
  { name: 'phone', width: 390, height: 844, textBy: 0.6 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The top of a block against the screen, as a fraction of the screen's height. */
const topOf = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top / innerHeight);

/**
 * Characters a line in a block: the block's words laid out, grouped by the line their box sits on;
 * full lines only (the last is short by nature). Editorial marks (¶ number, tools) are left out.
 */
const charsPerLine = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((block) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('[data-editorial], .note') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const line = Math.round(rect.top);
        lines.set(line, (lines.get(line) ?? 0) + 1);
      }
    }
    const counts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    const full = counts.slice(0, -1);
    return full.reduce((a, b) => a + b, 0) / full.length;
  });

for (const screen of SCREENS) {
  for (const scheme of SCHEMES) {
    test.describe(`${screen.name} ${screen.width}x${screen.height}, ${scheme}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height }, colorScheme: scheme });

      test('the speech starts on the first screen, with search one step away', async ({ page }) => {
        await page.goto('/');
        const p1 = await topOf(page, 'p1');
        const p5 = await topOf(page, 'p5');
        test.info().annotations.push({ type: 'first screen', description: `¶1 at ${(p1 * 100).toFixed(0)}%, ¶5 at ${(p5 * 100).toFixed(0)}% of the height` });
        expect(p1, '¶1 starts high on the first screen').toBeLessThan(screen.textBy);
        if (screen.width >= 1440) expect(p5, '¶5 starts on the first screen').toBeLessThan(1);
        // Search: the field itself in view, or a control named Search that opens it.
        const field = page.getByRole('searchbox', { name: /search/i });
        const opener = page.getByRole('button', { name: /^search$/i });
        const inView = async (l: typeof field) =>
          (await l.count()) > 0 && (await l.first().isVisible()) && (await l.first().evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight));
        expect((await inView(field)) || (await inView(opener)), 'the search field, or a Search button, is on the first screen').toBe(true);
      });
    });
  }
}

test.describe('nothing moves once shown', () => {
  // Lighthouse's two screens: a 412 px phone (where a re-wrapped paragraph once moved) and 1350 px.
  for (const [width, height, mobile] of [[412, 823, true], [1350, 940, false]] as const) {
    test.describe(`${width} px`, () => {
      test.use({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
      test('the reader loads without a layout shift', async ({ page }) => {
        await page.addInitScript(() => {
          (window as unknown as { shifts: number }).shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto('/');
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      });
    });
  }
});

test.describe('the measure', () => {
  for (const width of [1440, 1024]) {
    test(`speech lines run 60-75 characters at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      for (const id of ['p9', 'p12']) {
        const chars = await charsPerLine(page, id);
        test.info().annotations.push({ type: `${id} at ${width}`, description: `${chars.toFixed(1)} characters a line` });
        expect(chars).toBeGreaterThanOrEqual(60);
        expect(chars).toBeLessThanOrEqual(75);
      }
    });
  }

  test('phone text is at least 17 px with leading 1.45-1.6', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const { size, leading } = await page.locator('#p9').evaluate((el) => {
      const style = getComputedStyle(el);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    expect(size).toBeGreaterThanOrEqual(17);
    expect(leading).toBeGreaterThanOrEqual(1.45);
    expect(leading).toBeLessThanOrEqual(1.6);
  });
});

test.describe('contents', () => {
  test('at 1440 px the contents sit in a rail beside the text, stay in view and mark the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    const rail = page.getByRole('navigation', { name: 'Contents' });
    await expect(rail).toBeVisible();
    const text = await page.locator('#p9').boundingBox();
    const box = await rail.boundingBox();
    expect(box && text && (box.x + box.width <= text.x || box.x >= text.x + text.width), 'the rail is beside the text, not above it').toBe(true);
    await page.locator('#p12').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(rail).toBeInViewport();
    // The entry being read is marked (one, for screen readers too), and so is the section it is in.
    const current = rail.locator('a[aria-current="location"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', /^#(standpoints|p1[1-5])$/);
    const section = rail.getByRole('link', { name: 'Five standpoints' });
    expect(Number(await section.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    // Each entry links its section.
    await rail.getByRole('link', { name: 'Closing' }).click();
    await expect(page).toHaveURL(/#closing$/);
    await expect(page.locator('#closing')).toBeInViewport();
  });

  test('on a phone the contents are a closed disclosure near the top', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const summary = page.locator('summary', { hasText: 'Contents' });
    await expect(summary).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Closing' })).toBeHidden();
    await summary.click();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Closing' })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the contents are a list of links to the sections', async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto('/');
      const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(6);
      await expect(links.first()).toBeVisible();
    });
  });
});

test.describe('every page', () => {
  test('the header and the text start at the same place on every page, and /notes/ and /about/ keep a rail beside the text', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const heads: string[] = [];
    const textLeft: number[] = [];
    for (const [path, text, rail] of [
      ['/', '#p9', 'Contents'],
      ['/notes/', 'h1', 'Index of notes'],
      ['/about/', 'h1', 'On this page'],
    ] as const) {
      await page.goto(path);
      const head = await page.locator('.site-head').boundingBox();
      heads.push(`${head?.x},${head?.y},${head?.width}`);
      textLeft.push(Math.round((await page.locator(text).first().boundingBox())!.x));
      const nav = page.getByRole('navigation', { name: rail });
      await expect(nav, `${path} has a rail`).toBeVisible();
      const box = (await nav.boundingBox())!;
      expect(box.x + box.width, `${path}: the rail is left of the text`).toBeLessThanOrEqual(textLeft.at(-1)!);
      // It stays in view as the page scrolls.
      await page.mouse.wheel(0, 3000);
      await expect(nav.getByRole('link').first()).toBeInViewport();
    }
    expect(new Set(heads).size, heads.join(' / ')).toBe(1);
    expect(new Set(textLeft).size, `text starts at ${textLeft.join(' / ')}`).toBe(1);
  });
});

test.describe('a linked paragraph', () => {
  for (const scheme of SCHEMES) {
    test(`is marked by a rule in the margin and at most a faint tint (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/#p7');
      const { tint, text } = await page.locator('#p7').evaluate((el) => {
        // Contrast of two colours as WCAG computes it; the computed colours are rgb()/rgba().
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) =>
          [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a: number[], b: number[]) => {
          const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
          return (x + 0.05) / (y + 0.05);
        };
        const page = rgb(getComputedStyle(document.body).backgroundColor);
        const own = rgb(getComputedStyle(el).backgroundColor);
        const ground = own.length === 4 && own[3] === 0 ? page : own.slice(0, 3);
        return { tint: ratio(ground, page), text: ratio(rgb(getComputedStyle(el).color), ground) };
      });
      expect(tint, 'the tint is faint').toBeLessThan(1.1);
      expect(text, 'the text stays legible').toBeGreaterThanOrEqual(7);
      // The rule: something drawn in the margin left of the text, in the editorial colour.
      const rule = await page.locator('#p7').evaluate((el) => {
        const before = getComputedStyle(el, '::before');
        return before.content !== 'none' || getComputedStyle(el).boxShadow !== 'none' || getComputedStyle(el).borderLeftStyle !== 'none';
      });
      expect(rule).toBe(true);
    });
  }
});
