import { expect, test } from 'vitest';
import { metricCell, regionRows, tableColumns, tableRows } from '../../src/features/map/map-table';
import { View } from '../../src/schemas/view';
import { loadMapFixture } from '../fixtures/map/load';

const data = loadMapFixture('small');
const view = View.parse({ id: 'v', title: 'T', description: 'D', layers: ['regions', 'clusters'], regionLevel: 2, metric: 'share', colorBy: 'category', extent: [[-25, 34], [35, 71.5]] });
const share = data.metrics.find((m) => m.id === 'share')!;

test('the table has a metric column only when the view shows regions', () => {
  expect(tableColumns(view, share).map((c) => c.key)).toEqual(['name', 'city', 'country', 'group', 'members', 'status', 'metric']);
  expect(tableColumns({ ...view, layers: ['clusters'] }, share).map((c) => c.key)).not.toContain('metric');
});

test('rows come sorted by name, with display text and sort keys, and unknown members sort as null', () => {
  const rows = tableRows(view, data.clusters, data.regions.filter((r) => r.level === 2), share);
  expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma']);
  expect(rows[0]!.cells.map((c) => c.text)).toEqual(['Alpha Cluster', 'Paris', 'FR', 'Digital', '120', 'Compiled', '8%']);
  expect(rows[1]!.cells[4]).toEqual({ text: '–', sort: null });
  expect(rows[1]!.cells[5]!.text).toBe('Needs check');
});

test('a region without a value shows "no data", while zero shows as 0', () => {
  const rows = tableRows(view, data.clusters, data.regions.filter((r) => r.level === 2), share);
  expect(rows.find((r) => r.id === 'delta')!.cells[6]).toEqual({ text: 'no data', sort: null });
  expect(rows.find((r) => r.id === 'epsilon')!.cells[6]).toEqual({ text: '0%', sort: 0 });
});

test('metricCell gives a cluster the value of its region in the values handed to it (the year shown)', () => {
  const level2 = data.regions.filter((r) => r.level === 2);
  const alpha = data.clusters.find((c) => c.id === 'alpha')!;
  const byId = new Map(level2.map((r) => [r.id, r]));
  expect(metricCell(2, alpha, byId, share)).toEqual(tableRows(view, [alpha], level2, share)[0]!.cells[6]);
  const later = new Map(level2.map((r) => [r.id, { ...r, values: { ...r.values, share: 12.5 } }]));
  expect(metricCell(2, alpha, later, share)).toEqual({ text: '12.5%', sort: 12.5 });
  expect(metricCell(2, alpha, new Map(), share)).toEqual({ text: 'no data', sort: null });
});

test('regionRows lists regions highest value first, zero as a value, and no data last', () => {
  const rows = regionRows(data.regions.filter((r) => r.level === 2), share);
  expect(rows.map((r) => [r.id, r.value, r.flags])).toEqual([
    ['DE11', '31%', 'p'], ['FRK2', '18%', ''], ['FR10', '8%', ''], ['ES70', '0%', ''], ['MT00', 'no data', ''],
  ]);
});
