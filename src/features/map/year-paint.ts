/**
 * Region colours for a year or a change, painted through MapLibre's feature state: changing the
 * year touches each region's state (a paint-array update on the main thread) instead of handing the
 * worker a new GeoJSON to tile, which is what keeps a year step near a frame for ~300 regions.
 *
 * The style reads the state first and the feature's own properties second (style.ts:
 * `['coalesce', ['feature-state', 'fill'], ['get', 'fill']]`), so the first picture, painted from
 * the source's properties, needs no state at all.
 */
import type { Metric } from '../../schemas/generated';
import type { MapRegion } from './map-data';
import { classify } from './map-legend';

/**
 * What a region shape shows: `nd` 0 = a value in colour `fill`, 1 = no data (hatched; `fill` is then
 * the no-data grey, never "", which the style would fail to read as a colour).
 */
export interface RegionPaint {
  readonly fill: string;
  readonly nd: 0 | 1;
}

/** The paint of every region under a metric (the same rule as features.ts's regionFeatures). */
export function regionPaints(regions: Iterable<MapRegion>, metric: Metric): Map<string, RegionPaint> {
  const out = new Map<string, RegionPaint>();
  for (const r of regions) {
    const k = classify(r.values[metric.id] ?? null, metric.breaks);
    out.set(r.id, k === null ? { fill: metric.noDataColor, nd: 1 } : { fill: metric.colors[Math.min(k, metric.colors.length - 1)] ?? metric.noDataColor, nd: 0 });
  }
  return out;
}

interface FeatureStateMap {
  setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>): void;
}

/**
 * Set the state of the regions whose paint differs from `previous` (all of them when there is
 * none). Returns the number of regions touched, for the benchmark.
 */
export function applyRegionPaints(map: FeatureStateMap, next: ReadonlyMap<string, RegionPaint>, previous: ReadonlyMap<string, RegionPaint> | null, source = 'regions'): number {
  let n = 0;
  for (const [id, p] of next) {
    const q = previous?.get(id);
    if (q && q.fill === p.fill && q.nd === p.nd) continue;
    map.setFeatureState({ source, id }, { fill: p.fill, nd: p.nd });
    n++;
  }
  return n;
}
