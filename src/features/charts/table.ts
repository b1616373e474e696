/**
 * The table of a chart's values, the accessible and printable twin of the picture: one row per
 * year (line chart) or per ranked item (bar chart). As data (for a DOM or Astro renderer) and as an
 * escaped HTML string. Years before the first and after the last value of any series are left out.
 */
import { explainFlags } from './flags';
import { formatWith } from './format';
import { barRows } from './bar-chart';
import { x } from './svg';
import type { BarChartInput, LineChartInput } from './types';

export interface TableCell {
  readonly value: number | null;
  readonly flags: string;
  /** The value as shown ("8.6%"), or "–" for no value. */
  readonly text: string;
}

export interface TableModel {
  /** Column headers after the first ("Year" / "Rank"). */
  readonly head: readonly string[];
  readonly first: string;
  readonly rows: readonly { readonly key: string; readonly cells: readonly TableCell[] }[];
}

/** One row per year from the first to the last year with any value. */
export function lineChartTable(input: LineChartInput): TableModel {
  const format = input.format ?? formatWith(input.unit);
  const any = (i: number) => input.series.some((s) => s.values[i] !== null && Number.isFinite(s.values[i]));
  const indices = input.years.map((_, i) => i);
  const first = indices.find(any) ?? 0;
  const last = indices.findLast(any) ?? -1;
  const rows = indices.slice(first, last + 1).map((i) => ({
    key: String(input.years[i]),
    cells: input.series.map((s) => {
      const value = s.values[i] ?? null;
      return { value, flags: s.flags?.[i] ?? '', text: value === null ? '–' : format(value) };
    }),
  }));
  return { first: 'Year', head: input.series.map((s) => s.label), rows };
}

/** The rows of a ranked bar chart, gaps left out: rank, name, value. */
export function barChartTable(input: BarChartInput): TableModel {
  const format = input.format ?? formatWith(input.unit);
  const rows = barRows(input).flatMap((r) =>
    r.kind === 'item' ? [{ key: `${r.item.rank}. ${r.item.label}`, cells: [{ value: r.item.value, flags: r.item.flags ?? '', text: format(r.item.value) }] }] : [],
  );
  return { first: 'Rank', head: [input.unit ? `Value (${input.unit})` : 'Value'], rows };
}

function cellHtml(cell: TableCell): string {
  if (cell.value === null) return `<td class="num"><span aria-hidden="true">–</span><span class="sr-only">no value</span>${flagHtml(cell.flags)}</td>`;
  return `<td class="num">${x(cell.text)}${flagHtml(cell.flags)}</td>`;
}

/** A flag after the value, its meaning on hover and for screen readers. */
const flagHtml = (flags: string): string => (flags ? ` <abbr class="flag" title="${x(explainFlags(flags))}">${x(flags)}</abbr>` : '');

/** The table as an escaped HTML string; `caption` names it (required: a table needs a name). */
export function tableHtml(model: TableModel, caption: string, className = 'chart-table'): string {
  const head = `<tr><th scope="col">${x(model.first)}</th>${model.head.map((h) => `<th scope="col" class="num">${x(h)}</th>`).join('')}</tr>`;
  const body = model.rows.map((r) => `<tr><th scope="row">${x(r.key)}</th>${r.cells.map(cellHtml).join('')}</tr>`).join('');
  return `<table class="${x(className)}"><caption>${x(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
