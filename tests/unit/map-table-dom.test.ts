// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { enableSorting, markRow, showRows, sortRows } from '../../src/features/map/table';

/** A table like MapFigure.astro renders: header buttons, cells with data-sort, rows with data-id. */
function table(): HTMLTableElement {
  document.body.innerHTML = `<table class="map-table"><thead><tr>
    <th data-numeric="false"><button>Cluster</button></th><th data-numeric="true"><button>Members</button></th></tr></thead>
    <tbody>
      <tr data-id="b"><td data-sort="beta"><button class="map-table__select">Beta</button></td><td data-sort="12">12</td></tr>
      <tr data-id="a"><td data-sort="alpha"><button class="map-table__select">Alpha</button></td><td data-sort="">–</td></tr>
      <tr data-id="c"><td data-sort="gamma 2"><button class="map-table__select">Gamma 2</button></td><td data-sort="9">9</td></tr>
    </tbody></table>`;
  return document.querySelector('table')!;
}
const rows = (t: HTMLTableElement) => [...t.querySelectorAll<HTMLTableRowElement>('tbody > tr')];
const ids = (t: HTMLTableElement) => rows(t).map((r) => r.dataset['id']);

test('sortRows sorts numbers numerically and keeps rows without a value last in both directions', () => {
  const t = table();
  sortRows(t, 1, true, 1);
  expect(ids(t)).toEqual(['c', 'b', 'a']);
  sortRows(t, 1, true, -1);
  expect(ids(t)).toEqual(['b', 'c', 'a']);
});

test('a click on a header button sorts ascending, a second click descending, and sets aria-sort', () => {
  const t = table();
  enableSorting(t);
  const [name, members] = [...t.querySelectorAll('th')];
  name!.querySelector('button')!.click();
  expect(name!.getAttribute('aria-sort')).toBe('ascending');
  expect(ids(t)).toEqual(['a', 'b', 'c']);
  name!.querySelector('button')!.click();
  expect(name!.getAttribute('aria-sort')).toBe('descending');
  expect(ids(t)).toEqual(['c', 'b', 'a']);
  members!.querySelector('button')!.click();
  expect(name!.hasAttribute('aria-sort')).toBe(false);
  expect(members!.getAttribute('aria-sort')).toBe('ascending');
});

test('showRows hides the rows of clusters the filters leave out and counts the rest', () => {
  const t = table();
  expect(showRows(t, new Set(['a', 'c']))).toBe(2);
  expect(rows(t).map((r) => r.hidden)).toEqual([true, false, false]);
});

test('markRow marks exactly one row as selected and presses its button', () => {
  const t = table();
  markRow(t, 'b');
  expect(markRow(t, 'c')?.dataset['id']).toBe('c');
  expect([...t.querySelectorAll('tr.is-selected')].map((r) => (r as HTMLElement).dataset['id'])).toEqual(['c']);
  expect(t.querySelector('tr[data-id="b"] .map-table__select')!.getAttribute('aria-pressed')).toBe('false');
  expect(markRow(t, null)).toBeNull();
});
