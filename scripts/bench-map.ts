/**
 * `npm run bench:map` — the maps' floors, measured on the production build in OUT_DIR (default
 * dist/; run `npm run build` first), served compressed on 127.0.0.1 by scripts/serve-dist.ts, in
 * headless Chromium with software WebGL. A benchmark, not a test: timings depend on the machine.
 *
 * Prints, per map view (/maps/<view>/):
 *   - brotli bytes of what a load to `idle` fetched: HTML, CSS, app JS (everything but MapLibre),
 *     MapLibre (main + worker), map data (data.json + geometry);
 *   - navigation → data-map-state="idle", median of RUNS cold loads (default 3);
 * and the same idle time with a synthetic 10,000 clusters + 50,000 links: a temporary copy of the
 * build with its data.json replaced, served the same way (the real build is left untouched).
 * Then the year control on /maps/crisis/ (scripts/lib/bench-time.ts): a year step's repaint and Play.
 * Floors (issues 4, 11, 12): app JS ≤ 35 KiB with the charts, default-view data ≤ 150 KiB, idle ≤ 2,000 ms (default
 * data; issue 11 item 6) and ≤ 5,000 ms (synthetic). Byte floors are deterministic: exceeding one exits 1.
 *
 *   RUNS=5 VIEWS=overview,cooperation tsx scripts/bench-map.ts
 *   PARTS=time tsx scripts/bench-map.ts      # only the year control (PARTS: views,time,synthetic)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { brotli, normalizeBase, startServer } from './serve-dist.ts';
import { prng } from './lib/prng.ts';
import type { MapCluster, MapData, MapLink } from '../src/features/map/map-data.ts';
import { benchTime, timeReport } from './lib/bench-time.ts';

const DIST = resolve(process.env['OUT_DIR'] ?? 'dist');
const BASE = normalizeBase(process.env['BASE_PATH'] ?? '/');
const PORT = Number(process.env['BENCH_PORT'] ?? 4391);
const RUNS = Number(process.env['RUNS'] ?? 3);
const KIB = 1024;
const FLOORS = { appJs: 35 * KIB, data: 150 * KIB, idleMs: 2000, idleSyntheticMs: 5000 };
const SYNTHETIC = { clusters: 10_000, links: 50_000 };
/** Which parts to run (all by default): the per-view loads, the year control, the synthetic load. */
const PARTS = new Set((process.env['PARTS'] ?? 'views,time,synthetic').split(','));

type Kind = 'html' | 'css' | 'app js' | 'maplibre' | 'data' | 'other';

function kindOf(path: string): Kind {
  if (/maplibre/i.test(path) && path.endsWith('.js')) return 'maplibre';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'app js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.json')) return 'data';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

const brCache = new Map<string, number>();
/** Brotli size of a built file (what serve-dist sends). */
function brBytes(urlPath: string): number {
  const rel = decodeURIComponent(urlPath.slice(BASE.length - 1));
  let file = join(DIST, rel);
  if (rel.endsWith('/')) file = join(file, 'index.html');
  const hit = brCache.get(file);
  if (hit !== undefined) return hit;
  try {
    if (!statSync(file).isFile()) return 0;
  } catch {
    return 0;
  }
  const n = brotli(readFileSync(file)).length;
  brCache.set(file, n);
  return n;
}

/** 10,000 clusters scattered within ±1° of the real ones, and 50,000 links (1 in 5 declared). */
export function syntheticData(real: MapData, counts = SYNTHETIC): MapData {
  const rand = prng(42);
  const clusters: MapCluster[] = [];
  for (let i = 0; i < counts.clusters; i++) {
    const base = real.clusters[i % real.clusters.length]!;
    const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
    clusters.push({ ...base, id: `syn-${i}`, name: `${base.name} (synthetic ${i})`, lon: r4(base.lon + (rand() - 0.5) * 2), lat: r4(base.lat + (rand() - 0.5) * 2), members: rand() < 0.5 ? null : Math.floor(rand() * 500) });
  }
  const links: MapLink[] = [];
  for (let i = 0; i < counts.links; i++) {
    const a = clusters[Math.floor(rand() * clusters.length)]!.id;
    const b = clusters[Math.floor(rand() * clusters.length)]!.id;
    const declared = i % 5 === 0;
    links.push({ id: `syn-l${i}`, source: a, target: b, kind: declared ? 'declared' : 'suggested', type: declared ? 'network_comembership' : 'same_field', networkId: null, field: null, status: 'compiled', evidence: null, sourceUrl: null });
  }
  return { ...real, clusters, links };
}

