import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTopoLayer } from '../../scripts/lib/geo.ts';
import { buildRegions } from '../../scripts/lib/regions.ts';
import type { MetricSeries } from '../../scripts/lib/series.ts';
import type { Cluster } from '../../src/schemas/generated.ts';

const layer = (name: string) => readTopoLayer(name, readFileSync(`data/geo/${name}.topo.json`, 'utf8'), name, [])!.shapes;
const nuts2 = layer('nuts2');
const countries = layer('countries');
const c = (id: string, country: string, nuts: string, category: string): Cluster => ({
  id, name: id, shortName: null, city: 'x', country, nuts2: nuts, lon: 0, lat: 0, sector: 's', categories: [category],
  ecosystems: [], website: null, orgType: null, founded: null, members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null, status: 'compiled', source: 't', sourceUrl: 'https://example.org/', note: null,
});
const clusters = [c('a', 'DE', 'DE60', 'Automotive'), c('b', 'DE', 'DE60', 'Plastics'), c('d', 'FR', 'FR10', 'Automotive')];
const series = (id: string, years: number[], rows: Record<string, (number | null)[]>, extra: Partial<MetricSeries> = {}): MetricSeries => ({
  id, label: id, unit: '%', levels: [0, 2], higherIs: 'worse', decimals: 3, classes: 'quantile', source: 'Eurostat, x', sourceUrl: null, datasetCode: 'x',
  note: 'how', vintage: '2019 release', years, defaultYear: years.at(-1) ?? null, period: String, file: 'raw/x.tsv',
  rows: new Map(Object.entries(rows).map(([geo, values]) => [geo, { values, flags: values.map((v) => (v === null ? 'c' : '')) }])), ...extra,
});
const unemp = series('unemp', [2008, 2013], { DE60: [4, 30], FR10: [8, 10], DE11: [2, null], DE: [7, 5], EU28: [50, 60] });
const { regions, metrics } = buildRegions(nuts2, countries, clusters, [unemp, series('empty', [], {})], '2026-01-01');

describe('buildRegions', () => {
  it('writes one region per NUTS-2 region and per mapped country, sorted by id', () => {
    expect(regions.filter((r) => r.level === 2)).toHaveLength(nuts2.length);
    expect(regions.filter((r) => r.level === 0).map((r) => r.id)).not.toContain('BA');
    expect(regions.map((r) => r.id)).toEqual([...regions.map((r) => r.id)].sort());
  });

  it('counts clusters per region and per primary category, 0 where there are none', () => {
    const de60 = regions.find((r) => r.id === 'DE60')!;
    expect(de60.values['clusters']).toBe(2);
    expect(de60.clustersByCategory).toEqual({ Automotive: 1, Plastics: 1 });
    expect(regions.find((r) => r.id === 'DE11')!.values['clusters']).toBe(0);
    expect(regions.find((r) => r.id === 'DE')!.values['clusters']).toBe(2);
  });

  it('puts each metric’s value, year and flags of its default year on the region', () => {
    expect(regions.find((r) => r.id === 'DE60')!.values['unemp']).toBe(30);
    expect(regions.find((r) => r.id === 'DE60')!.indicators['unemp']).toEqual({ value: 30, period: '2013', flags: '' });
    expect(regions.find((r) => r.id === 'DE11')!.indicators['unemp']).toEqual({ value: null, period: '2013', flags: 'c' });
    expect(regions.find((r) => r.id === 'AT11')!.indicators['unemp']).toBeUndefined();
    expect(regions.find((r) => r.id === 'AT11')!.values['unemp']).toBeNull();
  });

  it('gives a metric its years, default year and note, and classes fixed over every year (aggregates left out)', () => {
    const m = metrics.find((x) => x.id === 'unemp')!;
    expect(m).toMatchObject({ years: [2008, 2013], defaultYear: 2013, note: 'how', vintage: '2019 release', status: 'official' });
    // 2, 4, 5, 7, 8, 10, 30 over both years — not only 2013's 5, 10, 30, and never EU28's 50 or 60.
    expect(m.breaks).toEqual([4.2, 5.8, 7.6, 9.6]); // d3 quantiles of those seven
  });

  it('shows a metric with the most decimals any of its values has, never more than the series keeps', () => {
    expect(metrics.find((x) => x.id === 'unemp')!.decimals).toBe(0); // 4, 30, 8, … are whole numbers
    const rates = buildRegions(nuts2, countries, clusters, [series('rate', [2008, 2013], { DE60: [4, 6.25], FR10: [8.1, 10] })], '2026-01-01').metrics;
    expect(rates.find((x) => x.id === 'rate')!.decimals).toBe(2);
    const kept = buildRegions(nuts2, countries, clusters, [series('rate', [2013], { DE60: [6.2549] }, { decimals: 1 })], '2026-01-01').metrics;
    expect(kept.find((x) => x.id === 'rate')!.decimals).toBe(1);
    expect(metrics.find((x) => x.id === 'clusters')!.decimals).toBe(0);
  });

  it('offers no metric for a catalogue entry without values, and no values for it on regions', () => {
    expect(metrics.map((x) => x.id)).not.toContain('empty');
    expect(regions.some((r) => 'empty' in r.values)).toBe(false);
  });

  it('classes every metric with one more colour than breaks and a separate no-data colour', () => {
    expect(metrics.map((m) => m.id)).toEqual(['clusters', 'unemp']);
    for (const m of metrics) {
      expect(m.colors).toHaveLength(m.breaks.length + 1);
      expect(m.colors).not.toContain(m.noDataColor);
    }
  });
});
