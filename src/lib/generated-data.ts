/**
 * Build-time access to the pipeline's output (public/data/, written by `npm run data`).
 *
 * Astro pages and components call these getters while the site is built. Each file is read and
 * validated against its schema in src/schemas/generated.ts once (memoised while the file's
 * modification time stays the same, so `astro dev` picks up a re-run of `npm run data`), and a
 * missing or stale file fails the build with one readable message instead of an empty map.
 *
 * The folder is `DATA_OUT` when set (the pipeline's output override, used for probe builds),
 * otherwise public/data/ under the working directory (Astro runs from the project root).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { z } from 'astro/zod';
import {
  ClustersFile, DatasetsFile, LinksFile, Manifest, NetworksFile, RegionsFile, SeriesFile,
  type Cluster, type Link, type Network, type Region, type Metric,
} from '../schemas/generated';

export type GeoName = 'countries' | 'nuts2';

/** Folder the generated files are read from. */
export function dataDir(): string {
  return resolve(process.env['DATA_OUT'] || join(process.cwd(), 'public', 'data'));
}

const cache = new Map<string, { path: string; mtimeMs: number; value: unknown }>();

/** Modification time of a generated file, or -1 when it is missing (then readJson explains). */
function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The memoised value of `file` if the file on disk is the one it was read from. */
function cached<T>(file: string): T | undefined {
  const hit = cache.get(file);
  if (!hit) return undefined;
  const path = join(dataDir(), file);
  return hit.path === path && hit.mtimeMs === mtimeOf(path) ? (hit.value as T) : undefined;
}

function remember<T>(file: string, value: T): T {
  const path = join(dataDir(), file);
  cache.set(file, { path, mtimeMs: mtimeOf(path), value });
  return value;
}

function readJson(file: string): unknown {
  const path = join(dataDir(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Generated data file ${path} is missing. Run \`npm run data\` first (the build script does it for you).`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`Generated data file ${path} is not valid JSON (${(e as Error).message}). Re-run \`npm run data\`.`);
  }
}

function load<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const hit = cached<z.infer<S>>(file);
  if (hit !== undefined) return hit;
  const result = schema.safeParse(readJson(file));
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`Generated data file ${join(dataDir(), file)} does not match src/schemas/generated.ts:\n${issues}\nRe-run \`npm run data\`; if it persists, the pipeline and the schema disagree.`);
  }
  return remember(file, result.data);
}

export function loadClusters(): Cluster[] {
  return load('clusters.json', ClustersFile).clusters;
}

export function loadNetworks(): Network[] {
  return load('networks.json', NetworksFile).networks;
}

export function loadLinks(): Link[] {
  return load('links.json', LinksFile).links;
}

export function loadRegions(): { regions: Region[]; metrics: Metric[] } {
  return load('regions.json', RegionsFile);
}

/**
 * Every year of one metric (`series/<id>.json`), or null for a metric without years (cluster
 * counts). An id that is not a metric is a build error naming the metrics that have series.
 */
export function loadSeries(metricId: string): SeriesFile | null {
  const { metrics } = loadRegions();
  const metric = metrics.find((m) => m.id === metricId);
  if (!metric) {
    const known = metrics.filter((m) => m.years.length > 0).map((m) => m.id);
    throw new Error(`loadSeries: no metric "${metricId}" in the generated data; metrics with series: ${known.join(', ')}`);
  }
  if (metric.years.length === 0) return null;
  return load(`series/${metricId}.json`, SeriesFile);
}

/** The series of every metric that has one, keyed by metric id. */
export function loadAllSeries(): Map<string, SeriesFile> {
  const out = new Map<string, SeriesFile>();
  for (const m of loadRegions().metrics) {
    const s = m.years.length > 0 ? loadSeries(m.id) : null;
    if (s) out.set(m.id, s);
  }
  return out;
}

/** One geo's values of a metric as (year, value, flags) rows, every year of the series (value null = none). */
export function seriesOfGeo(metricId: string, geo: string): { year: number; value: number | null; flags: string }[] {
  const s = loadSeries(metricId);
  if (!s) return [];
  const values = s.values[geo];
  const flags = s.flags[geo];
  return s.years.map((year, i) => ({ year, value: values?.[i] ?? null, flags: flags?.[i] ?? '' }));
}

/** The Eurostat files behind the statistics: provenance, NUTS reconciliation, entries without data. */
export function loadDatasets(): DatasetsFile {
  return load('datasets.json', DatasetsFile);
}

export function loadManifest(): Manifest {
  return load('manifest.json', Manifest);
}

/** TopoJSON topology; checked to hold its object (`countries` or `nuts2`) and nothing more. */
export function loadGeo(name: GeoName): Topology {
  const file = `geo/${name}.topo.json`;
  const hit = cached<Topology>(file);
  if (hit !== undefined) return hit;
  const topo = readJson(file) as Topology;
  if (topo?.type !== 'Topology' || !topo.objects?.[name]) {
    throw new Error(`Generated geometry ${join(dataDir(), file)} has no object "${name}". Re-run \`npm run data\`.`);
  }
  return remember(file, topo);
}

/** Forget loaded files (tests that rebuild the data in one process). */
export function clearGeneratedDataCache(): void {
  cache.clear();
}
