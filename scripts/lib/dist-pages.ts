/**
 * What each built page makes a reader download, read statically from the build folder
 * (bytes are deterministic, so budgets need no browser and no clock):
 * - its HTML;
 * - its CSS: linked stylesheets and inline <style> blocks;
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
export type PageType = 'home' | 'chapter' | 'cluster' | 'region' | 'embed' | 'search' | 'other';

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

/** Chunks a JS file imports or refers to (static and dynamic imports, worker URLs), as build paths. */
export function referencedChunks(source: string, fromFile: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.m?js)["'`]/g)) {
    const spec = m[1] ?? '';
    const target = spec.startsWith('/')
      ? spec.replace(/^\/+/, '')
      : posix.normalize(posix.join(posix.dirname(fromFile), spec));
    found.add(target);
  }
  return [...found];
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

  /** Every JS chunk reachable from `entries`, each once. */
  private closure(entries: string[]): string[] {
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      if (!existsSync(join(this.dir, file))) continue;
      for (const next of referencedChunks(this.read(file).toString('utf8'), file)) {
        if (existsSync(join(this.dir, next))) queue.push(next);
      }
    }
    return [...seen].sort();
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
    const chunks = this.closure(entryJs).map((f) => measure(f, this.read(f)));
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

  /** Every stylesheet file in the build (whether or not a page links it). */
  cssFiles(): Asset[] {
    return filesIn(this.dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => measure(f, this.read(f)));
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

