import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (npm test does).');

export const PORT = 4329;
/** The site built under a sub-path, as a deploy with BASE_PATH would be. */
export const SUBPATH_PORT = 4328;
export const SUBPATH = '/edition/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: chromiumArgs() },
    browserName: 'chromium',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: ['**/subpath.spec.ts'] },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      // These set their own widths (notes) or read files, data and tags, not layout
      // (html-validate, open data, metadata): once is enough.
      testIgnore: ['**/notes.spec.ts', '**/html-validate.spec.ts', '**/open-data.spec.ts', '**/metadata.spec.ts', '**/subpath.spec.ts'],
    },
    {
      name: 'subpath',
      testMatch: ['**/subpath.spec.ts'],
      use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${SUBPATH_PORT}` },
    },
  ],
  webServer: [
    {
      // The production build, as deployed: `npm test` builds before this runs.
      command: `node scripts/serve-dist.ts ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Built here, under a sub-path and into its own directory, then served there.
      command: `astro build && node scripts/serve-dist.ts ${SUBPATH_PORT}`,
      env: { BASE_PATH: SUBPATH, OUT_DIR: 'dist-subpath', DIST_DIR: 'dist-subpath', ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
