import { expect, test } from 'vitest';
import type { Metric } from '../../src/schemas/generated';
import { applyRegionPaints, regionPaints } from '../../src/features/map/year-paint';
import type { MapRegion } from '../../src/features/map/map-data';

const metric = { id: 'u', label: 'U', unit: '%', levels: [2], breaks: [5, 10], colors: ['#a', '#b', '#c'], noDataColor: '#ccc', source: 's', sourceUrl: null, vintage: null, status: 'official', datasetCode: null, years: [], defaultYear: null, note: null } satisfies Metric;
const r = (id: string, v?: number): MapRegion => ({ id, level: 2, name: id, country: 'X', values: v === undefined ? {} : { u: v }, flags: {}, periods: {} });

test('regionPaints colours each region by its class and marks regions without a value', () => {
  expect([...regionPaints([r('A', 3), r('B', 10), r('C')], metric)]).toEqual([['A', { fill: '#a', nd: 0 }], ['B', { fill: '#c', nd: 0 }], ['C', { fill: '#ccc', nd: 1 }]]);
});

test('applyRegionPaints sets the feature state of the regions that changed only', () => {
  const calls: [string, unknown][] = [];
  const map = { setFeatureState: (t: { id: string }, s: unknown) => void calls.push([t.id, s]) };
  const before = regionPaints([r('A', 3), r('B', 7)], metric);
  expect(applyRegionPaints(map, before, null)).toBe(2);
  calls.length = 0;
  const after = regionPaints([r('A', 3), r('B', 12)], metric);
  expect(applyRegionPaints(map, after, before)).toBe(1);
  expect(calls).toEqual([['B', { fill: '#c', nd: 0 }]]);
});
