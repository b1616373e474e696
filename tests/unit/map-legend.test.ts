import { describe, expect, test } from 'vitest';
import { classify, clusterRadius, sizeKey, colorFor, GROUP_PALETTE, groupColors, metricLegend, OTHER_COLOR } from '../../src/features/map/map-legend';

const metric = { breaks: [10, 20, 30], colors: ['#a', '#b', '#c', '#d'], noDataColor: '#nd', unit: '%' };

describe('classify', () => {
  test.each([
    [9.99, 0], [10, 1], [19.9, 2 - 1], [20, 2], [30, 3], [1e9, 3], [-5, 0], [0, 0],
  ])('classify(%s) puts the value in class %s (class i covers [breaks[i-1], breaks[i]))', (v, k) => {
    expect(classify(v, metric.breaks)).toBe(k);
  });
  test('classify returns null for null, undefined and NaN so that no data is never class 0', () => {
    expect(classify(null, metric.breaks)).toBeNull();
    expect(classify(undefined, metric.breaks)).toBeNull();
    expect(classify(Number.NaN, metric.breaks)).toBeNull();
  });
});

test('colorFor gives zero the first class colour and null the no-data colour', () => {
  expect(colorFor(0, metric)).toBe('#a');
  expect(colorFor(null, metric)).toBe('#nd');
  expect(colorFor(25, metric)).toBe('#c');
});

test('metricLegend lists every class with its bounds, then a No data entry', () => {
  expect(metricLegend(metric)).toEqual([
    { color: '#a', label: 'under 10%', noData: false },
    { color: '#b', label: '10% to under 20%', noData: false },
    { color: '#c', label: '20% to under 30%', noData: false },
    { color: '#d', label: '30% or more', noData: false },
    { color: '#nd', label: 'No data', noData: true },
  ]);
});

test('metricLegend reads cluster counts as whole numbers: none, 1, 2–4, 5–9, 10 or more', () => {
  const counts = { breaks: [1, 2, 5, 10], colors: ['#0', '#1', '#2', '#3', '#4'], noDataColor: '#nd', unit: 'clusters' };
  expect(metricLegend(counts).map((e) => e.label)).toEqual(['none in this list', '1', '2–4', '5–9', '10 or more', 'No data']);
});

test('groupColors colours the most frequent groups first and breaks ties by name', () => {
  const g = groupColors(['b', 'a', 'c', 'c', 'b']);
  expect(g.legend.map((e) => e.label)).toEqual(['b', 'c', 'a']);
  expect(g.colors.get('b')).toBe(GROUP_PALETTE[0]);
  expect(g.colors.get('a')).toBe(GROUP_PALETTE[2]);
});

test('groupColors sends groups beyond the palette to a shared Other entry', () => {
  const names = Array.from({ length: GROUP_PALETTE.length + 2 }, (_, i) => `g${String(i).padStart(2, '0')}`);
  const g = groupColors(names);
  expect(g.colors.size).toBe(GROUP_PALETTE.length);
  expect(g.legend.at(-1)).toEqual({ color: OTHER_COLOR, label: 'Other', noData: false });
});

test('clusterRadius grows with members, is capped, and gives unknown sizes a fixed radius', () => {
  expect(clusterRadius(null)).toBe(4);
  expect(clusterRadius(0)).toBe(4);
  expect(clusterRadius(81)).toBe(6);
  expect(clusterRadius(1e6)).toBe(12);
});

test('sizeKey draws the steps up to the largest known count and counts the clusters with a count', () => {
  expect(sizeKey([null, 40, 250, null])).toEqual({ steps: [{ members: 10, r: clusterRadius(10) }, { members: 100, r: clusterRadius(100) }], known: 2, total: 4 });
  expect(sizeKey([null, null])).toEqual({ steps: [], known: 0, total: 2 });
});
