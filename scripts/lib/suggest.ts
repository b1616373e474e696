/**
 * Suggested partners — the report's inter-clustering axis: for every cluster, the
 * SUGGESTED_PER_CLUSTER nearest clusters that share its primary cluster category and sit in
 * another country. Bounded (at most k·n links), symmetric pairs merged, and never presented as an
 * existing partnership: pairs that are already declared are left out.
 */
import type { Cluster, Link } from '../../src/schemas/generated.ts';
import { pairKey } from './cooperation.ts';

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
  const taken = new Set(declared.map((l) => pairKey(l.source, l.target)));
  const byCategory = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const primary = c.categories[0];
    if (!primary) continue;
    const group = byCategory.get(primary);
    if (group) group.push(c);
    else byCategory.set(primary, [c]);
  }
  const out = new Map<string, Link>();
  for (const [category, group] of byCategory) {
    for (const c of group) {
      const nearest = group
        .filter((o) => o.country !== c.country && !taken.has(pairKey(c.id, o.id)))
        .map((o) => ({ o, d: distanceKm(c, o) }))
        // Ties broken by id so the choice is deterministic.
        .sort((x, y) => x.d - y.d || (x.o.id < y.o.id ? -1 : 1))
        .slice(0, k);
      for (const { o, d } of nearest) {
        const key = pairKey(c.id, o.id);
        if (out.has(key)) continue;
        const [a, b] = c.id < o.id ? [c, o] : [o, c];
        out.set(key, {
          id: `s:${a.id}:${b.id}`,
          source: a.id,
          target: b.id,
          kind: 'suggested',
          type: 'same_field',
          networkId: null,
          field: category,
          status: 'compiled',
          evidence: `Suggested by the atlas, not an existing partnership: both have the primary cluster category "${category}" (editorial assignment) and are ${Math.round(d)} km apart in different countries.`,
          sourceUrl: null,
        });
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
