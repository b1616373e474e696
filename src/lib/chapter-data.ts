/**
 * The generated data as the chapters' figures read it (a DataSource for src/lib/data-values.ts):
 * metrics and series from public/data/, place names from regions.json, EU aggregates named here.
 * Build time only (it reads files through src/lib/generated-data.ts).
 */
import { loadRegions, loadSeries } from './generated-data';
import type { DataSource } from './data-values';

/** EU aggregates as Eurostat codes them in the files the atlas holds. */
export const AGGREGATE_NAMES: Readonly<Record<string, string>> = {
  EU27_2020: 'EU27 (2020 composition)',
  EU28: 'EU28',
};

/** The DataSource over the generated data (the files are read once, by generated-data.ts). */
export function generatedDataSource(): DataSource {
  const { regions, metrics } = loadRegions();
  const names = new Map(regions.map((r) => [r.id, r.name]));
  return {
    metrics,
    series: (id) => loadSeries(id),
    geoName: (code) => names.get(code) ?? AGGREGATE_NAMES[code] ?? null,
  };
}
