// Makes sure a Chromium is available before the browser tests: uses one that
// exists, installs Debian's package when it can (root with apt-get), and
// otherwise stops with instructions instead of letting tests skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function report(path) {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`Chromium for browser tests: ${path} (${version})`);
}

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found; installing Debian’s chromium package (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    path = findChromium();
  }
}
if (!path) {
  console.error(
    [
      'No Chromium found for the browser tests, and it could not be installed automatically.',
      'Install one, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  elsewhere:      set CHROMIUM_PATH=/path/to/chromium (or chrome)',
    ].join('\n'),
  );
  process.exit(1);
}
report(path);
