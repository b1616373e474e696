import { describe, expect, it } from 'vitest';
import { urlContextFrom, viewContext } from '../../src/features/url-state/url-context';
import { toMapData } from '../../src/features/map/map-data';
import { defaultState, serialiseUrlState } from '../../src/features/url-state/url-state';
import { views } from '../../src/data/views';
import { cluster, metric, region } from '../support/atlas-rows';

const data = toMapData({
  vintage: 'v',
  clusters: [cluster('minalogic', { ecosystems: ['Electronics', 'Digital'], categories: [] }), cluster('x', { country: 'DE', ecosystems: ['Health'] })],
  links: [], networks: [],
  regions: [region('FR'), region('FRK2')],
  // every metric a real view names, plus one that exists at NUTS-2 only
  metrics: [...new Set(['clusters', ...views.map((v) => v.metric ?? 'clusters')])].map((id) => metric(id)).concat(metric('gdp', { levels: [2] })),
});

describe('urlContextFrom', () => {
  const context = urlContextFrom('overview', views, data);

  it('offers the data’s options plus those the views filter on by default', () => {
    expect(context.countries).toEqual(['DE', 'FR']);
    for (const v of views) for (const e of v.filters.ecosystems) expect(context.ecosystems).toContain(e);
    expect(context.categories).toContain('Unassigned');
    expect(context.clusters).toEqual(['minalogic', 'x']);
    expect(context.regions).toEqual(['FR', 'FRK2']);
  });

  it('makes every view’s default state serialise to the empty string on its own page', () => {
    for (const v of views) {
      const own = { ...context, view: v.id };
      expect(serialiseUrlState(defaultState(own), own)).toBe('');
    }
  });

  it('fails when two option names share a URL slug', () => {
    const clash = { ...data, clusters: toMapData({ vintage: 'v', clusters: [cluster('a', { ecosystems: ['Agri-food'] }), cluster('b', { ecosystems: ['Agri food'] })], links: [], networks: [], regions: [], metrics: [] }).clusters };
    expect(() => urlContextFrom('overview', views, clash)).toThrow('url-context: the ecosystem names “Agri food” and “Agri-food” share the URL slug “agri-food”');
  });
});

describe('viewContext', () => {
  const base = views[0]!;
  it('resolves an unset metric to the first metric of the view’s level', () => {
    const v = { ...base, id: 'nuts', regionLevel: 2 as const, metric: null, metrics: [] };
    expect(viewContext(v, { metrics: [metric('gdp', { levels: [2] }), metric('clusters', { levels: [0] })] })).toMatchObject({ metric: 'gdp', metrics: ['gdp'] });
  });

  it('lists layers in drawing order and link kinds in URL order', () => {
    const v = { ...base, metric: null, layers: ['links' as const, 'clusters' as const], filters: { ...base.filters, linkKinds: ['suggested' as const, 'declared' as const] } };
    expect(viewContext(v, { metrics: [] })).toMatchObject({ layers: ['clusters', 'links'], links: ['declared', 'suggested'], metric: null });
  });
});
