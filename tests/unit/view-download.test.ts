import { expect, test } from 'vitest';
import type { Metric } from '../../src/schemas/generated';
import { longRows, viewFiles } from '../../src/features/map/view-download';
import type { MapRegion } from '../../src/features/map/map-data';

const metric = { id: 'unemp_rate', label: 'Unemployment rate', unit: '%', levels: [2], breaks: [], colors: ['#a'], noDataColor: '#ccc', source: 'Eurostat', sourceUrl: 'https://ec.europa.eu/eurostat', vintage: '2024-04-10', status: 'official', datasetCode: 'tgs00010', years: [2008, 2013], defaultYear: 2013, note: null } satisfies Metric;
const regions: MapRegion[] = [
  { id: 'ES61', level: 2, name: '=Andalucía', country: 'ES', values: { unemp_rate: 36.2 }, flags: {}, periods: {} },
  { id: 'DE21', level: 2, name: 'Oberbayern', country: 'DE', values: {}, flags: {}, periods: {} },
];
const series = { indicator: 'unemp_rate', years: [2008, 2013], values: { ES61: [17.7, 36.2] }, flags: { ES61: ['b', ''] } };

test('longRows has one row per region and year, codes sorted, empty cells kept', () => {
  expect(longRows(regions, metric, series)).toEqual([
    { region: 'DE21', name: 'Oberbayern', year: 2008, value: null, flags: '' },
    { region: 'DE21', name: 'Oberbayern', year: 2013, value: null, flags: '' },
    { region: 'ES61', name: '=Andalucía', year: 2008, value: 17.7, flags: 'b' },
    { region: 'ES61', name: '=Andalucía', year: 2013, value: 36.2, flags: '' },
  ]);
});

test('the CSV is long format with a guarded formula cell, and the JSON carries source, status and the link', () => {
  const f = viewFiles('crisis', metric, regions, series, 'https://example.org/maps/crisis/?year=2008', '2026-11-25');
  expect(f.base).toBe('crisis-unemp_rate');
  const lines = f.csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('region,name,year,value,flags');
  expect(lines).toContain("ES61,'=Andalucía,2008,17.7,b");
  expect(lines).toContain('DE21,Oberbayern,2013,,');
  const json = JSON.parse(f.json) as { meta: Record<string, unknown>; rows: unknown[] };
  expect(json.meta).toMatchObject({ metric: 'unemp_rate', source: 'Eurostat', status: 'official', vintage: '2024-04-10', years: [2008, 2013], page: 'https://example.org/maps/crisis/?year=2008' });
  expect(json.rows).toHaveLength(4);
});

test('a metric without a series downloads the values the regions carry, at its default year', () => {
  expect(longRows(regions, metric, undefined)[1]).toEqual({ region: 'ES61', name: '=Andalucía', year: 2013, value: 36.2, flags: '' });
});
