import { expect, test } from 'vitest';
import { comparisonSeries, geoSeries, latestOf, trimYears, valuesInYear, type YearSeries } from '../../src/features/regions/series';

const file: YearSeries = {
  years: [2000, 2001, 2002, 2003],
  values: { FR10: [null, 50, 52, null], FR: [30, 31, 32, 33], EU28: [20, 21, null, 23], EU27_2020: [null, null, null, null], XX: [null, null, null, null] },
  flags: { FR10: ['', 'p', '', ''] },
};

test('geoSeries is null for a geo that is missing or has no value in any year', () => {
  expect(geoSeries(file, 'ZZ', 'Z')).toBeNull();
  expect(geoSeries(file, 'XX', 'X')).toBeNull();
  expect(geoSeries(file, 'FR10', 'Île-de-France')).toEqual({ id: 'FR10', label: 'Île-de-France', values: [null, 50, 52, null], flags: ['', 'p', '', ''] });
});

test('comparisonSeries takes the first EU aggregate with values, after the region and its country', () => {
  const lines = comparisonSeries(file, { id: 'FR10', name: 'Île-de-France' }, { id: 'FR', name: 'France' });
  expect(lines.map((s) => s.id)).toEqual(['FR10', 'FR', 'EU28']);
  expect(comparisonSeries(file, { id: 'FR', name: 'France' }, null).map((s) => s.id)).toEqual(['FR', 'EU28']);
});

test('trimYears cuts the years to the first and last with any value', () => {
  const { years, series } = trimYears(file.years, [geoSeries(file, 'FR10', 'x')!]);
  expect(years).toEqual([2001, 2002]);
  expect(series[0]?.values).toEqual([50, 52]);
  expect(series[0]?.flags).toEqual(['p', '']);
  expect(trimYears(file.years, [])).toEqual({ years: [], series: [] });
});

test('latestOf gives the last year with a value, with its flags', () => {
  expect(latestOf(file, 'FR10')).toEqual({ year: 2002, value: 52, flags: '' });
  expect(latestOf(file, 'XX')).toBeNull();
});

test('valuesInYear leaves out geos without a value that year, and is empty for an unknown year', () => {
  expect([...valuesInYear(file, 2002).keys()]).toEqual(['FR10', 'FR']);
  expect(valuesInYear(file, 1990).size).toBe(0);
});
