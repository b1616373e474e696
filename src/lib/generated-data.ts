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
  ClustersFile, LinksFile, Manifest, NetworksFile, RegionsFile,
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
