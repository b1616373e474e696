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

export async function loadInputs(cfg: MapConfig): Promise<MapInputs> {
  const [lib, data, countries, nuts] = await Promise.all([
    import('maplibre-gl'),
    fetchJson<MapData>(cfg.dataUrl),
    fetchJson<Topology>(cfg.geo.countries),
    cfg.view.regionLevel === 2 ? fetchJson<Topology>(cfg.geo.nuts2) : Promise.resolve(null),
  ]);
  // The worker must come from this site (CSP worker-src 'self'); MapLibre would otherwise build a blob.
  lib.setWorkerUrl(workerUrl);
  const land = decode(countries, 'countries');
  return { lib, data, land, shapes: nuts ? decode(nuts, 'nuts2') : land };
}
