/**
 * Downloads of the view on screen: the regional values of the current metric for every year the
 * series has, in long format (one row per region and year: region, name, year, value, flags), as
 * CSV and as JSON with the metric's source, vintage, status and the link that reopens the view.
 * Pure: text in, text out; the client hands it to the browser as a file (a blob: URL).
 */
import type { Metric } from '../../schemas/generated';
import { toCsv, type CsvColumn } from '../../lib/csv-export';
import type { MapRegion } from './map-data';
import type { Series } from './series-loader';

export interface LongRow {
  readonly region: string;
  readonly name: string;
  /** null for a value of no particular year (a metric without years, such as a cluster count). */
  readonly year: number | null;
  readonly value: number | null;
  readonly flags: string;
}

/** Every region × year of the series, regions in code order, years ascending; no-value cells kept (empty). */
export function longRows(regions: readonly MapRegion[], metric: Metric, series: Series | undefined): LongRow[] {
  const sorted = [...regions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!series) {
    const year = metric.defaultYear ?? null;
    return sorted.map((r) => ({ region: r.id, name: r.name, year, value: r.values[metric.id] ?? null, flags: r.flags[metric.id] ?? '' }));
  }
  return sorted.flatMap((r) =>
    series.years.map((year, i) => ({ region: r.id, name: r.name, year, value: series.values[r.id]?.[i] ?? null, flags: series.flags[r.id]?.[i] ?? '' })),
  );
}

export const LONG_COLUMNS: readonly CsvColumn<LongRow>[] = [
  { name: 'region', title: 'NUTS code of the region (or country code)', datatype: 'string', value: (r) => r.region },
  { name: 'name', title: 'Region name', datatype: 'string', value: (r) => r.name },
  { name: 'year', title: 'Reference year', datatype: 'integer', value: (r) => r.year },
  { name: 'value', title: 'Value, in the unit of the metric (empty = not published)', datatype: 'number', value: (r) => r.value },
  { name: 'flags', title: 'Eurostat observation flags (b break, u low reliability, e estimated, p provisional, d definition differs)', datatype: 'string', value: (r) => r.flags },
];

export interface ViewFiles {
  readonly base: string;
  readonly csv: string;
  readonly json: string;
}

/** File names are made of the view, the metric and nothing a reader typed. */
const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'map';

/** The CSV and JSON of the view's current metric, every year; `page` is the link that reopens the view. */
export function viewFiles(view: string, metric: Metric, regions: readonly MapRegion[], series: Series | undefined, page: string, vintage: string): ViewFiles {
  const rows = longRows(regions, metric, series);
  const json = {
    meta: {
      title: `${metric.label}, every year, by region`,
      metric: metric.id,
      unit: metric.unit,
      source: metric.source,
      sourceUrl: metric.sourceUrl,
      datasetCode: metric.datasetCode,
      vintage: metric.vintage ?? vintage,
      status: metric.status,
      note: metric.note,
      years: series ? [...series.years] : metric.years,
      page,
    },
    rows,
  };
  return { base: `${safe(view)}-${safe(metric.id)}`, csv: toCsv(rows, LONG_COLUMNS), json: `${JSON.stringify(json, null, 1)}\n` };
}
