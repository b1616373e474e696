/**
 * Clusters → regions: counts at NUTS-2 and country level, counts per primary category, and a
 * specialisation quotient per category.
 *
 * Specialisation quotient (a location quotient on cluster organisations):
 *
 *   SQ(r, k) = (n_rk / n_r) / (N_k / N)
 *
 * n_rk = clusters in region r whose primary category is k, n_r = clusters in r, N_k and N the same
 * over the whole dataset. SQ > 1: the category weighs more in the region's clusters than in the
 * atlas as a whole. It is computed on this dataset's cluster organisations — not on employment as
 * the European Cluster Observatory's LQ is — so with a few clusters per region it is indicative
 * only. Null where a region has no cluster (0/0).
 */
import type { Cluster } from '../../src/schemas/generated.ts';
import { round, VALUE_DECIMALS } from '../../src/lib/precision.ts';

export interface RegionKey {
  id: string;
  level: 0 | 2;
}

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

/** Dataset-wide share of each primary category (N_k / N). */
export function categoryShares(clusters: readonly Cluster[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of clusters) {
    const k = c.categories[0];
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Map([...counts].map(([k, n]) => [k, n / clusters.length]));
}

export function specialisationQuotient(a: ClusterAggregate | undefined, category: string, share: number): number | null {
  if (!a || a.total === 0 || share === 0) return null;
  return round((a.byCategory.get(category) ?? 0) / a.total / share, VALUE_DECIMALS);
}
