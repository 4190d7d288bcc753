import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';
import { measureFirstView } from './bench/lib/first-view.ts';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const v = await measureFirstView(page, 'http://127.0.0.1:4353/', './dist');
console.log(v.totalBrotli, v.textFloor, v.ratio.toFixed(3), v.resources.map(r => `${r.url.replace('http://127.0.0.1:4353','')} ${r.brotliBytes}`));
await browser.close();
