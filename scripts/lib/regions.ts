/**
 * Region records (countries and NUTS-2) with every metric value precomputed, and the metric
 * definitions with their classes.
 */
import type { Cluster, Metric, Region } from '../../src/schemas/generated.ts';
import { round, VALUE_DECIMALS } from '../../src/lib/precision.ts';
import { categoryShares, countClusters, specialisationQuotient } from './aggregate.ts';
import { classesFor, countBreaks, LQ_BREAKS, quantileBreaks } from './classify.ts';
import { COUNTRIES } from './countries.ts';
import type { RegionShape } from './geo.ts';
import type { IndicatorResult } from './indicators.ts';
import { slug } from './vocabulary.ts';

export const CLUSTER_SOURCE = 'Cluster Atlas cluster list (data/clusters.csv), compiled by the editors';

/** Metric id of the specialisation quotient of a category: `sq-` + slug of the category. */
export function sqMetricId(category: string): string {
  return `sq-${slug(category)}`;
}

export function buildRegions(
  nuts2: readonly RegionShape[],
  countries: readonly RegionShape[],
  clusters: readonly Cluster[],
  indicators: readonly IndicatorResult[],
  vintage: string,
): { regions: Region[]; metrics: Metric[] } {
  const counts = countClusters(clusters);
  const shares = categoryShares(clusters);
  const categories = [...shares.keys()].sort();

  const shapes: { shape: RegionShape; level: 0 | 2 }[] = [
    ...countries.filter((c) => COUNTRIES.get(c.id)?.mapped).map((shape) => ({ shape, level: 0 as const })),
    ...nuts2.map((shape) => ({ shape, level: 2 as const })),
  ];

  const regions: Region[] = shapes.map(({ shape, level }) => {
    const agg = counts.get(shape.id);
    const values: Record<string, number | null> = { clusters: agg?.total ?? 0 };
    for (const k of categories) values[sqMetricId(k)] = specialisationQuotient(agg, k, shares.get(k)!);
    const regionIndicators: Region['indicators'] = {};
    for (const ind of indicators) {
      if (!ind.entry.levels.includes(level)) continue;
      const v = ind.values.get(shape.id);
      values[ind.entry.id] = v?.value === null || v === undefined ? null : round(v.value, VALUE_DECIMALS);
      if (v) regionIndicators[ind.entry.id] = { value: v.value === null ? null : round(v.value, VALUE_DECIMALS), period: v.period, flags: v.flags };
    }
    const byCategory: Record<string, number> = {};
    for (const k of [...(agg?.byCategory.keys() ?? [])].sort()) byCategory[k] = agg!.byCategory.get(k)!;
    return {
      id: shape.id,
      level,
      name: level === 0 ? (COUNTRIES.get(shape.id)?.name ?? shape.name) : shape.name,
      country: level === 0 ? shape.id : shape.country,
      centroid: shape.centroid,
      values,
      clustersByCategory: byCategory,
      indicators: regionIndicators,
    };
  });
  regions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const pick = ({ breaks, colors }: { breaks: number[]; colors: string[] }) => ({ breaks, colors });
  const column = (id: string, levels: readonly (0 | 2)[]) =>
    regions.filter((r) => levels.includes(r.level)).map((r) => r.values[id] ?? null);
  const metrics: Metric[] = [];
  metrics.push({
    id: 'clusters',
    label: 'Cluster organisations in the atlas',
    unit: 'clusters',
    levels: [0, 2],
    // Classes from NUTS-2 counts (0–5 today); country totals run far higher (up to 23), so country
    // maps get classes of their own.
    ...classesFor(countBreaks(column('clusters', [2])), 'blues'),
    levelClasses: [{ level: 0, ...pick(classesFor(countBreaks(column('clusters', [0])), 'blues')) }],
    source: CLUSTER_SOURCE,
    sourceUrl: null,
    vintage,
    status: 'compiled',
    datasetCode: null,
  });
  for (const k of categories) {
    metrics.push({
      id: sqMetricId(k),
      label: `Specialisation quotient: ${k}`,
      unit: 'quotient',
      levels: [0, 2],
      ...classesFor(LQ_BREAKS, 'purples'),
      source: `${CLUSTER_SOURCE}; quotient of the region's share of ${k} clusters to the atlas-wide share (not employment-based)`,
      sourceUrl: null,
      vintage,
      status: 'compiled',
      datasetCode: null,
    });
  }
  for (const ind of indicators) {
    const e = ind.entry;
    metrics.push({
      id: e.id,
      label: e.label,
      unit: e.unit,
      levels: e.levels,
      ...classesFor(quantileBreaks(column(e.id, e.levels)), e.higherIs === 'worse' ? 'oranges' : 'blues'),
      source: e.sourceLabel,
      sourceUrl: e.sourceUrl,
      vintage: ind.period ? `${ind.period}${ind.lastUpdate ? ` (updated ${ind.lastUpdate})` : ''}` : null,
      status: 'official',
      datasetCode: e.datasetCode,
    });
  }
  metrics.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { regions, metrics };
}
