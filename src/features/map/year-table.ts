/**
 * The regional table of the map's Table tab: every region of the view with its value in the year
 * shown, or — on a change map — its values in the two years and the change between them. Values
 * come from the series cell by cell (what the source file holds), flags beside them. Pure.
 */
import type { Metric } from '../../schemas/generated';
import type { YearRange } from '../url-state/time-params';
import { changeKind, changeOf, CHANGE_UNIT } from './change-metric';
import type { MapRegion } from './map-data';
import { formatValue } from './map-format';
import { cellAt, type Series } from './series-loader';

export interface YearTableCell {
  readonly text: string;
  readonly flags: string;
  /** For sorting: null = no value, sorted last. */
  readonly value: number | null;
}

export interface YearTable {
  readonly caption: string;
  /** Headers of the value columns (after Region and Code). */
  readonly head: readonly string[];
  readonly rows: readonly { readonly id: string; readonly name: string; readonly cells: readonly YearTableCell[] }[];
}

const cell = (value: number | null, flags: string, unit: string, decimals?: number): YearTableCell => ({ text: formatValue(value, unit, decimals), flags, value });

/** Highest last column first, ties and no-values by name (as the server's regional table). */
function byLast(a: { name: string; cells: readonly YearTableCell[] }, b: { name: string; cells: readonly YearTableCell[] }): number {
  const va = a.cells[a.cells.length - 1]!.value;
  const vb = b.cells[b.cells.length - 1]!.value;
  if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name, 'en') : va === null ? 1 : -1;
  return vb - va || a.name.localeCompare(b.name, 'en');
}

/**
 * The table for a metric in `year` (null = the default year) or over `change`. Without the series
 * (not loaded, or a metric of one year) it shows the values the regions carry (the default year).
 */
export function yearTable(regions: readonly MapRegion[], metric: Metric, series: Series | undefined, year: number | null, change: YearRange | null, levelName: string): YearTable {
  const unit = metric.unit;
  if (series && change) {
    const kind = changeKind(unit);
    const rows = regions.map((r) => {
      const a = cellAt(series, r.id, change.from);
      const b = cellAt(series, r.id, change.to);
      const d = changeOf(a.value, b.value, kind);
      return { id: r.id, name: r.name, cells: [cell(a.value, a.flags, unit, metric.decimals), cell(b.value, b.flags, unit, metric.decimals), cell(d, '', CHANGE_UNIT[kind], kind === 'pp' ? metric.decimals : 1)] };
    });
    return {
      caption: `${levelName} by the change in ${metric.label} from ${change.from} to ${change.to} (${CHANGE_UNIT[kind]}), largest rise first; regions without both values last.`,
      head: [String(change.from), String(change.to), `Change (${kind === 'pp' ? 'pp' : '%'})`],
      rows: rows.sort(byLast),
    };
  }
  const shown = series && year !== null ? year : (metric.defaultYear ?? null);
  const rows = regions.map((r) => {
    const c = series && shown !== null ? cellAt(series, r.id, shown) : { value: r.values[metric.id] ?? null, flags: r.flags[metric.id] ?? '' };
    return { id: r.id, name: r.name, cells: [cell(c.value, c.flags, unit, metric.decimals)] };
  });
  const when = shown === null ? '' : ` in ${shown}`;
  return {
    caption: `${levelName} by ${metric.label}${when}, highest first; regions without data last.`,
    head: [shown === null ? 'Value' : `Value ${shown}`],
    rows: rows.sort(byLast),
  };
}
