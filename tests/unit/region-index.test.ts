// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { indexColumns, indexRows } from '../../src/features/regions/index-table';
import { enhance } from '../../src/features/regions/sort-table';
import { cluster, metric, region } from '../support/atlas-rows';

const regions = [
  region('FR', { name: 'France' }), region('AT', { name: 'Austria' }),
  region('FR10', { name: 'Île-de-France', values: { unemp_rate: 7.4, lq_j: 2 }, indicators: { unemp_rate: { value: 7.4, period: '2017', flags: '' } } }),
  region('FRY1', { name: 'Guadeloupe', values: { unemp_rate: 22 }, indicators: { unemp_rate: { value: 22, period: '2016', flags: 'u' } } }),
  region('AT13', { name: 'Wien', values: { unemp_rate: null } }),
  region('AT11', { name: 'Burgenland', values: { unemp_rate: 5.1 }, indicators: { unemp_rate: { value: 5.1, period: '2017', flags: '' } } }),
];
const metrics = [metric('clusters'), metric('lq_j'), metric('unemp_rate', { unit: '%' }), metric('none')];

test('indexColumns prefers the headline indicators, with the period most values have', () => {
  const cols = indexColumns(metrics, regions, 2);
  expect(cols.map((c) => [c.metric.id, c.period])).toEqual([['unemp_rate', '2017']]);
});

test('indexColumns falls back to the first indicators with data when no headline one has any', () => {
  expect(indexColumns([metric('lq_j'), metric('none')], regions, 2).map((c) => c.metric.id)).toEqual(['lq_j']);
});

test('indexRows sorts by country name, then region name, and counts clusters', () => {
  const rows = indexRows(regions, [cluster('c', { country: 'AT', nuts2: 'AT13' })], indexColumns(metrics, regions, 2), 2);
  expect(rows.map((r) => r.region.id)).toEqual(['AT11', 'AT13', 'FRY1', 'FR10']);
  expect(rows.map((r) => r.clusters)).toEqual([0, 1, 0, 0]);
  expect(rows[2]?.values[0]).toEqual({ value: 22, flags: 'u', period: '2016' });
  expect(rows[1]?.values[0]?.value).toBeNull();
});

test('enhance turns each header into a sort button; rows without a value stay last', () => {
  document.body.innerHTML = `<table data-sortable><thead><tr><th data-numeric="false">Region</th><th data-numeric="true">Rate</th></tr></thead><tbody>
    <tr><th data-sort="Wien">Wien</th><td data-sort="">no data</td></tr>
    <tr><th data-sort="Burgenland">Burgenland</th><td data-sort="5.1">5.1</td></tr>
    <tr><th data-sort="Île-de-France">Île-de-France</th><td data-sort="7.4">7.4</td></tr></tbody></table>`;
  const table = document.querySelector('table')!;
  enhance(table);
  const order = () => [...table.querySelectorAll('tbody th')].map((th) => th.textContent);
  const [name, rate] = [...table.querySelectorAll<HTMLButtonElement>('thead button')];
  expect(name?.textContent).toBe('Region');
  rate!.click();
  expect(order()).toEqual(['Burgenland', 'Île-de-France', 'Wien']);
  expect(table.querySelectorAll('th')[1]?.getAttribute('aria-sort')).toBe('ascending');
  rate!.click();
  expect(order()).toEqual(['Île-de-France', 'Burgenland', 'Wien']);
  name!.click();
  expect(order()).toEqual(['Burgenland', 'Île-de-France', 'Wien']);
});
