/**
 * Build time: which region pages exist, and the series they chart. Every country and every NUTS-2
 * region of regions.json gets a page (the pipeline writes one region per geometry feature).
 */
import { loadSeries } from '../../lib/generated-data';
import type { Region } from '../../schemas/generated';
import type { YearSeries } from './series';

/** Every country and NUTS-2 region, sorted by code: one profile page each. */
export function regionPages(regions: readonly Region[]): Region[] {
  return [...regions].sort((a, b) => a.id.localeCompare(b.id));
}

/** Every year of one metric (`series/<metric>.json`, validated), or null for a metric without years. */
export function seriesOf(metricId: string): YearSeries | null {
  return loadSeries(metricId);
}
