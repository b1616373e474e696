/**
 * What each built page makes a reader download, read statically from the build folder
 * (bytes are deterministic, so budgets need no browser and no clock):
 * - its HTML;
 * - its CSS: linked stylesheets, inline <style> blocks, and stylesheets its scripts load;
 * - its JavaScript: entry scripts, inline scripts, and every chunk they import, statically or
 *   dynamically (a map's lazy-loaded code counts), split into MapLibre and the app's own code;
 * - its map data: every .json URL named in a map root's (`[data-map]`) `data-config`.
 * Shared by scripts/check-budgets.ts and scripts/bench.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { brotli, normalizeBase } from '../serve-dist.ts';

/** Kinds of page the budgets and the benchmark tell apart, by URL. */
export type PageType = 'home' | 'chapter' | 'cluster' | 'region' | 'region-index' | 'embed' | 'search' | 'other';

/** A file of the build as a reader downloads it. */
export interface Asset {
  /** Path inside the build folder ("_astro/map.abc.js"), or "inline:<page>#n" for inline blocks. */
  file: string;
  raw: number;
  br: number;
  /** Content hash, to count the same bytes once. */
  sha256: string;
}

export interface PageAssets {
  /** URL path without the base, e.g. "/chapters/policies/". */
  route: string;
  file: string;
  type: PageType;
  hasMap: boolean;
  html: Asset;
  css: Asset[];
  /** JavaScript that is not MapLibre. */
  appJs: Asset[];
  /** MapLibre's own chunks (main bundle and worker). */
  maplibreJs: Asset[];
  data: Asset[];
}

/** A JS chunk is MapLibre's when Vite named it after the package (maplibre-gl, its worker). */
export const isMaplibreChunk = (file: string): boolean => /maplibre/i.test(posix.basename(file));

const brCache = new Map<string, number>();
function measure(file: string, bytes: Buffer): Asset {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let br = brCache.get(sha256);
  if (br === undefined) {
    br = brotli(bytes).length;
    brCache.set(sha256, br);
  }
  return { file, raw: bytes.length, br, sha256 };
}

export const sum = (assets: Asset[], key: 'raw' | 'br' = 'br'): number =>
  assets.reduce((total, a) => total + a[key], 0);

/** Decode the HTML entities Astro writes into attribute values. */
export function decodeAttr(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Attribute `name` of a start tag's source text, decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  return decodeAttr(m[1] ?? m[2] ?? m[3] ?? '');
}

export function pageType(route: string): PageType {
  if (route === '/') return 'home';
  const first = route.split('/')[1] ?? '';
  if (first === 'chapters' && route.split('/').filter(Boolean).length === 2) return 'chapter';
  if (first === 'clusters' && route.split('/').filter(Boolean).length === 2) return 'cluster';
  if (first === 'regions' && route.split('/').filter(Boolean).length === 2) return 'region';
  if (route === '/regions/') return 'region-index';
  if (first === 'embed') return 'embed';
  if (first === 'search') return 'search';
  return 'other';
}

/** Every .json URL (string value ending in .json) inside a JSON document, at any depth. */
export function jsonUrls(value: unknown): string[] {
  if (typeof value === 'string') return /\.json(\?.*)?$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonUrls);
  return [];
}

/**
 * Files a JS chunk imports or refers to: static and dynamic imports ("./x.js"), worker URLs, and
 * Vite's preload lists of base-relative paths ("_astro/x.js", "_astro/x.css"), as build paths.
 * `base` is the site's base path ("/" or "/sub/") that absolute URLs start with.
 */
export function referencedFiles(source: string, fromFile: string, base = '/'): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const m of source.matchAll(/["'`]([\w./-]+?\.(m?js|css))["'`]/g)) {
    const spec = m[1] ?? '';
    let target: string;
    if (spec.startsWith('./') || spec.startsWith('../')) target = posix.normalize(posix.join(posix.dirname(fromFile), spec));
    else if (spec.startsWith('/')) {
      if (!spec.startsWith(base)) continue;
      target = spec.slice(base.length);
    } else if (spec.includes('/')) target = spec;
    else continue;
    (m[2] === 'css' ? css : js).add(target);
  }
  return { js: [...js], css: [...css] };
}

