/**
 * Suggested partners — the report's inter-clustering axis: for every cluster, the
 * SUGGESTED_PER_CLUSTER nearest clusters that share its primary cluster category and sit in
 * another country. Bounded (at most k·n links), symmetric pairs merged, and never presented as an
 * existing partnership: pairs that are already declared are left out.
 */
import type { Cluster, Link } from '../../src/schemas/generated.ts';

/** k: enough to show a neighbourhood on the map without turning it into a hairball. */
export const SUGGESTED_PER_CLUSTER = 3;

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function suggestPartners(clusters: readonly Cluster[], declared: readonly Link[], k = SUGGESTED_PER_CLUSTER): Link[] {
  // Declared neighbours per cluster, so a candidate is checked without building a pair key.
  const taken = new Map<string, Set<string>>();
  const addTaken = (a: string, b: string) => {
    let set = taken.get(a);
    if (!set) taken.set(a, (set = new Set()));
    set.add(b);
  };
  for (const l of declared) {
    addTaken(l.source, l.target);
    addTaken(l.target, l.source);
  }
  const byCategory = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const primary = c.categories[0];
    if (!primary) continue;
    const group = byCategory.get(primary);
    if (group) group.push(c);
    else byCategory.set(primary, [c]);
  }
  // Radians and cos(lat) once per cluster.
  const rad = Math.PI / 180;
  interface Point {
    c: Cluster;
    lat: number;
    lon: number;
    cos: number;
  }
  const distance = (a: Point, b: Point) => {
    const h = Math.sin((b.lat - a.lat) / 2) ** 2 + a.cos * b.cos * Math.sin((b.lon - a.lon) / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  const out = new Map<string, Link>();
  // The k best candidates of the cluster being processed, kept sorted by (distance, id).
  const bestD: number[] = [];
  const bestC: Cluster[] = [];
  const consider = (p: Point, o: Point, mine: Set<string> | undefined) => {
    if (o.c.country === p.c.country) return;
    const d = distance(p, o);
    if (bestD.length === k && (d > bestD[k - 1]! || (d === bestD[k - 1]! && o.c.id > bestC[k - 1]!.id))) return;
    if (mine?.has(o.c.id)) return;
    // Insertion into the short sorted list; ties broken by id so the choice is deterministic.
    let i = bestD.length;
    while (i > 0 && (bestD[i - 1]! > d || (bestD[i - 1] === d && bestC[i - 1]!.id > o.c.id))) i--;
    bestD.splice(i, 0, d);
    bestC.splice(i, 0, o.c);
    if (bestD.length > k) {
      bestD.pop();
      bestC.pop();
    }
  };
  for (const [category, group] of byCategory) {
    // Sweep in latitude order: a great-circle distance is at least R·|Δlatitude|, so the scan in
    // each direction stops once that bound exceeds the k-th best distance found — a band around
    // the cluster instead of the whole category (near-linear for spread-out data).
    const points: Point[] = group
      .map((c) => ({ c, lat: c.lat * rad, lon: c.lon * rad, cos: Math.cos(c.lat * rad) }))
      .sort((a, b) => a.lat - b.lat || (a.c.id < b.c.id ? -1 : 1));
    const beyond = (p: Point, o: Point) => bestD.length === k && EARTH_RADIUS_KM * Math.abs(o.lat - p.lat) > bestD[k - 1]!;
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      const c = p.c;
      bestD.length = 0;
      bestC.length = 0;
      const mine = taken.get(c.id);
      for (let j = i + 1; j < points.length && !beyond(p, points[j]!); j++) consider(p, points[j]!, mine);
      for (let j = i - 1; j >= 0 && !beyond(p, points[j]!); j--) consider(p, points[j]!, mine);
      for (let j = 0; j < bestC.length; j++) {
        const o = bestC[j]!;
        const [a, b] = c.id < o.id ? [c, o] : [o, c];
        const id = `s:${a.id}:${b.id}`;
        if (out.has(id)) continue;
        out.set(id, {
          id,
          source: a.id,
          target: b.id,
          kind: 'suggested',
          type: 'same_field',
          networkId: null,
          field: category,
          status: 'compiled',
          evidence: `Suggested by the atlas, not an existing partnership: both have the primary cluster category "${category}" (editorial assignment) and are ${Math.round(bestD[j]!)} km apart in different countries.`,
          sourceUrl: null,
        });
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
