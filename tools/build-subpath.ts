// `npm run build:subpath` (part of `npm test`): builds the site under SUBPATH into its own
// directory, which the browser tests' second server then serves. Built here once, not by
// the web server on every Playwright start.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUBPATH, SUBPATH_DIR } from './subpath.ts';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astroBin, 'build'], {
  cwd: fileURLToPath(new URL('../', import.meta.url)),
  env: { ...process.env, BASE_PATH: SUBPATH, OUT_DIR: SUBPATH_DIR, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
