import { expect, test } from 'vitest';
import type { Metric } from '../../src/schemas/generated';
import { barInput, chartSubjects, lineInput, whenText } from '../../src/features/map/chart-model';
import type { MapRegion } from '../../src/features/map/map-data';

const metric = { id: 'gdp', label: 'GDP per inhabitant', unit: 'PPS', levels: [2], breaks: [1], colors: ['#a', '#b'], noDataColor: '#ccc', source: 'Eurostat', sourceUrl: null, vintage: null, status: 'official', datasetCode: null, years: [2008, 2013], defaultYear: 2013, note: null } satisfies Metric;
const series = {
  indicator: 'gdp', years: [2008, 2013],
  values: { ES61: [20000, 18000], DE21: [40000, 45000], ES: [25000, 24000], EU27_2020: [26000, 27000], FR10: [null, null] },
  flags: { ES61: ['', 'p'] },
};
const names = { byId: new Map([['ES61', { name: 'Andalucía', country: 'ES' }], ['DE21', { name: 'Oberbayern', country: 'DE' }], ['ES', { name: 'Spain', country: 'ES' }], ['FR10', { name: 'Île de France', country: 'FR' }]]) };
const known = new Set(['ES61', 'DE21', 'FR10']);

test('chartSubjects puts the selected region first, then the compared ones, each once, at most five', () => {
  expect(chartSubjects({ selected: { kind: 'region', id: 'DE21' }, compare: ['ES61', 'DE21'], year: null, change: null }, known)).toEqual(['DE21', 'ES61']);
  expect(chartSubjects({ selected: { kind: 'cluster', id: 'x' }, compare: ['ZZ99', 'ES61'], year: null, change: null }, known)).toEqual(['ES61']);
  expect(chartSubjects({ selected: null, compare: [], year: null, change: null }, known)).toEqual([]);
});

test('lineInput draws the subjects, then the first one\'s country and the EU, with the file\'s values and flags', () => {
  const input = lineInput('c', metric, series, ['ES61', 'DE21'], names)!;
  expect(input.series.map((s) => s.label)).toEqual(['Andalucía', 'Oberbayern', 'Spain', 'EU (27 countries, 2020)']);
  expect(input.series[0]!.values).toEqual([20000, 18000]);
  expect(input.series[0]!.flags).toEqual(['', 'p']);
  expect(input.title).toBe('GDP per inhabitant, 2008–2013');
  expect(input.description).toContain('Andalucía, Oberbayern, Spain and EU (27 countries, 2020)');
});

test('lineInput leaves out a country or EU line without values and is null without a subject', () => {
  const noAggregates = { ...series, values: { ES61: [1, 2] } };
  expect(lineInput('c', metric, noAggregates, ['ES61'], names)!.series.map((s) => s.id)).toEqual(['ES61']);
  expect(lineInput('c', metric, series, [], names)).toBeNull();
});

test('lineInput never draws more than five lines', () => {
  const five = ['ES61', 'DE21', 'FR10', 'A', 'B'];
  expect(lineInput('c', metric, series, five, names)!.series).toHaveLength(5);
});

test('barInput ranks every region with the selected one highlighted', () => {
  const regions: MapRegion[] = [
    { id: 'ES61', level: 2, name: 'Andalucía', country: 'ES', values: { gdp: 18000 }, flags: { gdp: 'p' }, periods: {} },
    { id: 'DE21', level: 2, name: 'Oberbayern', country: 'DE', values: {}, flags: {}, periods: {} },
  ];
  const b = barInput('b', metric, regions, { selected: { kind: 'region', id: 'ES61' }, compare: [], year: 2013, change: null }, '2013');
  expect(b.highlight).toBe('ES61');
  expect(b.items).toEqual([{ id: 'ES61', label: 'Andalucía', value: 18000, flags: 'p' }, { id: 'DE21', label: 'Oberbayern', value: null, flags: '' }]);
  expect(b.title).toBe('GDP per inhabitant: highest and lowest regions, 2013');
});

test('whenText names the year shown or the range', () => {
  expect(whenText(null, null, [2008, 2013])).toBe('2013');
  expect(whenText(2008, null, [2008, 2013])).toBe('2008');
  expect(whenText(2008, { from: 2008, to: 2013 }, [2008, 2013])).toBe('2008–2013');
});