interface Load {
  idleMs: number;
  bytes: Record<Kind, number>;
  /** Clusters and links the map was given after its filters (the map counts drawn ones only in test mode). */
  rendered: { clusters: number; links: number };
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { html: 0, css: 0, 'app js': 0, maplibre: 0, data: 0, other: 0 };
  const seen = new Set<string>();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.hostname !== '127.0.0.1' || seen.has(u.pathname)) return;
    seen.add(u.pathname);
    bytes[kindOf(u.pathname)] += brBytes(u.pathname);
  });
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records) {
        if ((r.target as HTMLElement).dataset['mapState'] === 'idle') (window as unknown as { __idleAt?: number }).__idleAt ??= performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, null, { timeout: 180_000 });
  const idleMs = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  const rendered = await page.locator('[data-map]').first().evaluate((el: HTMLElement) => ({ clusters: Number(el.dataset['expectedClusters']), links: Number(el.dataset['expectedLinks']) }));
  await context.close();
  return { idleMs, bytes, rendered };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const k = (n: number) => `${(n / KIB).toFixed(1)}`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** Bytes and navigation → idle per view; true when a byte floor is exceeded. */
async function benchViews(browser: Browser, origin: string, viewIds: string[]): Promise<boolean> {
  let over = false;
  // Warm-up (not measured): serve-dist compresses each file on first request, which would
  // otherwise be billed to the first view's load.
  for (const id of ['overview', 'manufacturing']) await load(browser, `${origin}/maps/${id}/`);
  console.log(['view', 'HTML', 'CSS', 'app JS', 'MapLibre', 'data', 'idle ms (median)', 'runs'].join('\t'));
  for (const id of viewIds) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await load(browser, `${origin}/maps/${id}/`));
    const b = loads[0]!.bytes;
    const idle = median(loads.map((l) => l.idleMs));
    over ||= b['app js'] > FLOORS.appJs || b.data > FLOORS.data;
    console.log([id, k(b.html), k(b.css), `${k(b['app js'])} ${mark(b['app js'] <= FLOORS.appJs)}`, k(b.maplibre), `${k(b.data)} ${mark(b.data <= FLOORS.data)}`, `${Math.round(idle)} ${mark(idle <= FLOORS.idleMs)}`, loads.map((l) => Math.round(l.idleMs)).join(' ')].join('\t'));
  }
  return over;
}

/** Navigation → idle with a synthetic 10,000 clusters + 50,000 links, from a temporary copy of the build. */
async function benchSynthetic(browser: Browser, real: MapData): Promise<void> {
  const synthetic = JSON.stringify(syntheticData(real));
  const synDir = mkdtempSync(join(tmpdir(), 'bench-map-'));
  cpSync(DIST, synDir, { recursive: true });
  writeFileSync(join(synDir, 'maps', 'data.json'), synthetic);
  const synServer = await startServer({ dir: synDir, port: PORT + 1, host: '127.0.0.1', base: BASE });
  const synOrigin = `http://127.0.0.1:${PORT + 1}${BASE.replace(/\/$/, '')}`;
  try {
    await load(browser, `${synOrigin}/maps/cooperation/`); // warm-up: the server compresses 12 MB once
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await load(browser, `${synOrigin}/maps/cooperation/`));
    const idle = median(loads.map((l) => l.idleMs));
    const r = loads[0]!.rendered;
    const dataBr = brotli(Buffer.from(synthetic)).length + brBytes('/data/geo/countries.topo.json');
    console.log(`\nsynthetic ${SYNTHETIC.clusters.toLocaleString('en')} clusters + ${SYNTHETIC.links.toLocaleString('en')} links (cooperation view): data ${k(dataBr)} KiB, idle ${Math.round(idle)} ms ${mark(idle <= FLOORS.idleSyntheticMs)} (runs ${loads.map((l) => Math.round(l.idleMs)).join(' ')}); map given ${r.clusters} clusters, ${r.links} links`);
  } finally {
    synServer.close();
    rmSync(synDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const server = await startServer({ dir: DIST, port: PORT, host: '127.0.0.1', base: BASE });
  const exe = findChromium();
  const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: CHROMIUM_ARGS });
  const origin = `http://127.0.0.1:${PORT}${BASE.replace(/\/$/, '')}`;
  let overBytes = false;
  try {
    const real = JSON.parse(readFileSync(join(DIST, 'maps', 'data.json'), 'utf8')) as MapData;
    const viewIds = (process.env['VIEWS'] ?? (await import('../src/data/views.ts')).views.map((v) => v.id).join(',')).split(',');
    console.log(`bench:map — ${DIST}, ${RUNS} cold loads each, brotli KiB; floors: app JS ≤ ${k(FLOORS.appJs)}, data ≤ ${k(FLOORS.data)}, idle ≤ ${FLOORS.idleMs} ms (synthetic ≤ ${FLOORS.idleSyntheticMs} ms)\n`);
    if (PARTS.has('views')) overBytes = await benchViews(browser, origin, viewIds);
    if (PARTS.has('time') && viewIds.includes('crisis')) console.log(`\n${timeReport(await benchTime(browser, origin))}`);
    if (PARTS.has('synthetic')) await benchSynthetic(browser, real);
  } finally {
    await browser.close();
    server.close();
  }
  if (overBytes) process.exitCode = 1;
}

// Run when started as a script (the generator is importable for probes).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
