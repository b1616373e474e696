/**
 * Where the production build under test lives and how the e2e tests reach it.
 * OUT_DIR / E2E_PORT / BASE_PATH let parallel helpers and CI keep their builds apart;
 * the probe site (built from tests/fixtures/xss-probe) is served on the next port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFilesIn } from '../../scripts/lib/dist-pages.ts';
import { normalizeBase } from '../../scripts/serve-dist.ts';

/** Folder of the main production build. */
export const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
/** Folder of the probe build (hostile data), see tests/fixtures/xss-probe/README.md. */
export const PROBE_OUT_DIR = resolve(process.env['PROBE_OUT_DIR'] ?? `${OUT_DIR}-probe`);
/** Port of the main site; the probe site listens on the next one. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4399);
export const PROBE_PORT = PORT + 1;
/** Base path the site is built under ("/" or "/sub/"), always with slashes at both ends. */
export const BASE = normalizeBase(process.env['BASE_PATH'] ?? '/');

export const SITE_ORIGIN = `http://127.0.0.1:${PORT}`;
export const PROBE_ORIGIN = `http://127.0.0.1:${PROBE_PORT}`;

/** `<loc>` values of a sitemap file. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * Every page path (with the base, e.g. "/chapters/policies/") listed in the build's sitemap,
 * sorted. Throws with a clear message when the build or its sitemap is missing, so a test
 * run without a build fails instead of passing over zero pages.
 */
export function sitemapPaths(outDir: string = OUT_DIR): string[] {
  const index = join(outDir, 'sitemap-index.xml');
  if (!existsSync(index)) {
    throw new Error(`No sitemap at ${index}. Build the site first: OUT_DIR=${outDir} npm run build`);
  }
  const files = sitemapLocs(readFileSync(index, 'utf8')).map((loc) => new URL(loc).pathname.split('/').pop() ?? '');
  const paths = files.flatMap((file) => sitemapLocs(readFileSync(join(outDir, file), 'utf8')));
  return [...new Set(paths.map((loc) => new URL(loc).pathname))].sort();
}

/** The URL path (with base) that serves a built HTML file. */
export function pathOfHtmlFile(file: string): string {
  const route = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
  return `${BASE}${route}`;
}

/**
 * Every page to sweep: each URL of the sitemap and every other built page (the /embed/ copies are
 * noindex and left out of the sitemap, but third-party sites frame them, so they are checked too).
 */
export function sweepPaths(outDir: string = OUT_DIR): string[] {
  const built = existsSync(outDir) ? htmlFilesIn(outDir).map(pathOfHtmlFile) : [];
  return [...new Set([...sitemapPaths(outDir), ...built])].sort();
}

/**
 * One page of each kind, for checks that behave the same on every page of a kind: the first
 * page (in path order) for each first path segment × depth × with or without a map.
 */
export function pagePerKind(outDir: string = OUT_DIR, paths: string[] = sweepPaths(outDir)): string[] {
  const kinds = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const segments = path.slice(BASE.length).split('/').filter(Boolean);
    const file = join(outDir, ...segments, segments.at(-1)?.endsWith('.html') ? '' : 'index.html');
    const hasMap = existsSync(file) && /\sdata-map[\s=>]/.test(readFileSync(file, 'utf8'));
    const kind = `${segments[0] ?? ''}|${segments.length}|${hasMap}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()].sort();
}

/**
 * The template a page is built from, as the sweeps tell them apart: first path segment × depth ×
 * with or without a map, and for /regions/<code>/ whether it is a country (2 letters) or a NUTS-2
 * region (the page has branches for each).
 */
export function templateOf(path: string, hasMap: boolean): string {
  const segments = path.slice(BASE.length).split('/').filter(Boolean);
  const variant = segments[0] === 'regions' && segments.length === 2 ? `|${(segments[1] ?? '').length === 2 ? 'country' : 'nuts2'}` : '';
  return `${segments[0] ?? ''}|${segments.length}|${hasMap}${variant}`;
}

/** Pages of each template the sweeps visit: all of a small template, this many evenly spread of a large one. */
export const SAMPLE_PER_TEMPLATE = 12;

/**
 * A fixed, deterministic sample for the sweeps: every page of a template with at most `per` pages
 * (chapters, maps, embeds, the one-off pages) and `per` evenly spaced pages, in path order, of a
 * larger one (cluster and region pages: hundreds, built from one template each). The same build
 * always gives the same sample; a new page type is covered as soon as it exists.
 */
export function samplePaths(outDir: string = OUT_DIR, paths: string[] = sweepPaths(outDir), per = SAMPLE_PER_TEMPLATE): string[] {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const segments = path.slice(BASE.length).split('/').filter(Boolean);
    const file = join(outDir, ...segments, segments.at(-1)?.endsWith('.html') ? '' : 'index.html');
    const hasMap = existsSync(file) && /\sdata-map[\s=>]/.test(readFileSync(file, 'utf8'));
    const key = templateOf(path, hasMap);
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    if (group.length <= per) out.push(...group);
    else for (let i = 0; i < per; i += 1) out.push(group[Math.round((i * (group.length - 1)) / (per - 1))]!);
  }
  return [...new Set(out)].sort();
}
