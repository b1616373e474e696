/**
 * Clusters → regions: counts at NUTS-2 and country level, and counts per primary category.
 *
 * (A specialisation quotient on these counts was dropped: with one or two organisations per region
 * it ranked Attiki, Berlin and Eesti alike. Specialisation is measured on employment instead:
 * location quotients by NACE section, scripts/lib/series.ts with measure `lq`.)
 */
import type { Cluster } from '../../src/schemas/generated.ts';

export interface ClusterAggregate {
  total: number;
  byCategory: Map<string, number>;
}

/** Counts per region id (NUTS-2 codes and country codes share one map: they never collide). */
export function countClusters(clusters: readonly Cluster[]): Map<string, ClusterAggregate> {
  const out = new Map<string, ClusterAggregate>();
  const add = (id: string, category: string | undefined) => {
    let a = out.get(id);
    if (!a) out.set(id, (a = { total: 0, byCategory: new Map() }));
    a.total++;
    if (category) a.byCategory.set(category, (a.byCategory.get(category) ?? 0) + 1);
  };
  for (const c of clusters) {
    add(c.country, c.categories[0]);
    if (c.nuts2) add(c.nuts2, c.categories[0]);
  }
  return out;
}
