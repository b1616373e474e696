import { describe, expect, it } from 'vitest';
import { buildDownloads, regionValueRows, viewSubset } from '../../src/lib/downloads';
import type { View } from '../../src/schemas/view';
import { cluster, link, manifest, metric, network, region } from '../support/atlas-rows';

const view = (id: string, over: Partial<View> = {}): View => ({
  id, title: `View ${id}`, description: 'D', layers: ['regions', 'clusters'], regionLevel: 0, metric: null, metrics: [], colorBy: 'ecosystem',
  filters: { categories: [], ecosystems: [], countries: [], linkKinds: ['declared', 'suggested'] }, extent: [[-25, 34], [35, 71.5]], ...over,
});
const input = {
  views: [view('overview'), view('cooperation', { layers: ['clusters', 'links'], filters: { categories: [], ecosystems: [], countries: ['FR'], linkKinds: ['declared'] } })],
  clusters: [cluster('minalogic'), cluster('=evil', { name: '=HYPERLINK("x")', country: 'FR' }), cluster('silicon-saxony', { country: 'DE', nuts2: 'DED2' })],
  links: [link('L1', 'minalogic', '=evil'), link('s:minalogic:silicon-saxony', 'minalogic', 'silicon-saxony', { kind: 'suggested' })],
  networks: [network('eacp', { memberIds: ['minalogic'] })],
  regions: [region('FR', { values: { clusters: 2 } }), region('FRK2', { values: { clusters: 2 } })],
  metrics: [metric('clusters', { unit: 'clusters', years: [], defaultYear: null }), metric('gdp', { levels: [2] }), metric('unemp', { levels: [0, 2], years: [2008, 2013], defaultYear: 2013 })],
  series: new Map([['unemp', { indicator: 'unemp', years: [2008, 2013], values: { FR: [7.4, 10.3], FRK2: [null, 8.1], EU28: [7, 10.9] }, flags: { FRK2: ['u', ''] } }]]),
  manifest: manifest(),
  absolute: (p: string) => `https://atlas.example${p}`,
};
const files = buildDownloads(input);
const file = (name: string) => files.find((f) => f.name === name)!;

describe('buildDownloads', () => {
  it('offers per view a clusters CSV, a links or regions CSV by layer, and a JSON; and the whole dataset', () => {
    expect(files.filter((f) => f.format !== 'csvw').map((f) => f.name)).toEqual([
      'overview-clusters.csv', 'overview-regions.csv', 'overview.json',
      'cooperation-clusters.csv', 'cooperation-links.csv', 'cooperation.json',
      'clusters.csv', 'links.csv', 'networks.csv', 'regions.csv', 'indicators.csv', 'cluster-atlas.json',
    ]);
  });

  it('gives every CSV a CSVW sidecar with source, licence and vintage', () => {
    const meta = JSON.parse(file('clusters.csv-metadata.json').body);
    expect(meta['dc:modified']).toBe('2026-11-20');
    expect(meta['dc:license']).toBe('Each source keeps its own licence — Cluster list: CC BY 4.0');
    expect(meta['dc:source']).toEqual([{ name: 'Cluster list', licence: 'CC BY 4.0', url: null }]);
  });

  it('keeps only what the view shows by default (country filter, link kinds)', () => {
    const coop = JSON.parse(file('cooperation.json').body);
    expect(coop.clusters.map((c: { id: string }) => c.id)).toEqual(['minalogic', '=evil']);
    expect(coop.links.map((l: { id: string }) => l.id)).toEqual(['L1']);
    expect(coop.meta.page).toBe('https://atlas.example/maps/cooperation/');
  });

  it('neutralises formulas in text cells', () => {
    expect(file('clusters.csv').body).toContain(`\r\n'=evil,"'=HYPERLINK(""x"")",`);
  });
});

describe('regionValueRows', () => {
  it('writes one row per region, metric of its level and year with a value or a flag; a metric without series once, null for no data', () => {
    const rows = regionValueRows(input.regions, input.metrics, input.series).map((r) => [r.region.id, r.metric.id, r.year, r.value, r.flags]);
    expect(rows).toEqual([
      ['FR', 'clusters', null, 2, ''], ['FR', 'unemp', 2008, 7.4, ''], ['FR', 'unemp', 2013, 10.3, ''],
      ['FRK2', 'clusters', null, 2, ''], ['FRK2', 'gdp', 2024, null, ''], ['FRK2', 'unemp', 2008, null, 'u'], ['FRK2', 'unemp', 2013, 8.1, ''],
    ]);
  });

  it('puts every year in the regions CSV in long format (region, indicator, year, value, flags) and in the JSON values', () => {
    const csv = file('regions.csv').body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe('region,level,name,country,indicator,year,period,value,unit,flags,status,dataset_code');
    expect(csv).toContain('FRK2,2,FRK2,FR,unemp,2008,2008,,,u,official,');
    const all = JSON.parse(file('cluster-atlas.json').body);
    expect(all.values).toContainEqual({ region: 'FR', indicator: 'unemp', year: 2008, period: '2008', value: 7.4, flags: '' });
    expect(file('indicators.csv').body).toContain('unemp,unemp,,0|2,2008,2013,2013,');
  });
});

describe('viewSubset', () => {
  it('has no regions for a view without the regions layer', () => {
    expect(viewSubset(input.views[1]!, input).regions).toEqual([]);
  });
});
