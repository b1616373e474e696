import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';
import { BASE, OUT_DIR, PORT, PROBE_OUT_DIR, PROBE_PORT } from './tests/support/site.ts';

/**
 * The e2e tests run against production builds served the way a static host serves them
 * (scripts/serve-dist.ts: brotli, index.html for folders, 404.html):
 * - the site on E2E_PORT, from OUT_DIR (default dist/);
 * - the probe site built from hostile data (tests/fixtures/xss-probe) on E2E_PORT + 1.
 */
/** The system Chromium when one is found (npm test installs it first); else Playwright's own. */
function chromiumPath(): { executablePath?: string } {
  const found = findChromium();
  return found ? { executablePath: found } : {};
}

const serve = (dir: string, port: number) => ({
  command: `tsx scripts/serve-dist.ts --dir "${dir}" --port ${port} --base "${BASE}"`,
  url: `http://127.0.0.1:${port}/__serve-dist/health`,
  reuseExistingServer: !process.env['CI'],
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // 2 cores: more workers only fight over the CPU that software WebGL needs.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['dot']] : [['list']],
  // Names the spec files over a minute at the end of a run: where to look when CI nears 20 minutes.
  reportSlowTests: { max: 10, threshold: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { ...chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: [serve(OUT_DIR, PORT), serve(PROBE_OUT_DIR, PROBE_PORT)],
});
