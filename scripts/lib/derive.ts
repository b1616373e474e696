/**
 * Crisis metrics derived at build from the imported series: the shock of 2008–2013 and what
 * followed, one value per region, with the rule spelt out in `note` (shown beside the metric).
 *
 *   change_pp   value(to) − value(from), in percentage points (for rates: unemployment)
 *   change_pct  100 × (value(to) − value(from)) ÷ value(from), in % (for levels: GDP per inhabitant)
 *
 * `to: 'latest'` is the base series' default year (its latest with values on the map), the same
 * year for every region so regions compare like with like. A derived value carries the flags of
 * both inputs: a break `b` or low reliability `u` in either year shows.
 */
import { round } from '../../src/lib/precision.ts';
import { type MetricSeries, mergeFlags, type SeriesRow } from './series.ts';

/** The inputs have one decimal (rates, thousands of PPS): a change has no more meaningful digits. */
const DERIVED_DECIMALS = 1;

export interface DerivedSpec {
  id: string;
  /** Base metric id (a catalogue indicator). */
  from: string;
  kind: 'change_pp' | 'change_pct';
  start: number;
  end: number | 'latest';
  label: (start: number, end: number) => string;
  higherIs: 'better' | 'worse' | 'neutral';
}

export const DERIVED: readonly DerivedSpec[] = [
  { id: 'unemp_change_2008_2013', from: 'unemp_rate', kind: 'change_pp', start: 2008, end: 2013, higherIs: 'worse',
    label: (a, b) => `Change in unemployment rate, ${a}–${b} (the shock), percentage points` },
  { id: 'unemp_change_2013_2017', from: 'unemp_rate', kind: 'change_pp', start: 2013, end: 2017, higherIs: 'better',
    label: (a, b) => `Change in unemployment rate, ${a}–${b} (the recovery), percentage points` },
  { id: 'gdp_pps_change_2008_2013', from: 'gdp_pps_hab', kind: 'change_pct', start: 2008, end: 2013, higherIs: 'better',
    label: (a, b) => `Change in GDP per inhabitant (PPS), ${a}–${b}, %` },
  { id: 'gdp_pps_change_2008_latest', from: 'gdp_pps_hab', kind: 'change_pct', start: 2008, end: 'latest', higherIs: 'better',
    label: (a, b) => `Change in GDP per inhabitant (PPS), ${a}–${b}, %` },
];

function rule(spec: DerivedSpec, base: MetricSeries, end: number): string {
  const what = spec.kind === 'change_pp'
    ? `the ${end} value minus the ${spec.start} value of “${base.label}”, in percentage points`
    : `the change from ${spec.start} to ${end} of “${base.label}”, as a % of the ${spec.start} value`;
  return `Derived by the atlas: ${what}; same series and vintage for both years (${base.source}). Empty where either year has no value; the flags of both years are kept.`;
}

/** One derived metric, or null when the base series lacks either year (nothing to derive). */
export function deriveMetric(spec: DerivedSpec, base: MetricSeries): MetricSeries | null {
  const end = spec.end === 'latest' ? base.defaultYear : spec.end;
  const i = base.years.indexOf(spec.start);
  const j = end === null ? -1 : base.years.indexOf(end);
  if (i < 0 || j < 0 || end === null) return null;
  const rows = new Map<string, SeriesRow>();
  for (const [geo, row] of base.rows) {
    const a = row.values[i]!;
    const b = row.values[j]!;
    let value: number | null = null;
    if (a !== null && b !== null) value = spec.kind === 'change_pp' ? b - a : a === 0 ? null : (100 * (b - a)) / a;
    const flags = mergeFlags(row.flags[i]!, row.flags[j]!);
    if (value !== null || flags !== '') rows.set(geo, { values: [value === null ? null : round(value, DERIVED_DECIMALS)], flags: [flags] });
  }
  return {
    ...base,
    id: spec.id,
    label: spec.label(spec.start, end),
    unit: spec.kind === 'change_pp' ? 'percentage points' : '%',
    higherIs: spec.higherIs,
    classes: 'quantile',
    decimals: DERIVED_DECIMALS,
    note: rule(spec, base, end),
    years: [end],
    rows,
    defaultYear: end,
    period: () => `${spec.start}–${end}`,
    file: null,
  };
}

/** Every derived metric whose base series is there and has both years. */
export function deriveAll(series: readonly MetricSeries[], specs: readonly DerivedSpec[] = DERIVED): MetricSeries[] {
  return specs.flatMap((spec) => {
    const base = series.find((s) => s.id === spec.from);
    const derived = base ? deriveMetric(spec, base) : null;
    return derived ? [derived] : [];
  });
}
