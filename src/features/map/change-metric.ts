/**
 * Change maps: one indicator's change from one year to another, as a metric of its own so the
 * legend, the paint, the tooltip and the table render it through the same path as any metric.
 *
 * A rate or share (unit "%", "% of employment") changes by the difference in percentage points; any
 * other quantity (PPS, an index, a quotient) by the percentage change relative to the first year.
 * Classes are symmetric around zero on a diverging palette, so "no change" sits between the two
 * hues and a colour means the same distance up as its mirror does down. Pure and browser-safe.
 */
import type { Metric } from '../../schemas/generated';
import type { YearRange } from '../url-state/time-params';
import type { MapRegion } from './map-data';
import { cellAt, type Series } from './series-loader';

export type ChangeKind = 'pp' | 'pct';

/** Percentage points for a unit that is itself a percentage, else a relative change in %. */
export const changeKind = (unit: string): ChangeKind => (unit.trim().startsWith('%') ? 'pp' : 'pct');

export const CHANGE_UNIT: Record<ChangeKind, string> = { pp: 'percentage points', pct: '%' };

/**
 * ColorBrewer's PuOr, 6 classes (Cynthia Brewer, colour-blind safe): orange for a fall, purple
 * for a rise, the two palest classes either side of zero.
 */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'] as const;

/** Values are written with two decimals, as regions.json rounds them. */
const round2 = (v: number) => Math.round(v * 100) / 100;

/** The change from `a` to `b`; null when either is missing, or for a relative change from zero. */
export function changeOf(a: number | null, b: number | null, kind: ChangeKind): number | null {
  if (a === null || b === null) return null;
  if (kind === 'pp') return round2(b - a);
  return a === 0 ? null : round2(((b - a) / Math.abs(a)) * 100);
}

/** 1, 2, 2.5 or 5 times a power of ten, the smallest at least `v`. */
export function niceStep(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= v - 1e-12) ?? 10) * p;
}

/**
 * Breaks symmetric around zero: [−2s, −s, 0, s, 2s] with s a round step such that nine in ten
 * changes fall inside ±2s (the outer classes take the extremes). Six classes, DIVERGING's six.
 */
export function changeBreaks(values: readonly number[]): number[] {
  const abs = values.map(Math.abs).sort((a, b) => a - b);
  const q90 = abs.length === 0 ? 0 : abs[Math.floor((abs.length - 1) * 0.9)]!;
  const s = niceStep(q90 / 2);
  return [-2 * s, -s, 0, s, 2 * s].map((b) => round2(b) + 0);
}

/** The id of the change metric of `metricId` over `range` (never in the URL: `change=` is). */
export const changeId = (metricId: string, range: YearRange) => `${metricId}@${range.from}-${range.to}`;

/** A metric's change over a range: a Metric the rest of the map renders like any other. */
export function changeMetric(base: Metric, range: YearRange, values: readonly number[]): Metric {
  const kind = changeKind(base.unit);
  const how = kind === 'pp' ? `the ${range.to} value minus the ${range.from} value, in percentage points` : `the change from ${range.from} to ${range.to} as a percentage of the ${range.from} value`;
  return {
    ...base,
    id: changeId(base.id, range),
    label: `Change in ${base.label.charAt(0).toLowerCase()}${base.label.slice(1)}, ${range.from}–${range.to}`,
    unit: CHANGE_UNIT[kind],
    // A difference of two values keeps their decimals; a percentage change is shown to one.
    decimals: kind === 'pp' ? base.decimals : 1,
    breaks: changeBreaks(values),
    colors: [...DIVERGING],
    levelClasses: [],
    years: [],
    defaultYear: null,
    note: `${how}; classes symmetric around no change.${base.note ? ` ${base.note}` : ''}`,
  };
}

/** Joined flags of two years ("b" and "u" → "b u"), each letter once. */
function joinFlags(a: string, b: string): string {
  return [...new Set(`${a}${b}`.replace(/\s/g, ''))].join('');
}

/**
 * The regions as the map shows them for a metric in a year or over a range: values, flags and the
 * period replaced from the series (a region the series lacks has no value). Without a series (not
 * loaded yet) the regions are returned as they are: the default year, which regions.json carries.
 */
export function regionsAt(
  regions: readonly MapRegion[],
  base: Pick<Metric, 'id' | 'unit'>,
  series: Series | undefined,
  at: { year: number | null; change: YearRange | null },
  outId = base.id,
): MapRegion[] {
  if (!series || (at.year === null && at.change === null)) return [...regions];
  const kind = changeKind(base.unit);
  return regions.map((r) => {
    let value: number | null;
    let flags: string;
    let period: string;
    if (at.change) {
      const a = cellAt(series, r.id, at.change.from);
      const b = cellAt(series, r.id, at.change.to);
      value = changeOf(a.value, b.value, kind);
      flags = value === null ? '' : joinFlags(a.flags, b.flags);
      period = `${at.change.from}–${at.change.to}`;
    } else {
      const c = cellAt(series, r.id, at.year!);
      [value, flags, period] = [c.value, c.flags, String(at.year)];
    }
    return withValue(r, outId, value, flags, period);
  });
}

function withValue(r: MapRegion, id: string, value: number | null, flags: string, period: string): MapRegion {
  const values = { ...r.values };
  const f = { ...r.flags };
  const periods = { ...r.periods };
  if (value === null) delete values[id];
  else values[id] = value;
  if (flags) f[id] = flags;
  else delete f[id];
  periods[id] = period;
  return { ...r, values, flags: f, periods };
}
