import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTopoLayer } from '../../scripts/lib/geo.ts';
import { buildRegions, sqMetricId } from '../../scripts/lib/regions.ts';
import type { Cluster } from '../../src/schemas/generated.ts';

const layer = (name: string) => readTopoLayer(name, readFileSync(`data/geo/${name}.topo.json`, 'utf8'), name, [])!.shapes;
const nuts2 = layer('nuts2');
const countries = layer('countries');
const c = (id: string, country: string, nuts: string, category: string): Cluster => ({
  id, name: id, shortName: null, city: 'x', country, nuts2: nuts, lon: 0, lat: 0, sector: 's', categories: [category],
  ecosystems: [], website: null, orgType: null, founded: null, members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null, status: 'compiled', source: 't', sourceUrl: 'https://example.org/', note: null,
});
const clusters = [c('a', 'DE', 'DE60', 'Automotive'), c('b', 'DE', 'DE60', 'Plastics'), c('d', 'FR', 'FR10', 'Automotive')];
const { regions, metrics } = buildRegions(nuts2, countries, clusters, [], '2026-01-01');

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

  it('gives each category a specialisation metric whose value is null in regions without clusters', () => {
    const id = sqMetricId('Automotive');
    expect(id).toBe('sq-automotive');
    expect(regions.find((r) => r.id === 'FR10')!.values[id]).toBe(1.5); // 1/1 over 2/3
    expect(regions.find((r) => r.id === 'DE60')!.values[id]).toBe(0.75); // 1/2 over 2/3
    expect(regions.find((r) => r.id === 'DE11')!.values[id]).toBeNull();
  });

  it('classes every metric with one more colour than breaks and a separate no-data colour', () => {
    expect(metrics.map((m) => m.id)).toEqual(['clusters', 'sq-automotive', 'sq-plastics']);
    for (const m of metrics) {
      expect(m.colors).toHaveLength(m.breaks.length + 1);
      expect(m.colors).not.toContain(m.noDataColor);
    }
  });
});
