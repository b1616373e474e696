/**
 * The data table under a map: sortable by any column (buttons in the headers, aria-sort on the
 * header cell), rows hidden when the filters hide their cluster, the selected row marked.
 * Sorting works without the live map (it runs as soon as the page's script loads).
 */

function bodyRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr')];
}

/** Make every column header of `table` a sort button. Cells carry their sort key in `data-sort`. */
export function enableSorting(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headers.forEach((th, col) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const h of headers) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      sortRows(table, col, th.dataset['numeric'] === 'true', next === 'ascending' ? 1 : -1);
    });
  });
}

/** Sort the body rows by column `col`; empty keys (no value) always go last. */
export function sortRows(table: HTMLTableElement, col: number, numeric: boolean, dir: 1 | -1): void {
  const body = table.querySelector('tbody');
  if (!body) return;
  // Row headers (<th scope="row">, as in the regions index) count as columns too.
  const key = (row: HTMLTableRowElement) => row.querySelectorAll<HTMLTableCellElement>(':scope > td, :scope > th')[col]?.dataset['sort'] ?? '';
  const rows = bodyRows(table);
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === '' || kb === '') return ka === kb ? 0 : ka === '' ? 1 : -1;
    const c = numeric ? Number(ka) - Number(kb) : collator.compare(ka, kb);
    return c * dir;
  });
  body.append(...rows);
}

/** Show only the rows of visible clusters; returns how many are shown. */
export function showRows(table: HTMLTableElement, visible: ReadonlySet<string>): number {
  let shown = 0;
  for (const row of bodyRows(table)) {
    const on = visible.has(row.dataset['id'] ?? '');
    row.hidden = !on;
    if (on) shown++;
  }
  return shown;
}

/** Mark the row of the selected cluster (aria-selected on the row of a grid-like table). */
export function markRow(table: HTMLTableElement, id: string | null): HTMLTableRowElement | null {
  let found: HTMLTableRowElement | null = null;
  for (const row of bodyRows(table)) {
    const on = row.dataset['id'] === id;
    row.classList.toggle('is-selected', on);
    row.querySelector('.map-table__select')?.setAttribute('aria-pressed', String(on));
    if (on) found = row;
  }
  return found;
}
