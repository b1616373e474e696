/**
 * The committed map geometry (data/geo/*.topo.json): checking it, and finding the NUTS-2 region of
 * a point.
 */
import { geoContains, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { lineColumnAt, type Problem, quote } from './problems.ts';

export interface RegionShape {
  id: string;
  name: string;
  country: string;
  centroid: [number, number];
  outermost: boolean;
  /** Countries layer only: drawn for context, outside NUTS. */
  background: boolean;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
}

export interface GeoLayer {
  /** The file text, copied verbatim to the output. */
  text: string;
  shapes: RegionShape[];
}

/** Parse a TopoJSON file and check it holds `object` with ids and names; problems name the file. */
export function readTopoLayer(file: string, text: string, object: string, problems: Problem[]): GeoLayer | null {
  let topo: Topology;
  try {
    topo = JSON.parse(text) as Topology;
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const { line, column } = m ? lineColumnAt(text, Number(m[1])) : lineColumnAt(text, text.length);
    problems.push({ file, line, column, found: text.trim() === '' ? 'an empty file' : 'invalid JSON (file truncated?)', expected: 'a TopoJSON topology' });
    return null;
  }
  if (topo === null || typeof topo !== 'object' || topo.type !== 'Topology' || !Array.isArray(topo.arcs)) {
    problems.push({ file, line: 1, column: 1, found: 'JSON that is not a TopoJSON topology', expected: '{"type":"Topology","arcs":[…],"objects":{…}}' });
    return null;
  }
  const obj = topo.objects?.[object] as GeometryCollection | undefined;
  if (!obj || obj.type !== 'GeometryCollection') {
    const names = Object.keys(topo.objects ?? {});
    problems.push({
      file, line: 1, column: 1,
      found: names.length ? `the objects ${names.map((n) => quote(n)).join(', ')}` : 'no objects',
      expected: `a GeometryCollection named ${quote(object)}`,
    });
    return null;
  }
  const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon | null>;
  const shapes: RegionShape[] = [];
  for (const [i, f] of fc.features.entries()) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const id = typeof f.id === 'string' ? f.id : '';
    const centroid = p['centroid'];
    if (!id || typeof p['name'] !== 'string' || !f.geometry || !Array.isArray(centroid) || centroid.length !== 2) {
      problems.push({
        file, line: 1, column: 1,
        found: `geometry #${i} ${quote(id || '(no id)')} without an id, name, centroid or shape`,
        expected: 'every feature with a string id, properties.name, properties.centroid and polygons',
      });
      continue;
    }
    const g = f as Feature<Polygon | MultiPolygon>;
    const [[w, s], [e, n]] = geoBounds(g);
    shapes.push({
      id,
      name: p['name'],
      country: typeof p['country'] === 'string' ? p['country'] : id,
      centroid: [Number(centroid[0]), Number(centroid[1])],
      outermost: p['outermost'] === true,
      background: p['background'] === true,
      feature: g,
      bbox: [w!, s!, e!, n!],
    });
  }
  return { text, shapes };
}

/**
 * Points within this distance of a region count as in it. City centroids on a coast or a lake can
 * fall just outside 1:10M simplified polygons (a harbour, a fjord); 10 km absorbs that without
 * letting a point jump to a neighbouring country's region (the search is limited to its country).
 */
export const COAST_TOLERANCE_KM = 10;

const KM_PER_DEGREE = 111.195;

/** Distance in km from a point to a polygonal feature's boundary (equirectangular, fine at < 50 km). */
function distanceToBoundaryKm(lon: number, lat: number, f: Feature<Polygon | MultiPolygon>): number {
  const kx = Math.cos((lat * Math.PI) / 180);
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = Infinity;
  for (const rings of polys) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1]![0]! - lon) * kx;
        const ay = ring[i - 1]![1]! - lat;
        const bx = (ring[i]![0]! - lon) * kx;
        const by = ring[i]![1]! - lat;
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best * KM_PER_DEGREE;
}

export interface RegionIndex {
  /** The region containing the point (or within COAST_TOLERANCE_KM), restricted to `country`. */
  locate(lon: number, lat: number, country: string): RegionShape | null;
  /** Any region of any country containing the point, to explain "wrong country" errors. */
  locateAnywhere(lon: number, lat: number): RegionShape | null;
  byId: ReadonlyMap<string, RegionShape>;
}

export function indexRegions(shapes: readonly RegionShape[]): RegionIndex {
  const byCountry = new Map<string, RegionShape[]>();
  for (const s of shapes) byCountry.set(s.country, [...(byCountry.get(s.country) ?? []), s]);
  const inBox = (s: RegionShape, lon: number, lat: number, pad: number) =>
    lon >= s.bbox[0] - pad && lon <= s.bbox[2] + pad && lat >= s.bbox[1] - pad && lat <= s.bbox[3] + pad;
  const contains = (list: readonly RegionShape[], lon: number, lat: number) =>
    list.find((s) => inBox(s, lon, lat, 0) && geoContains(s.feature, [lon, lat])) ?? null;
  return {
    byId: new Map(shapes.map((s) => [s.id, s])),
    locate(lon, lat, country) {
      const list = byCountry.get(country) ?? [];
      const hit = contains(list, lon, lat);
      if (hit) return hit;
      const pad = COAST_TOLERANCE_KM / KM_PER_DEGREE / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
      let best: RegionShape | null = null;
      let bestKm = COAST_TOLERANCE_KM;
      for (const s of list) {
        if (!inBox(s, lon, lat, pad)) continue;
        const d = distanceToBoundaryKm(lon, lat, s.feature);
        if (d <= bestKm) [best, bestKm] = [s, d];
      }
      return best;
    },
    locateAnywhere(lon, lat) {
      return contains(shapes, lon, lat);
    },
  };
}
