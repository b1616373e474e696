/**
 * Everything the live map needs before it can draw, fetched in parallel from the site itself:
 * MapLibre (its own chunk), the compact map data and the geometry (TopoJSON, decoded here).
 */
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { MapConfig } from './config';
import type { MapData } from './map-data';
import type { GeoProps } from './features';
import { yieldToMain } from './yield-main';

export interface MapInputs {
  lib: typeof import('maplibre-gl');
  data: MapData;
  /** Country shapes: the land under everything. */
  land: Feature<Geometry, GeoProps>[];
  /** Shapes of the view's region level (countries again for level 0). */
  shapes: Feature<Geometry, GeoProps>[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

function decode(topo: Topology, name: string): Feature<Geometry, GeoProps>[] {
  const obj = topo.objects[name] as GeometryCollection<GeoProps> | undefined;
  if (!obj) throw new Error(`geometry object "${name}" missing`);
  return (feature(topo, obj) as unknown as { features: Feature<Geometry, GeoProps>[] }).features;
}

/**
 * MapLibre, with its worker started at once: the worker's script (about 500 kB) loads and compiles
 * while this thread decodes the geometry and builds the map, instead of after the map exists
 * (which put its 1 s of start-up on the way to the first frame).
 */
async function loadLibrary(): Promise<typeof import('maplibre-gl')> {
  const lib = await import('maplibre-gl');
  // The worker must come from this site (CSP worker-src 'self'); MapLibre would otherwise build a blob.
  lib.setWorkerUrl(workerUrl);
  lib.prewarm();
  return lib;
}

export async function loadInputs(cfg: MapConfig): Promise<MapInputs> {
  const [lib, data, countries, nuts] = await Promise.all([
    loadLibrary(),
    fetchJson<MapData>(cfg.dataUrl),
    fetchJson<Topology>(cfg.geo.countries),
    cfg.view.regionLevel === 2 ? fetchJson<Topology>(cfg.geo.nuts2) : Promise.resolve(null),
  ]);
  const land = decode(countries, 'countries');
  // Each decode is tens of milliseconds of main thread: one task each, not one long task.
  await yieldToMain();
  return { lib, data, land, shapes: nuts ? decode(nuts, 'nuts2') : land };
}
