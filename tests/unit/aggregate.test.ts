import { describe, expect, it } from 'vitest';
import { countClusters } from '../../scripts/lib/aggregate.ts';
import type { Cluster } from '../../src/schemas/generated.ts';

const cluster = (id: string, country: string, nuts2: string | null, category?: string): Cluster => ({
  id, name: id, shortName: null, city: 'x', country, nuts2, lon: 0, lat: 0, sector: 's',
  categories: category ? [category] : [], ecosystems: [], website: null, orgType: null, founded: null,
  members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null, status: 'compiled', source: 'test', sourceUrl: 'https://example.org/', note: null,
});

const clusters = [
  cluster('a', 'DE', 'DE11', 'Automotive'),
  cluster('b', 'DE', 'DE11', 'Automotive'),
  cluster('c', 'DE', 'DE21', 'Biopharmaceuticals'),
  cluster('d', 'FR', 'FR10', 'Biopharmaceuticals'),
  cluster('e', 'FR', 'FR10', undefined),
];

describe('aggregate', () => {
  it('countClusters counts per NUTS-2 region and per country, by primary category', () => {
    const counts = countClusters(clusters);
    expect(counts.get('DE')?.total).toBe(3);
    expect(counts.get('DE11')?.byCategory.get('Automotive')).toBe(2);
    expect(counts.get('FR10')?.total).toBe(2);
    expect([...counts.get('FR10')!.byCategory]).toEqual([['Biopharmaceuticals', 1]]);
  });
});
