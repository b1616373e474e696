/**
 * Where to find a Chromium for the end-to-end tests and benchmarks.
 * Playwright's own browser download cannot run on machines without general internet
 * access, so the tests drive the system Chromium (Debian's `chromium` package).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Absolute path of a Chromium binary, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

/**
 * Flags for headless Chromium here: no sandbox (CI runs as root), no background traffic to
 * Google's hosts (the network is closed and the site must make zero outside requests), and
 * software WebGL through SwiftShader, which MapLibre needs when there is no GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
