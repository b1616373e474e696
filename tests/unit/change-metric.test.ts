import { expect, test } from 'vitest';
import type { Metric } from '../../src/schemas/generated';
import { changeBreaks, changeId, changeKind, changeMetric, changeOf, DIVERGING, niceStep, regionsAt } from '../../src/features/map/change-metric';
import type { MapRegion } from '../../src/features/map/map-data';
import { colorFor } from '../../src/features/map/map-legend';

const metric = { id: 'unemp_rate', label: 'Unemployment rate', unit: '%', levels: [2], breaks: [5, 10], colors: ['#a', '#b', '#c'], noDataColor: '#d9d9d9', source: 'Eurostat', sourceUrl: null, vintage: '2024', status: 'official', datasetCode: 'tgs00010', years: [2008, 2013], defaultYear: 2013, note: null } satisfies Metric;
const region = (id: string, v: number | null): MapRegion => ({ id, level: 2, name: id, country: id.slice(0, 2), values: v === null ? {} : { unemp_rate: v }, flags: {}, periods: {} });
const series = { indicator: 'unemp_rate', years: [2008, 2010, 2013], values: { ES61: [17.7, 28, 36.2], DE21: [3.2, 3.1, 2.9], FR10: [null, 8, 9] }, flags: { ES61: ['b', '', 'u'] } };

test('changeKind counts a percentage in percentage points and anything else as a relative change', () => {
  expect(changeKind('%')).toBe('pp');
  expect(changeKind('% of employment')).toBe('pp');
  expect(changeKind('PPS per inhabitant')).toBe('pct');
  expect(changeKind('index, EU27 = 100')).toBe('pct');
});

test('changeOf subtracts for points, divides for percentages, and has no value without both years or from zero', () => {
  expect(changeOf(17.7, 36.2, 'pp')).toBe(18.5);
  expect(changeOf(20000, 18000, 'pct')).toBe(-10);
  expect(changeOf(-4, -2, 'pct')).toBe(50);
  expect(changeOf(null, 3, 'pp')).toBeNull();
  expect(changeOf(0, 3, 'pct')).toBeNull();
});

test('niceStep rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
  expect([0.3, 1, 1.2, 2.2, 3, 7, 12, 0, Number.NaN].map(niceStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 20, 1, 1]);
});

test('changeBreaks are symmetric around zero, so a colour means the same distance up as down', () => {
  const b = changeBreaks([-1, 2, 3, 4, 18.5, -0.2, 0.5, 1, 2, 6]);
  // |Δ| sorted: the 90th percentile of the ten is 6, half of it rounds up to a step of 5.
  expect(b).toEqual([-10, -5, 0, 5, 10]);
  expect(changeBreaks([])).toEqual([-2, -1, 0, 1, 2]);
});

test('changeMetric is a metric of its own: points for a rate, the diverging palette, the range in its label', () => {
  const m = changeMetric(metric, { from: 2008, to: 2013 }, [18.5, -0.3, 4, -2, 1]);
  expect(m.id).toBe(changeId('unemp_rate', { from: 2008, to: 2013 }));
  expect(m.label).toBe('Change in unemployment rate, 2008–2013');
  expect(m.unit).toBe('percentage points');
  expect(m.colors).toEqual([...DIVERGING]);
  expect(m.breaks).toEqual([-4, -2, 0, 2, 4]);
  expect(colorFor(-0.3, m)).toBe(DIVERGING[2]);
  expect(colorFor(0.3, m)).toBe(DIVERGING[3]);
  expect(m.source).toBe('Eurostat');
  // A difference in points keeps the rate's decimals; a percentage change shows one.
  expect(changeMetric({ ...metric, decimals: 1 }, { from: 2008, to: 2013 }, [1]).decimals).toBe(1);
  expect(changeMetric({ ...metric, unit: 'PPS per inhabitant', decimals: 0 }, { from: 2008, to: 2013 }, [1]).decimals).toBe(1);
});

test('regionsAt takes each value of a year from the series cell, flags and period with it', () => {
  const out = regionsAt([region('ES61', 30), region('DE21', 3), region('XX99', 1)], metric, series, { year: 2008, change: null });
  expect(out.map((r) => r.values['unemp_rate'] ?? null)).toEqual([17.7, 3.2, null]);
  expect(out[0]!.flags['unemp_rate']).toBe('b');
  expect(out[0]!.periods['unemp_rate']).toBe('2008');
});

test('regionsAt over a range gives the change under another id, with both years\' flags', () => {
  const id = changeId('unemp_rate', { from: 2008, to: 2013 });
  const out = regionsAt([region('ES61', 30), region('FR10', 9)], metric, series, { year: null, change: { from: 2008, to: 2013 } }, id);
  expect(out[0]!.values[id]).toBe(18.5);
  expect(out[0]!.flags[id]).toBe('bu');
  expect(out[1]!.values[id]).toBeUndefined();
});

test('regionsAt without the series, or for the default year, keeps the values the regions carry', () => {
  const rs = [region('ES61', 30)];
  expect(regionsAt(rs, metric, undefined, { year: 2008, change: null })[0]!.values['unemp_rate']).toBe(30);
  expect(regionsAt(rs, metric, series, { year: null, change: null })[0]!.values['unemp_rate']).toBe(30);
});
