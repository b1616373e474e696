/**
 * Great-circle arcs between two points, as a line of lon/lat positions. Pure maths (no d3) because
 * the browser builds the arcs from cluster coordinates instead of downloading them.
 */
const RAD = Math.PI / 180;

/** One intermediate point every ARC_STEP_DEG degrees of arc (≈ 330 km): smooth at Europe's scale. */
export const ARC_STEP_DEG = 3;

/** Central angle between two lon/lat points, in degrees (haversine, stable for short distances). */
export function arcDegrees(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / RAD;
}

/**
 * Positions along the great circle from `a` to `b`, both ends included, rounded to 4 decimals
 * (≈ 11 m). Identical points give a two-point line so the feature is never dropped.
 */
export function greatCircle(a: readonly [number, number], b: readonly [number, number], stepDeg = ARC_STEP_DEG): [number, number][] {
  const angle = arcDegrees(a, b) * RAD;
  const n = Math.max(1, Math.ceil(angle / RAD / stepDeg));
  if (angle === 0) return [[a[0], a[1]], [b[0], b[1]]];
  const [x1, y1, z1] = toXyz(a);
  const [x2, y2, z2] = toXyz(b);
  const sinAngle = Math.sin(angle);
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const k1 = Math.sin((1 - t) * angle) / sinAngle;
    const k2 = Math.sin(t * angle) / sinAngle;
    const x = k1 * x1 + k2 * x2;
    const y = k1 * y1 + k2 * y2;
    const z = k1 * z1 + k2 * z2;
    out.push([r4(Math.atan2(y, x) / RAD), r4(Math.atan2(z, Math.hypot(x, y)) / RAD)]);
  }
  // Keep the exact end points so arcs meet their cluster markers.
  out[0] = [a[0], a[1]];
  out[n] = [b[0], b[1]];
  return out;
}

function toXyz([lon, lat]: readonly [number, number]): [number, number, number] {
  const l = lon * RAD;
  const p = lat * RAD;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function r4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return r === 0 ? 0 : r;
}
