/**
 * Progressive enhancement of the regions index: each header cell of a `table[data-sortable]` gets a
 * button that sorts by its column (the map table's sorting: `data-sort` keys, `aria-sort` on the
 * header, rows without a value last). Without JavaScript the table is whole, sorted by country and
 * name, and shows no control that would do nothing.
 */
import { enableSorting } from '../map/table';

/** Wrap each header's content in a sort button, then let the map table's sorting drive them. */
export function enhance(table: HTMLTableElement): void {
  for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
  }
  enableSorting(table);
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
