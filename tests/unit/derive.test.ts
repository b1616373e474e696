import { describe, expect, it } from 'vitest';
import { DERIVED, deriveAll, deriveMetric } from '../../scripts/lib/derive.ts';
import type { MetricSeries } from '../../scripts/lib/series.ts';

const base = (id: string, years: number[], rows: Record<string, [(number | null)[], string[]]>): MetricSeries => ({
  id, label: id, unit: '%', levels: [2], higherIs: 'worse', decimals: 1, classes: 'quantile', source: 'Eurostat, tgs00010', sourceUrl: null,
  datasetCode: 'tgs00010', note: null, vintage: null, years, defaultYear: years.at(-1) ?? null, period: String, file: 'raw/tgs00010.tsv',
  rows: new Map(Object.entries(rows).map(([geo, [values, flags]]) => [geo, { values, flags }])),
});
const spec = (id: string) => DERIVED.find((d) => d.id === id)!;

const unemp = base('unemp_rate', [2008, 2013, 2017], {
  ES61: [[17.7, 36.2, 25.5], ['', '', '']],
  AT11: [[3.9, null, 4.8], ['u', 'u', '']],
  DE30: [[15.2, 10.0, 8.4], ['b', '', 'u']],
});
const gdp = base('gdp_pps_hab', [2008, 2013, 2022], { LU00: [[80000, 75000, 90000], ['', '', 'p']], XX00: [[0, 1, 2], ['', '', '']] });

describe('deriveMetric', () => {
  it('takes the change in percentage points between two years of the same series', () => {
    const d = deriveMetric(spec('unemp_change_2008_2013'), unemp)!;
    expect(d.years).toEqual([2013]);
    expect(d.rows.get('ES61')).toEqual({ values: [18.5], flags: [''] });
    expect(d.unit).toBe('percentage points');
    expect(d.period(2013)).toBe('2008–2013');
  });

  it('carries the flags of both years and leaves the value empty where either year has none', () => {
    const d = deriveMetric(spec('unemp_change_2008_2013'), unemp)!;
    expect(d.rows.get('AT11')).toEqual({ values: [null], flags: ['u'] });
    expect(d.rows.get('DE30')).toEqual({ values: [-5.2], flags: ['b'] });
    expect(deriveMetric(spec('unemp_change_2013_2017'), unemp)!.rows.get('DE30')).toEqual({ values: [-1.6], flags: ['u'] });
  });

  it('takes a % change for GDP, to the base series’ latest year when asked for “latest”, never dividing by zero', () => {
    const d = deriveMetric(spec('gdp_pps_change_2008_latest'), gdp)!;
    expect(d.years).toEqual([2022]);
    expect(d.label).toContain('2008–2022');
    expect(d.rows.get('LU00')).toEqual({ values: [12.5], flags: ['p'] });
    expect(d.rows.has('XX00')).toBe(false);
  });

  it('writes its rule where readers see it (the metric note)', () => {
    expect(deriveMetric(spec('unemp_change_2008_2013'), unemp)!.note).toMatch(/2013 value minus the 2008 value.*percentage points/);
  });

  it('derives nothing when the base series lacks a year', () => {
    expect(deriveMetric(spec('unemp_change_2013_2017'), base('unemp_rate', [2008, 2013], {}))).toBeNull();
    expect(deriveAll([unemp]).map((d) => d.id)).toEqual(['unemp_change_2008_2013', 'unemp_change_2013_2017']);
  });
});
