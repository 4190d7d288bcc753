// Finds a Chromium binary for Playwright. Playwright's own download cannot run
// here, so the tests drive Debian's package (or any binary named in CHROMIUM_PATH).
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightCacheBinaries() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(cache)
      .filter((name) => name.startsWith('chromium'))
      .sort()
      .reverse()
      .flatMap((name) => [join(cache, name, 'chrome-linux64', 'chrome'), join(cache, name, 'chrome-linux', 'chrome')]);
  } catch {
    return [];
  }
}

/** Candidate paths, most explicit first. */
export function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...playwrightCacheBinaries()].filter(
    (path) => typeof path === 'string' && path.length > 0,
  );
}

/** The first executable candidate, or undefined. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && !isExecutable(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not an executable file.`);
  }
  return chromiumCandidates().find(isExecutable);
}

/** Flags for a headless run on a closed network, and as root in CI. */
export function chromiumArgs() {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
