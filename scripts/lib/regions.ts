/**
 * Region records (countries and NUTS-2) with every metric's value at its default year, and the
 * metric definitions with their classes.
 *
 * A metric's classes are computed over every year of its series, not only the default one, so
 * a map of 2008 and a map of 2013 share one legend and a region's colour changes only when its
 * value does.
 */
import type { Cluster, Metric, Region } from '../../src/schemas/generated.ts';
import { round, VALUE_DECIMALS } from '../../src/lib/precision.ts';
import { countClusters } from './aggregate.ts';
import { classesFor, countBreaks, LQ_BREAKS, quantileBreaks } from './classify.ts';
import { COUNTRIES } from './countries.ts';
import type { RegionShape } from './geo.ts';
import { isAggregate, type MetricSeries } from './series.ts';

export const CLUSTER_SOURCE = 'Cluster Atlas cluster list (data/clusters.csv), compiled by the editors';

const rounded = (v: number | null | undefined, decimals = VALUE_DECIMALS) => (v === null || v === undefined ? null : round(v, decimals));

/** The metric's value, period and flags for one region at the default year (undefined: no row). */
function atDefaultYear(s: MetricSeries, id: string): Region['indicators'][string] | undefined {
  const row = s.rows.get(id);
  const i = s.defaultYear === null ? -1 : s.years.indexOf(s.defaultYear);
  if (!row || i < 0) return undefined;
  return { value: rounded(row.values[i], s.decimals), period: s.period(s.defaultYear!), flags: row.flags[i]! };
}

function regionRecord(shape: RegionShape, level: 0 | 2, clusters: ReturnType<typeof countClusters>, series: readonly MetricSeries[]): Region {
  const agg = clusters.get(shape.id);
  const values: Record<string, number | null> = { clusters: agg?.total ?? 0 };
  const indicators: Region['indicators'] = {};
  for (const s of series) {
    if (!s.levels.includes(level) || s.defaultYear === null) continue;
    const v = atDefaultYear(s, shape.id);
    values[s.id] = v?.value ?? null;
    if (v) indicators[s.id] = v;
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
    indicators,
  };
}

/** Every value of every year at the metric's levels (map regions only, not aggregates). */
function allValues(s: MetricSeries, isMapped: (id: string, level: 0 | 2) => boolean): (number | null)[] {
  const out: (number | null)[] = [];
  for (const [geo, row] of s.rows) {
    const level = geo.length === 2 ? 0 : 2;
    if (!isAggregate(geo) && s.levels.includes(level) && isMapped(geo, level)) out.push(...row.values.map((v) => rounded(v, s.decimals)));
  }
  return out;
}

/** The most decimals any value of a series has once rounded to what it keeps: the source's own precision. */
export function shownDecimals(s: MetricSeries): number {
  let most = 0;
  for (const row of s.rows.values()) {
    for (const v of row.values) {
      if (v === null) continue;
      const digits = /\.(\d+)$/.exec(String(rounded(v, s.decimals)))?.[1]?.length ?? 0;
      if (digits > most) most = digits;
    }
  }
  return Math.min(most, s.decimals);
}

function seriesMetric(s: MetricSeries, isMapped: (id: string, level: 0 | 2) => boolean): Metric {
  const palette = s.classes === 'lq' ? 'purples' : s.higherIs === 'worse' ? 'oranges' : 'blues';
  return {
    id: s.id,
    label: s.label,
    unit: s.unit,
    levels: s.levels,
    ...classesFor(s.classes === 'lq' ? LQ_BREAKS : quantileBreaks(allValues(s, isMapped)), palette),
    source: s.source,
    sourceUrl: s.sourceUrl,
    vintage: s.vintage,
    status: 'official',
    datasetCode: s.datasetCode,
    years: s.years,
    defaultYear: s.defaultYear,
    note: s.note,
    decimals: shownDecimals(s),
  };
}

export function buildRegions(
  nuts2: readonly RegionShape[],
  countries: readonly RegionShape[],
  clusters: readonly Cluster[],
  series: readonly MetricSeries[],
  vintage: string,
): { regions: Region[]; metrics: Metric[] } {
  const counts = countClusters(clusters);
  const shapes: { shape: RegionShape; level: 0 | 2 }[] = [
    ...countries.filter((c) => COUNTRIES.get(c.id)?.mapped).map((shape) => ({ shape, level: 0 as const })),
    ...nuts2.map((shape) => ({ shape, level: 2 as const })),
  ];
  const regions = shapes.map(({ shape, level }) => regionRecord(shape, level, counts, series));
  regions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mapped = new Set(regions.map((r) => `${r.level}:${r.id}`));
  const isMapped = (id: string, level: 0 | 2) => mapped.has(`${level}:${id}`);

  const pick = ({ breaks, colors }: { breaks: number[]; colors: string[] }) => ({ breaks, colors });
  const column = (level: 0 | 2) => regions.filter((r) => r.level === level).map((r) => r.values['clusters'] ?? null);
  const metrics: Metric[] = [{
    id: 'clusters',
    label: 'Cluster organisations in the atlas',
    unit: 'clusters',
    levels: [0, 2],
    // Classes from NUTS-2 counts (0–5 today); country totals run far higher (up to 23), so country
    // maps get classes of their own.
    ...classesFor(countBreaks(column(2)), 'blues'),
    levelClasses: [{ level: 0, ...pick(classesFor(countBreaks(column(0)), 'blues')) }],
    source: CLUSTER_SOURCE,
    sourceUrl: null,
    vintage,
    status: 'compiled',
    datasetCode: null,
    years: [],
    defaultYear: null,
    note: 'Counts of the cluster organisations listed in this atlas, not of all clusters in Europe.',
    decimals: 0,
  }];
  // A catalogue entry without values is offered nowhere (Data & sources lists it as "no data").
  for (const s of series) if (s.defaultYear !== null) metrics.push(seriesMetric(s, isMapped));
  metrics.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { regions, metrics };
}
