/**
 * Build-time access to the pipeline's output (public/data/, written by `npm run data`).
 *
 * Astro pages and components call these getters while the site is built. Each file is read and
 * validated against its schema in src/schemas/generated.ts once per build (memoised), so a missing
 * or stale file fails the build with one readable message instead of an empty map.
 *
 * The folder is `DATA_OUT` when set (the pipeline's output override, used for probe builds),
 * otherwise public/data/ under the working directory (Astro runs from the project root).
 */
import { readFileSync } from 'node:fs';
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

const cache = new Map<string, unknown>();

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
  if (cache.has(file)) return cache.get(file) as z.infer<S>;
  const result = schema.safeParse(readJson(file));
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`Generated data file ${join(dataDir(), file)} does not match src/schemas/generated.ts:\n${issues}\nRe-run \`npm run data\`; if it persists, the pipeline and the schema disagree.`);
  }
  cache.set(file, result.data);
  return result.data;
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
  if (cache.has(file)) return cache.get(file) as Topology;
  const topo = readJson(file) as Topology;
  if (topo?.type !== 'Topology' || !topo.objects?.[name]) {
    throw new Error(`Generated geometry ${join(dataDir(), file)} has no object "${name}". Re-run \`npm run data\`.`);
  }
  cache.set(file, topo);
  return topo;
}

/** Forget loaded files (tests that rebuild the data in one process). */
export function clearGeneratedDataCache(): void {
  cache.clear();
}
