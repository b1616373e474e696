/**
 * `npm run bench` — what a reader downloads and how the pages score, per page type
 * (home, text chapter, chapter with a map, cluster page, embed), on the production build in
 * OUT_DIR (default dist/; run `npm run build` first) served compressed on 127.0.0.1.
 *
 * Columns: HTML, CSS, JS (all of it, and the part that is not MapLibre) and map data, in KiB of
 * brotli; Lighthouse performance / accessibility / best practices / SEO, mobile and desktop;
 * time from navigation to the map's `idle` (median of 3 cold loads, map scrolled into view at once).
 * A benchmark, not a test: timings depend on the machine (software WebGL on 2 cores here).
 *
 *   LIGHTHOUSE=0 skips Lighthouse (bytes and map idle only).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { DistReader, sum, type PageAssets } from './lib/dist-pages.ts';
import { normalizeBase, startServer } from './serve-dist.ts';

const run = promisify(execFile);

interface Row {
  label: string;
  page: PageAssets;
}

/** One representative page per type: the first in route order. */
export function pickPages(pages: PageAssets[]): Row[] {
  const pick = (label: string, test: (p: PageAssets) => boolean): Row[] => {
    const page = pages.find(test);
    return page ? [{ label, page }] : [];
  };
  return [
    ...pick('home', (p) => p.type === 'home'),
    ...pick('text chapter', (p) => p.type === 'chapter' && !p.hasMap),
    ...pick('chapter with a map', (p) => p.type === 'chapter' && p.hasMap),
    ...pick('cluster page', (p) => p.type === 'cluster'),
    ...pick('region page', (p) => p.type === 'region'),
    ...pick('embed', (p) => p.type === 'embed'),
  ];
}

const KIB = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Lighthouse category scores (0–100) for one URL; `desktop` uses Lighthouse's desktop preset. */
async function lighthouse(url: string, desktop: boolean, chrome: string): Promise<string> {
  const flags = [
    '--headless=new',
    ...CHROMIUM_ARGS,
    '--disable-gpu',
  ].join(' ');
  const args = [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`];
  if (desktop) args.push('--preset=desktop');
  const { stdout } = await run('lighthouse', args, { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  const order = ['performance', 'accessibility', 'best-practices', 'seo'];
  return order.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100)).join('/');
}

/** Median time (ms) from navigation start to data-map-state="idle" over `runs` cold loads. */
async function mapIdle(url: string, chrome: string | null, runs = 3): Promise<number | null> {
  const browser = await chromium.launch({ ...(chrome ? { executablePath: chrome } : {}), args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // Record the moment the map root turns idle, relative to navigation start.
      await page.addInitScript(() => {
        new MutationObserver((records) => {
          for (const r of records) {
            if ((r.target as HTMLElement).dataset['mapState'] === 'idle') {
              (window as unknown as { __idleAt?: number }).__idleAt ??= performance.now();
            }
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.locator('[data-map]').first().scrollIntoViewIfNeeded();
      await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? null;
}

async function main(): Promise<void> {
  const dir = resolve(process.env['OUT_DIR'] ?? 'dist');
  const base = normalizeBase(process.env['BASE_PATH'] ?? '/');
  if (!existsSync(dir)) throw new Error(`No build at ${dir}: run \`npm run build\` first (or set OUT_DIR).`);
  const chrome = findChromium();
  const withLighthouse = process.env['LIGHTHOUSE'] !== '0';
  if (withLighthouse && !chrome) throw new Error('Lighthouse needs Chromium: install it or set CHROMIUM_PATH (or LIGHTHOUSE=0).');

  const rows = pickPages(new DistReader(dir, base).pages());
  const server = await startServer({ dir, port: 0, host: '127.0.0.1', base });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const header = ['page type', 'route', 'HTML', 'CSS', 'JS all', 'JS app', 'data', 'LH mobile', 'LH desktop', 'map idle'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  try {
    for (const { label, page } of rows) {
      const url = `${origin}${base}${page.route.replace(/^\//, '')}`;
      const mobile = withLighthouse && chrome ? await lighthouse(url, false, chrome) : '–';
      const desktop = withLighthouse && chrome ? await lighthouse(url, true, chrome) : '–';
      const idle = page.hasMap ? await mapIdle(url, chrome) : null;
      const cells = [
        label,
        `\`${page.route}\``,
        KIB(page.html.br),
        KIB(sum(page.css)),
        KIB(sum(page.appJs) + sum(page.maplibreJs)),
        KIB(sum(page.appJs)),
        KIB(sum(page.data)),
        mobile,
        desktop,
        idle === null ? '–' : `${(idle / 1000).toFixed(2)} s`,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
      console.error(`bench: ${label} done`);
    }
  } finally {
    server.close();
  }
  console.log(
    [
      `Bytes in KiB of brotli (quality 11). Lighthouse: performance/accessibility/best practices/SEO.`,
      `Map idle: navigation → data-map-state="idle", median of 3 cold loads, software WebGL.`,
      '',
      ...lines,
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
