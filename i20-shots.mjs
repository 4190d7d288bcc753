import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:4411/';
const out = '/work/shots/issue-20';
for (const scheme of ['light', 'dark']) {
  for (const [w, h] of [[1440, 900], [1024, 768], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: w < 500 ? 2 : 1 });
    await page.goto(base);
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill('trust');
    await page.locator('#search-results[data-query="trust"]').waitFor();
    await page.locator('[data-search-map]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/map-${w}-${scheme}.png` });
    await page.close();
  }
}
// Typo line
{
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(base + '?q=soverignty');
  await page.locator('#search-results[data-query="soverignty"]').waitFor();
  await page.screenshot({ path: `${out}/typo-1024-light.png` });
  await page.close();
}
// Stepping on a phone
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.goto(base);
  const box = page.getByRole('searchbox');
  await box.fill('trust');
  await page.locator('#search-results[data-query="trust"]').waitFor();
  await page.locator('#search-results a[href="#p9"]').click();
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/steps-390-${scheme}.png` });
  await page.close();
}
await browser.close();
