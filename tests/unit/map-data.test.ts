import { expect, test } from 'vitest';
import { clusterMatches, filterOptions, groupOf, initialFilters, metricAtLevel, metricById, metricsFor, resolveMetric, visibleClusters, visibleLinks } from '../../src/features/map/map-data';
import { View } from '../../src/schemas/view';
import { loadMapFixture } from '../fixtures/map/load';

const data = loadMapFixture('small');
const view = View.parse({ id: 'v', title: 'T', description: 'D', layers: ['regions', 'clusters', 'links'], regionLevel: 2, metric: null, colorBy: 'ecosystem', extent: [[-25, 34], [35, 71.5]], filters: { linkKinds: ['declared', 'suggested'] } });
const all = initialFilters(view);

test('toMapData keeps the primary category and carries indicator flags per metric', () => {
  expect(data.clusters.find((c) => c.id === 'alpha')?.category).toBe('Digital');
  expect(data.regions.find((r) => r.id === 'DE11')?.flags).toEqual({ share: 'p' });
});

test('empty filters let every cluster through', () => {
  expect(visibleClusters(data.clusters, all)).toHaveLength(5);
});

test('an ecosystem filter keeps clusters with any matching ecosystem and drops those with none', () => {
  const f = { ...all, ecosystems: ['Digital', 'Tourism'] };
  expect(visibleClusters(data.clusters, f).map((c) => c.id)).toEqual(['alpha', 'epsilon']);
});

test('a country filter and a category filter combine with AND', () => {
  expect(clusterMatches(data.clusters[0]!, { ...all, countries: ['FR'], categories: ['Digital'] })).toBe(true);
  expect(clusterMatches(data.clusters[0]!, { ...all, countries: ['DE'], categories: ['Digital'] })).toBe(false);
});

test('a link is visible only when both its clusters are visible and its kind is selected', () => {
  const ids = new Set(['alpha', 'gamma', 'beta']);
  expect(visibleLinks(data.links, ids, all).map((l) => l.id)).toEqual(['n1:alpha:gamma', 's:beta:gamma']);
  expect(visibleLinks(data.links, ids, { linkKinds: ['declared'] }).map((l) => l.id)).toEqual(['n1:alpha:gamma']);
});

test('a cluster without ecosystem is grouped as Unassigned', () => {
  expect(groupOf(data.clusters.find((c) => c.id === 'delta')!, 'ecosystem')).toBe('Unassigned');
});

test('resolveMetric falls back to the first metric of the level and rejects an unknown id with the view named', () => {
  expect(resolveMetric(view, data.metrics)?.id).toBe('clusters');
  expect(() => resolveMetric({ ...view, metric: 'nope' }, data.metrics)).toThrow(/view "v" asks for metric "nope".*clusters, share/);
  expect(metricsFor({ ...view, metrics: ['share'] }, data.metrics).map((m) => m.id)).toEqual(['share']);
});

test('filterOptions lists sorted distinct countries, categories and ecosystems', () => {
  expect(filterOptions(data.clusters).countries).toEqual(['DE', 'ES', 'FR', 'MT']);
});

test('metricAtLevel swaps in the classes of a level that has its own, and leaves other levels alone', () => {
  const m = { id: 'clusters', label: 'Clusters', unit: 'clusters', levels: [0, 2] as (0 | 2)[], breaks: [1, 2], colors: ['a', 'b', 'c'], noDataColor: '#nd', source: 's', sourceUrl: null, vintage: null, status: 'compiled' as const, datasetCode: null, years: [], defaultYear: null, note: null,
    levelClasses: [{ level: 0 as const, breaks: [1, 2, 5, 10], colors: ['0', '1', '2', '3', '4'] }] };
  expect(metricAtLevel(m, 0)).toMatchObject({ id: 'clusters', breaks: [1, 2, 5, 10], colors: ['0', '1', '2', '3', '4'] });
  expect(metricAtLevel(m, 2)).toBe(m);
  expect(metricById([m], 'clusters', 0)?.breaks).toEqual([1, 2, 5, 10]);
  expect(metricById([m], 'nope', 0)).toBeNull();
  expect(metricById([m], null, 2)).toBeNull();
});

test("the map's data gives readers sentences, not the editors' record: no CSV column names, check records or instructions", async () => {
  const { loadClusters, loadLinks, loadNetworks, loadRegions } = await import('../../src/lib/generated-data');
  const { toMapData } = await import('../../src/features/map/map-data');
  const { regions, metrics } = loadRegions();
  const real = toMapData({ vintage: '', clusters: loadClusters(), links: loadLinks(), networks: loadNetworks(), regions, metrics });
  const texts = [...real.clusters.map((c) => c.source), ...real.links.flatMap((l) => (l.evidence ? [l.evidence] : []))];
  expect(texts.length).toBeGreaterThan(300);
  expect(texts.filter((t) => /source_url|\| checked|\b(?:verify|confirm)\b/i.test(t))).toEqual([]);
});
