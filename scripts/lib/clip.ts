/**
 * Planar clipping of lon/lat polygons to a rectangle (Sutherland–Hodgman, one ring at a time).
 * Used once, when deriving the committed geometry, to cut the world background down to Europe.
 * Treating degrees as planar is fine here: the box edges are meridians and parallels.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipEdge(ring: Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!;
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

const atX = (x: number): Cross => (a, b) => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
const atY = (y: number): Cross => (a, b) => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];

/** Signed planar area of a ring (any winding); 0 for degenerate rings. */
export function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s / 2;
}

/**
 * Longitudes made continuous along the ring: a ring that crosses the antimeridian (Russia's
 * Chukotka jumps from 180° to −180°) would otherwise have its far-east part read as lying west of
 * the box and be clipped into a sliver along the box edge.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let prev: number | undefined;
  for (const p of ring) {
    let lon = p[0]! + offset;
    if (prev !== undefined) {
      while (lon - prev > 180) (lon -= 360), (offset -= 360);
      while (lon - prev < -180) (lon += 360), (offset += 360);
    }
    out.push([lon, p[1]!]);
    prev = lon;
  }
  return out;
}

/** Clip one closed ring; returns null when nothing with an area is left. */
export function clipRing(ring: readonly Position[], [w, s, e, n]: BBox): Position[] | null {
  // Work on the open ring (GeoJSON repeats the first position at the end).
  let r = unwrapRing(ring).slice(0, -1);
  r = clipEdge(r, (p) => p[0]! >= w, atX(w));
  r = clipEdge(r, (p) => p[0]! <= e, atX(e));
  r = clipEdge(r, (p) => p[1]! >= s, atY(s));
  r = clipEdge(r, (p) => p[1]! <= n, atY(n));
  if (r.length < 3 || ringArea(r) === 0) return null;
  return [...r, r[0]!];
}

/** Clip a (multi)polygon; holes are clipped with their shell. Null when nothing is left. */
export function clipPolygonal(geometry: Polygon | MultiPolygon, box: BBox): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const shell = rings[0] && clipRing(rings[0], box);
    if (!shell) continue;
    const holes = rings.slice(1).map((h) => clipRing(h, box)).filter((h): h is Position[] => h !== null);
    out.push([shell, ...holes]);
  }
  return out.length ? { type: 'MultiPolygon', coordinates: out } : null;
}

/** True when two boxes overlap. */
export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