/** Reads a build folder and reports what every HTML page costs. */
export class DistReader {
  private readonly base: string;

  constructor(
    readonly dir: string,
    base = '/',
  ) {
    this.base = normalizeBase(base);
  }

  /** Build path of a URL the page names (absolute with base, or relative to the page). */
  private local(url: string, pageFile: string): string | null {
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
    const path = url.split(/[?#]/)[0] ?? '';
    if (path.startsWith('/')) {
      if (!path.startsWith(this.base)) return null;
      return path.slice(this.base.length);
    }
    return posix.normalize(posix.join(posix.dirname(pageFile), path));
  }

  private read(file: string): Buffer {
    const full = join(this.dir, file);
    if (!existsSync(full)) throw new Error(`${file} is referenced but missing from ${this.dir}`);
    return readFileSync(full);
  }

  /** Every JS chunk reachable from `entries`, and the stylesheets they load, each once. */
  private closure(entries: string[]): { js: string[]; css: string[] } {
    const seen = new Set<string>();
    const css = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      const refs = referencedFiles(this.read(file).toString('utf8'), file, this.base);
      for (const next of refs.js) if (existsSync(join(this.dir, next))) queue.push(next);
      for (const sheet of refs.css) if (existsSync(join(this.dir, sheet))) css.add(sheet);
    }
    return { js: [...seen].sort(), css: [...css].sort() };
  }

  page(file: string): PageAssets {
    const bytes = this.read(file);
    const html = bytes.toString('utf8');
    const route = `/${file.replace(/(^|\/)index\.html$/, '$1')}`.replace(/\/+$/, '/') || '/';
    const css: Asset[] = [];
    const entryJs: string[] = [];
    const inlineJs: Asset[] = [];
    let inline = 0;

    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      const tag = m[0];
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      const target = href ? this.local(href, file) : null;
      if (!target) continue;
      if (rel.includes('stylesheet')) css.push(measure(target, this.read(target)));
      if (rel.includes('modulepreload')) entryJs.push(target);
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      css.push(measure(`inline:${file}#${(inline += 1)}`, Buffer.from(m[1] ?? '')));
    }
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const tag = `<script${m[1] ?? ''}>`;
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      // JSON data blocks are not JavaScript.
      if (type && type !== 'module' && !type.includes('javascript')) continue;
      const src = attr(tag, 'src');
      const target = src ? this.local(src, file) : null;
      if (target) entryJs.push(target);
      else if ((m[2] ?? '').trim()) inlineJs.push(measure(`inline:${file}#${(inline += 1)}`, Buffer.from(m[2] ?? '')));
    }
    const data = new Map<string, Asset>();
    const roots = [...html.matchAll(/<[a-z][^>]*\sdata-map(?=[\s=>])[^>]*>/gi)].map((m) => m[0]);
    for (const tag of roots) {
      const config = attr(tag, 'data-config');
      if (!config) continue;
      for (const url of jsonUrls(JSON.parse(config) as unknown)) {
        const target = this.local(url, file);
        if (target && !data.has(target)) data.set(target, measure(target, this.read(target)));
      }
    }
    const reached = this.closure(entryJs);
    const chunks = reached.js.map((f) => measure(f, this.read(f)));
    for (const sheet of reached.css) if (!css.some((a) => a.file === sheet)) css.push(measure(sheet, this.read(sheet)));
    return {
      route,
      file,
      type: pageType(route),
      hasMap: roots.length > 0,
      html: measure(file, bytes),
      css,
      appJs: [...inlineJs, ...chunks.filter((a) => !isMaplibreChunk(a.file))],
      maplibreJs: chunks.filter((a) => isMaplibreChunk(a.file)),
      data: [...data.values()],
    };
  }

  /** Every HTML page of the build, sorted by route. */
  pages(): PageAssets[] {
    return htmlFilesIn(this.dir).map((f) => this.page(f));
  }

}

function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else out.push(relative(dir, child).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlFilesIn = (dir: string): string[] => filesIn(dir).filter((f) => f.endsWith('.html'));

/** Kibibytes with one decimal, for tables. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

