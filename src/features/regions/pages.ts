/**
 * Build time: which region pages exist, and the series they chart. Every country and every NUTS-2
 * region of regions.json gets a page (the pipeline writes one region per geometry feature).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/generated-data';
import type { Region } from '../../schemas/generated';
import type { YearSeries } from './series';

/** Every country and NUTS-2 region, sorted by code: one profile page each. */
export function regionPages(regions: readonly Region[]): Region[] {
  return [...regions].sort((a, b) => a.id.localeCompare(b.id));
}

const cache = new Map<string, YearSeries | null>();

/**
 * Every year of one metric, from `series/<metric>.json` when the pipeline wrote one (null when it
 * did not: the page then shows the latest value of regions.json, without a chart).
 * Bridge until the data pipeline's own validated getter lands in src/lib/generated-data.ts.
 */
export function seriesOf(metricId: string): YearSeries | null {
  const path = join(dataDir(), 'series', `${metricId}.json`);
  if (!cache.has(path)) cache.set(path, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as YearSeries) : null);
  return cache.get(path) ?? null;
}
