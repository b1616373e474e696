import { describe, expect, test } from 'vitest';
import { indicatorProfiles, ordinal, profileMetrics, rankIn, shortSource, sourceLine, valueText } from '../../src/features/regions/profile';
import type { YearSeries } from '../../src/features/regions/series';
import { metric, region } from '../support/atlas-rows';

const unemp = metric('unemp_rate', { label: 'Unemployment rate', unit: '%', levels: [2] });
const gdp = metric('gdp_pps_hab', { label: 'GDP per inhabitant', unit: 'PPS per inhabitant' });
const change = metric('unemp_change', { label: 'Change', unit: 'percentage points', levels: [2] });
const regions = [
  region('IT'),
  region('ITC4', { name: 'Lombardia', values: { unemp_rate: 6.4, gdp_pps_hab: 38000, unemp_change: 4.3, clusters: 2, 'sq-x': 3 } }),
  region('ITF6', { name: 'Calabria', values: { unemp_rate: 21.6, gdp_pps_hab: 17000, unemp_change: 8 } }),
  region('ITH1', { name: 'Bolzano', values: { unemp_rate: 3.1, gdp_pps_hab: null }, indicators: { gdp_pps_hab: { value: null, period: '2022', flags: '' } } }),
  region('DE21', { name: 'Oberbayern', values: { unemp_rate: 2.8, gdp_pps_hab: 55000 } }),
];
const metrics = [metric('clusters'), metric('sq-x'), unemp, gdp, change, metric('empty', { levels: [2] })];
const series: YearSeries = {
  years: [2015, 2016, 2017],
  values: { ITC4: [7.9, 7.4, 6.4], ITF6: [22.9, 23.2, 21.6], ITH1: [3.8, 3.7, null], DE21: [3.0, 2.9, 2.8], IT: [11.9, 11.7, 11.2], EU28: [9.4, 8.6, 7.6] },
  flags: { ITC4: ['', 'b', ''] },
};
const seriesOf = (id: string) => (id === 'unemp_rate' ? series : id === 'unemp_change' ? { years: [2013], values: { ITC4: [4.3] }, flags: {} } : null);

describe('profileMetrics', () => {
  test('lists statistics of the level that some region has, not cluster counts, quotients or empty metrics', () => {
    expect(profileMetrics(metrics, regions, 2).map((m) => m.id)).toEqual(['unemp_rate', 'gdp_pps_hab', 'unemp_change']);
    expect(profileMetrics(metrics, regions, 0)).toEqual([]);
  });
});

describe('indicatorProfiles', () => {
  const [u, g, c] = indicatorProfiles(regions[1]!, regions, metrics, seriesOf);

  test('takes the latest value, its year and flags from the series', () => {
    expect(u?.latest).toEqual({ value: 6.4, period: '2017', flags: '' });
  });

  test('ranks the region in its country and in Europe among regions with a value that year', () => {
    expect(u?.rankInCountry).toEqual({ rank: 2, of: 2 });
    expect(u?.rankInEurope).toEqual({ rank: 2, of: 3 });
  });

  test('charts the region against its country and the EU aggregate the file has', () => {
    expect(u?.chart?.series.map((s) => [s.id, s.label])).toEqual([['ITC4', 'Lombardia'], ['IT', 'IT'], ['EU28', 'EU (28 countries)']]);
    expect(u?.chart?.series[0]?.flags).toEqual(['', 'b', '']);
    expect(u?.chart?.years).toEqual([2015, 2016, 2017]);
  });

  test('falls back to regions.json without a series, with no chart', () => {
    expect(g?.latest).toEqual({ value: 38000, period: '2024', flags: '' });
    expect(g?.chart).toBeNull();
    expect(g?.rankInEurope).toEqual({ rank: 2, of: 3 });
  });

  test('draws no chart for a one-year series (a derived change)', () => {
    expect(c?.latest?.period).toBe('2013');
    expect(c?.chart).toBeNull();
  });

  test('says "no data" (null) for a region without a value, and gives it no rank', () => {
    const [, bolzano] = indicatorProfiles(regions[3]!, regions, metrics, seriesOf);
    expect(bolzano?.latest).toBeNull();
    expect(bolzano?.rankInEurope).toBeNull();
  });

  test('ranks a country among countries and never within itself', () => {
    const countries = [region('IT', { values: { gdp_pps_hab: 30000 } }), region('DE', { values: { gdp_pps_hab: 40000 } })];
    const [it] = indicatorProfiles(countries[0]!, countries, [gdp], () => null);
    expect(it?.rankInCountry).toBeNull();
    expect(it?.rankInEurope).toEqual({ rank: 2, of: 2 });
  });
});

test('rankIn shares a rank between ties and is null for a missing id', () => {
  const values = new Map([['a', 5], ['b', 9], ['c', 5], ['d', 1]]);
  expect([rankIn(values, 'b'), rankIn(values, 'c'), rankIn(values, 'd'), rankIn(values, 'x')]).toEqual([{ rank: 1, of: 4 }, { rank: 2, of: 4 }, { rank: 4, of: 4 }, null]);
});

test('ordinal writes English ordinals, 11th to 13th included', () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 290].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '290th']);
});

test('valueText keeps "%" with the number and leaves longer units to the header', () => {
  expect([valueText(6.4, '%'), valueText(38000, 'PPS per inhabitant'), valueText(-1.25, 'percentage points')]).toEqual(['6.4%', '38,000', '-1.25']);
});

test('sourceLine adds the dataset code only where neither the source nor the vintage names it', () => {
  expect(sourceLine({ source: 'Eurostat (tgs00010)', datasetCode: 'tgs00010', vintage: null }).code).toBeNull();
  expect(sourceLine({ source: 'Eurostat', datasetCode: 'tgs00010', vintage: 'tgs00010, 2018' }).code).toBeNull();
  expect(sourceLine({ source: 'Eurostat', datasetCode: 'tgs00010', vintage: '2018' }).code).toBe('tgs00010');
});

test('shortSource names publisher and dataset code, and the vintage without the code it starts with', () => {
  expect(shortSource({ source: 'Eurostat, Unemployment rate by NUTS 2 regions (tgs00010)', datasetCode: 'tgs00010', vintage: 'tgs00010, downloaded 2018' }))
    .toEqual({ label: 'Eurostat tgs00010', vintage: 'downloaded 2018' });
  expect(shortSource({ source: 'Cluster list', datasetCode: null, vintage: null })).toEqual({ label: 'Cluster list', vintage: null });
});
