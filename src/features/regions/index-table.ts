/**
 * The regions index (/regions/): one row per NUTS-2 region, and one per country, with its
 * country, cluster count and the latest value of each indicator that has data. Pure.
 */
import type { Cluster, Metric, Region } from '../../schemas/generated';
import { clustersIn } from '../../lib/entity-pages';
import { profileMetrics } from './profile';

export interface IndexColumn {
  readonly metric: Metric;
  /** The period most regions' values are for ("2017"), shown in the header; null if none. */
  readonly period: string | null;
}

export interface IndexRow {
  readonly region: Region;
  readonly countryName: string;
  readonly clusters: number;
  /** One entry per column: the value in regions.json (the metric's default year) and its flags. */
  readonly values: readonly { readonly value: number | null; readonly flags: string; readonly period: string | null }[];
}

/** The period shared by most values of `metric` at `level` (ties: the latest). */
function commonPeriod(metric: Metric, regions: readonly Region[]): string | null {
  const counts = new Map<string, number>();
  for (const r of regions) {
    const p = r.indicators[metric.id]?.period;
    if (p && Number.isFinite(r.values[metric.id] ?? NaN)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;
}

/**
 * Indicators the index shows as columns when they have data, in this order: the crisis, prosperity
 * and industry measures the report turns on. Three columns keep the table readable on a phone.
 */
export const HEADLINE_METRICS = ['unemp_rate', 'gdp_pps_hab', 'industry_share'] as const;
const MAX_COLUMNS = 3;

/** Value columns for the regions of `level`: the headline indicators with data, else the first ones that have data. */
export function indexColumns(metrics: readonly Metric[], regions: readonly Region[], level: 0 | 2): IndexColumn[] {
  const ofLevel = regions.filter((r) => r.level === level);
  const usable = profileMetrics(metrics, regions, level);
  const headline = HEADLINE_METRICS.flatMap((id) => usable.filter((m) => m.id === id));
  const chosen = (headline.length > 0 ? headline : usable).slice(0, MAX_COLUMNS);
  return chosen.map((metric) => ({ metric, period: commonPeriod(metric, ofLevel) }));
}

/** Rows of `level`, sorted by country name, then region name (the order without JavaScript). */
export function indexRows(regions: readonly Region[], clusters: readonly Cluster[], columns: readonly IndexColumn[], level: 0 | 2): IndexRow[] {
  const countryName = new Map(regions.filter((r) => r.level === 0).map((r) => [r.id, r.name]));
  return regions
    .filter((r) => r.level === level)
    .map((region) => ({
      region,
      countryName: countryName.get(region.country) ?? region.country,
      clusters: clustersIn(region, clusters).length,
      values: columns.map(({ metric }) => {
        const v = region.values[metric.id];
        const stored = region.indicators[metric.id];
        return { value: v !== null && v !== undefined && Number.isFinite(v) ? v : null, flags: stored?.flags ?? '', period: stored?.period ?? null };
      }),
    }))
    .sort((a, b) => a.countryName.localeCompare(b.countryName, 'en') || a.region.name.localeCompare(b.region.name, 'en') || a.region.id.localeCompare(b.region.id));
}
