/**
 * What a map view should draw, computed from the data and the geometry independently of MapLibre:
 * the links and regions whose drawn shape meets the visible bounds. Used by the e2e tests to check
 * that the features MapLibre rendered are exactly those of the data.
 *
 * Geometry is tested in lon/lat with straight edges (MapLibre draws straight edges in Web Mercator;
 * over the short edges of simplified boundaries and 3° arc steps the difference is sub-pixel). A
 * shape that comes within `marginDeg` of the frame edge may be drawn or clipped away by tile
 * simplification, so each count comes as `sure` (meets the bounds shrunk by the margin) and
 * `maybe` (meets the bounds grown by it); a correct map draws between the two, and the two differ
 * only by shapes grazing the frame.
 */
import type { Geometry, Position } from 'geojson';

export type Bounds = readonly [w: number, s: number, e: number, n: number];

export const grow = ([w, s, e, n]: Bounds, d: number): Bounds => [w - d, s - d, e + d, n + d];

/** True when lon/lat lies inside the bounds [west, south, east, north]. */
export const inBounds = ([w, s, e, n]: readonly number[], lon: number, lat: number) => lon >= w! && lon <= e! && lat >= s! && lat <= n!;

/** True when segment a–b meets the rectangle (Liang–Barsky clipping). */
export function segmentMeets(b: Bounds, a: Position, c: Position): boolean {
  const [x0, y0] = [a[0]!, a[1]!];
  const [dx, dy] = [c[0]! - x0, c[1]! - y0];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, x0 - b[0]], [dx, b[2] - x0], [-dy, y0 - b[1]], [dy, b[3] - y0]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when a line (list of positions) meets the rectangle. */
export function lineMeets(b: Bounds, line: readonly Position[]): boolean {
  if (line.some((p) => inBounds(b, p[0]!, p[1]!))) return true;
  for (let i = 1; i < line.length; i++) if (segmentMeets(b, line[i - 1]!, line[i]!)) return true;
  return false;
}

/** Planar even-odd test over all rings (holes and parts included), so winding order does not matter. */
export function ringsContain(rings: readonly (readonly Position[])[], [x, y]: readonly [number, number]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = [ring[i]![0]!, ring[i]![1]!];
      const [xj, yj] = [ring[j]![0]!, ring[j]![1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** True when a (multi)polygon meets the rectangle: an edge crosses it, or it holds the rectangle's centre. */
export function geometryMeets(b: Bounds, g: Geometry): boolean {
  const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  if (rings.some((ring) => lineMeets(b, ring))) return true;
  return ringsContain(rings, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
}

/** Larger side of a shape's lon/lat bounding box, in degrees. */
export function extentDeg(g: Geometry): number {
  const pts: Position[] = g.type === 'Polygon' ? g.coordinates.flat() : g.type === 'MultiPolygon' ? g.coordinates.flat(2) : g.type === 'LineString' ? g.coordinates : [];
  if (pts.length === 0) return 0;
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/**
 * Ids of the shapes a map must draw (`sure`: they meet the bounds shrunk by `marginDeg` and are at
 * least `marginDeg` across) and may draw (`maybe`: they meet the bounds grown by it). Shapes under
 * a couple of pixels across (Ceuta, Melilla at Europe's scale) may be dropped by tile
 * simplification, so they are "maybe" only.
 */
export function expectedIds<T>(items: readonly { id: string; shape: T }[], bounds: Bounds, marginDeg: number, meets: (b: Bounds, shape: T) => boolean, extent?: (shape: T) => number): { sure: string[]; maybe: string[] } {
  const inner = grow(bounds, -marginDeg);
  const outer = grow(bounds, marginDeg);
  const big = (shape: T) => (extent ? extent(shape) >= marginDeg : true);
  return {
    sure: items.filter((x) => big(x.shape) && meets(inner, x.shape)).map((x) => x.id).sort(),
    maybe: items.filter((x) => meets(outer, x.shape)).map((x) => x.id).sort(),
  };
}
