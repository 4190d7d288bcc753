import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4337';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const only = process.argv[2];
for (const scheme of ['light', 'dark']) for (const width of (process.env.W ? [Number(process.env.W)] : [1440, 390])) {
  const ctx = await b.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, colorScheme: scheme, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 });
  const p = await ctx.newPage();
  const tag = `${width}-${scheme}`;
  const states = {
    async cite12() { await p.goto(`${base}/#p12`); await p.getByRole('button', { name: 'Cite paragraph 12' }).click(); await p.getByRole('dialog').waitFor(); await p.waitForTimeout(200); },
    async citeRange() { await p.goto(`${base}/#p5-p7`); await p.waitForTimeout(300); await p.getByRole('button', { name: 'Cite paragraph 5' }).focus(); await p.keyboard.press('Enter'); await p.getByRole('dialog').waitFor(); await p.waitForTimeout(200); },
    async aboutCite() { await p.goto(`${base}/about/#cite`); await p.waitForTimeout(200); },
    async notesSources() { await p.goto(`${base}/notes/#entry-catherine-novelli`); await p.waitForTimeout(200); },
    async readerNote() { await p.goto(`${base}/`); await p.waitForTimeout(300); await p.locator('a.note-ref[href="#catherine-novelli"]').click(); await p.waitForTimeout(400); if (width > 500) await p.locator('#catherine-novelli .note-sources').scrollIntoViewIfNeeded(); },
  };
  for (const [name, go] of Object.entries(states)) {
    if (only && !name.startsWith(only)) continue;
    await p.goto('about:blank');
    await go();
    await p.screenshot({ path: `/work/shots-14b/${name}-${tag}.png` });
  }
  await ctx.close();
}
await b.close();
