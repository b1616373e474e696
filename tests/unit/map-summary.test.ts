import { expect, test } from 'vitest';
import { summarise } from '../../src/features/map/map-summary';
import { View } from '../../src/schemas/view';
import { loadMapFixture } from '../fixtures/map/load';

const data = loadMapFixture('small');
const view = View.parse({ id: 'v', title: 'T', description: 'D', layers: ['regions', 'clusters', 'links'], regionLevel: 2, metric: 'share', colorBy: 'ecosystem', extent: [[-25, 34], [35, 71.5]] });
const share = data.metrics.find((m) => m.id === 'share')!;
const nuts2 = data.regions.filter((r) => r.level === 2);

test('the summary counts clusters, countries, links and names the extremes and source of the metric', () => {
  const text = summarise({ view, clusters: data.clusters, links: data.links, regions: nuts2, metric: share, layers: view.layers });
  expect(text).toBe(
    'The map shows 5 clusters in 4 countries. Most are in FR (2), DE (1), ES (1). '
    + 'Largest groups by ecosystem: Digital (1), Electronics (1), Mobility–Transport–Automotive (1). '
    + 'Marker size shows member organisations, known for 3 of 5 clusters; the others are drawn small. '
    + '1 entry still need checking; 1 entry are illustrative only. '
    + 'Cooperation: 1 declared link and 2 suggested same-field pairings (suggestions are not existing partnerships). '
    + 'NUTS-2 regions are shaded by Manufacturing share of employment. Highest: Stuttgart (31%); lowest: Canarias (0%). '
    + '1 region without data are shown hatched. Source: Eurostat, 2024-05-02.',
  );
});

test('the summary says so when the filters leave no cluster', () => {
  expect(summarise({ view, clusters: [], links: [], regions: nuts2, metric: share, layers: ['clusters'] })).toBe('No cluster matches the current filters.');
});

test('the summary treats zero as a value and null as no data', () => {
  const text = summarise({ view, clusters: [], links: [], regions: nuts2, metric: share, layers: ['regions'] });
  expect(text).toContain('lowest: Canarias (0%)');
  expect(text).toContain('1 region without data');
});

test('the summary names the mapped countries without a cluster in the list as a gap in the list', () => {
  const noGermany = data.clusters.filter((c) => c.country !== 'DE');
  const text = summarise({ view, clusters: noGermany, links: [], regions: nuts2, metric: null, layers: ['clusters'] });
  expect(text).toContain('None in this list for DE.');
  expect(text).toContain('known for 2 of 4 clusters');
});

test('a cluster count of zero reads "none in this list", one reads "1 cluster"', () => {
  const count = { ...share, id: 'clusters', unit: 'clusters' };
  const regions = nuts2.map((r, i) => ({ ...r, values: { ...r.values, clusters: i === 0 ? 1 : 0 } }));
  const text = summarise({ view, clusters: [], links: [], regions, metric: count, layers: ['regions'] });
  expect(text).toMatch(/\(1 cluster\); lowest: .+ \(none in this list\)\./);
  expect(text).not.toMatch(/0 clusters|1 clusters/);
});
