import { describe, expect, it } from 'vitest';
import { distanceKm, suggestPartners } from '../../scripts/lib/suggest.ts';
import type { Cluster, Link } from '../../src/schemas/generated.ts';

const c = (id: string, country: string, lon: number, lat: number, category = 'Automotive'): Cluster => ({
  id, name: id, shortName: null, city: 'x', country, nuts2: null, lon, lat, sector: 's', categories: [category],
  ecosystems: [], website: null, orgType: null, founded: null, members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null, status: 'compiled', source: 't', sourceUrl: 'https://example.org/', note: null,
});

describe('suggestPartners', () => {
  it('distanceKm gives great-circle kilometres (Paris–Berlin ≈ 878 km)', () => {
    expect(Math.round(distanceKm({ lon: 2.3488, lat: 48.8534 }, { lon: 13.405, lat: 52.52 }))).toBe(878);
  });

  it('links each cluster to its k nearest same-category clusters in other countries only', () => {
    const clusters = [c('a', 'DE', 10, 50), c('b', 'DE', 10.1, 50), c('f', 'FR', 5, 48), c('g', 'FR', 2, 48), c('i', 'IT', 12, 44), c('x', 'AT', 14, 48, 'Plastics')];
    const links = suggestPartners(clusters, [], 1);
    // a→f, b→f, f→a (same pair), g→a, i→b (b lies 0.1° closer to i than a); x has no same-category peer
    expect(links.map((l) => l.id)).toEqual(['s:a:f', 's:a:g', 's:b:f', 's:b:i']);
    expect(links.every((l) => l.kind === 'suggested' && l.field === 'Automotive')).toBe(true);
  });

  it('never suggests a pair that is already declared, in either direction', () => {
    const clusters = [c('a', 'DE', 10, 50), c('f', 'FR', 5, 48), c('i', 'IT', 12, 44)];
    const declared = [{ source: 'f', target: 'a' }] as Link[];
    expect(suggestPartners(clusters, declared, 1).map((l) => l.id)).toEqual(['s:a:i', 's:f:i']);
  });

  it('returns at most k links per cluster', () => {
    const clusters = Array.from({ length: 30 }, (_, i) => c(`c${i}`, ['DE', 'FR', 'IT'][i % 3]!, i, 45));
    const links = suggestPartners(clusters, [], 3);
    expect(links.length).toBeLessThanOrEqual(90);
    for (const l of links) expect(l.source < l.target).toBe(true);
  });
});

describe('suggestPartners against a brute-force reference', () => {
  it('finds exactly the pairs a full scan of every category finds', async () => {
    const { prng } = await import('../../scripts/lib/prng.ts');
    const rand = prng(3);
    const countries = ['DE', 'FR', 'IT', 'PL'];
    const cats = ['Automotive', 'Plastics', 'Footwear'];
    const clusters = Array.from({ length: 300 }, (_, i) =>
      c(`c${String(i).padStart(3, '0')}`, countries[Math.floor(rand() * 4)]!, -10 + rand() * 40, 35 + rand() * 30, cats[Math.floor(rand() * 3)]),
    );
    const declared = [{ source: 'c000', target: 'c001' }, { source: 'c002', target: 'c010' }] as Link[];
    const k = 3;
    const taken = new Set(declared.flatMap((l) => [`${l.source} ${l.target}`, `${l.target} ${l.source}`]));
    const expected = new Set<string>();
    for (const a of clusters) {
      clusters
        .filter((b) => b.categories[0] === a.categories[0] && b.country !== a.country && !taken.has(`${a.id} ${b.id}`))
        .map((b) => ({ b, d: distanceKm(a, b) }))
        .sort((x, y) => x.d - y.d || (x.b.id < y.b.id ? -1 : 1))
        .slice(0, k)
        .forEach(({ b }) => expected.add(a.id < b.id ? `s:${a.id}:${b.id}` : `s:${b.id}:${a.id}`));
    }
    expect(suggestPartners(clusters, declared, k).map((l) => l.id)).toEqual([...expected].sort());
  });
});
