import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/chromium.mjs';
import { SUBPATH, SUBPATH_DIR } from './tools/subpath.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tools/ensure-chromium.mjs` (npm test does).');

// Ports and the sub-path build's directory can be moved (TEST_PORT, TEST_SUBPATH_PORT,
// TEST_SUBPATH_DIR) so two test runs, or a test run beside the bench, don't collide.
export const PORT = Number(process.env.TEST_PORT ?? 4329);
/** The site built under a sub-path, as a deploy with BASE_PATH would be. */
export const SUBPATH_PORT = Number(process.env.TEST_SUBPATH_PORT ?? 4328);
export { SUBPATH };

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
    // Each test opens a fresh browser, where the offline worker would install and fetch the
    // site's pages again behind the test's back. offline.spec.ts and the security journey allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: ['**/subpath.spec.ts'] },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      // Only what a phone does differently: touch, the sheet, the narrow layout. Specs that set
      // their own widths, read files or tags, or parse addresses run once, in the desktop project.
      testMatch: ['**/permalinks.spec.ts', '**/cite.spec.ts', '**/passage-link.spec.ts', '**/budget.spec.ts'],
    },
    {
      name: 'subpath',
      testMatch: ['**/subpath.spec.ts'],
      use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${SUBPATH_PORT}` },
    },
  ],
  webServer: [
    {
      // The production build, as deployed: `npm test` builds before this runs. DIST_DIR, if set, serves another build.
      command: `node tools/serve-dist.ts ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The site built under a sub-path into its own directory (`npm run build:subpath`, part of `npm test`).
      command: `node tools/serve-dist.ts ${SUBPATH_PORT}`,
      env: { BASE_PATH: SUBPATH, DIST_DIR: SUBPATH_DIR },
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
