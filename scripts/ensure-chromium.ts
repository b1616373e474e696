/**
 * Make sure a Chromium is available for the end-to-end tests.
 * 1. Use CHROMIUM_PATH or a chromium on the PATH when there is one.
 * 2. Otherwise, as root on a Debian/Ubuntu machine, install Debian's `chromium` with apt
 *    (what Playwright's `--with-deps` would do for its own browsers).
 * 3. Otherwise stop with a message that says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/support/chromium.ts';

function main(): void {
  const found = findChromium();
  if (found) {
    console.log(`Chromium: ${found}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) {
      console.log(`Chromium: ${installed}`);
      return;
    }
  }
  console.error(
    [
      'The end-to-end tests need Chromium, and none was found.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

main();
