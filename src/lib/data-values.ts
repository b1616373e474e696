/**
 * Figures a chapter cites by reference — indicator, place, year or year range — resolved against
 * the generated series, so the number in a sentence is the number in the data (issue 14, item 1).
 * Pure: the data comes in through `DataSource`; the <DataValue> component and the build-time MDX
 * check both call `resolveDataValue`, so a reference that does not resolve fails the build with the
 * chapter's file and line, and the page cannot show anything the check did not see.
 */
import type { Metric, SeriesFile } from '../schemas/generated';
import { showValue, type PropProblem } from '../schemas/prop-issues';
import { explainFlags } from '../features/charts/flags';
import { round, VALUE_DECIMALS } from './precision';

/** What the resolver reads: the metrics, each metric's series, and the names of places. */
export interface DataSource {
  readonly metrics: readonly Metric[];
  /** Every year of a metric, or null for a metric without a series. */
  series(metricId: string): SeriesFile | null;
  /** A place's name by code (NUTS-2 region, country or EU aggregate), or null when unknown. */
  geoName(code: string): string | null;
}

/** A reference as written in MDX: `year={2013}` or `year="2008-2013"` (a change over the range). */
export interface DataValueRef {
  readonly indicator: string;
  readonly geo: string;
  readonly year: number | string;
  /** Digits after the point when printing; one when left out (the data keep more). */
  readonly decimals?: number | undefined;
  /** Print the number without its unit, when the sentence names the measure ("a location quotient of 2.08"). */
  readonly unitless?: boolean | undefined;
}

/** A resolved figure: what the page shows and what its attributes carry for tests. */
export interface ShownValue {
  readonly metric: Metric;
  readonly geo: string;
  readonly geoName: string;
  /** "2013", or "2008-2013" for a range (the form of the data-year attribute). */
  readonly year: string;
  /** The value, or for a range the change, unrounded beyond the data's own rounding. */
  readonly value: number;
  /** The number with its unit as printed: "10.9%", "27,300 PPS per inhabitant", "+3.9 percentage points". */
  readonly text: string;
  /** Eurostat flag letters of the value (for a range: of both years, plus `b` for a break in between). */
  readonly flags: string;
  /** The flags explained ("b: break in time series"); empty without flags. */
  readonly flagText: string;
  /** For a range: the two values the change is made of. */
  readonly range?: { readonly from: number; readonly to: number; readonly fromYear: number; readonly toYear: number };
}

export type Resolved = { readonly ok: true; readonly value: ShownValue } | { readonly ok: false; readonly problems: readonly PropProblem[] };

/** `2013` → [2013, 2013]; `"2008-2013"` → [2008, 2013]; anything else → null. */
export function parseYearRef(year: number | string): [number, number] | null {
  if (typeof year === 'number') return Number.isInteger(year) ? [year, year] : null;
  const single = /^(\d{4})$/.exec(year.trim());
  if (single) return [Number(single[1]), Number(single[1])];
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(year.trim());
  if (!range || Number(range[1]) >= Number(range[2])) return null;
  return [Number(range[1]), Number(range[2])];
}

/** Units that are shares: a change between two years is a difference in percentage points. */
export function isShareUnit(unit: string): boolean {
  return unit.startsWith('%');
}

/** The number with its unit; "%" units stick to it ("10.9%", "23.5% of employment"). */
export function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  return isShareUnit(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

function formatNumber(value: number, decimals: number, signed: boolean): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
}

function problem(prop: string, found: string, expected: string): Resolved {
  return { ok: false, problems: [{ prop, found, expected }] };
}

/** Up to `n` items of a list for a message, "…" when there are more. */
function some(items: readonly string[], n = 12): string {
  return items.length > n ? `${items.slice(0, n).join(', ')}, …` : items.join(', ');
}

/** The value and flags of one geo and year, or a problem naming the years that have a value. */
function cell(series: SeriesFile, geo: string, year: number): { value: number; flags: string } | string {
  const i = series.years.indexOf(year);
  const value = i < 0 ? null : (series.values[geo]?.[i] ?? null);
  if (value !== null) return { value, flags: series.flags[geo]?.[i] ?? '' };
  const withValue = series.years.filter((_, j) => (series.values[geo]?.[j] ?? null) !== null);
  return `expected a year with a value for ${geo}: ${withValue.join(', ') || 'none'}`;
}

/** Resolve a reference; every problem names the prop, what was found and what would do. */
export function resolveDataValue(ref: DataValueRef, source: DataSource): Resolved {
  const metric = source.metrics.find((m) => m.id === ref.indicator);
  const withSeries = source.metrics.filter((m) => m.years.length > 0).map((m) => m.id);
  if (!metric || metric.years.length === 0) return problem('indicator', JSON.stringify(ref.indicator), `expected an indicator with a series, one of: ${withSeries.join(', ')}`);
  const series = source.series(metric.id);
  if (!series) return problem('indicator', JSON.stringify(ref.indicator), `expected an indicator with a series, one of: ${withSeries.join(', ')}`);
  const geoName = source.geoName(ref.geo) ?? (series.values[ref.geo] ? ref.geo : null);
  if (!series.values[ref.geo] || geoName === null) {
    const geos = Object.keys(series.values).filter((g) => g.length !== 4);
    return problem('geo', JSON.stringify(ref.geo), `expected a NUTS-2 code, a country or an aggregate that ${metric.id} has (e.g. ${some(geos.length > 0 ? geos : Object.keys(series.values))})`);
  }
  const years = parseYearRef(ref.year);
  if (!years) return problem('year', showValue(ref.year), 'expected a year in braces, year={2013}, or a range in quotes, year="2008-2013"');
  const [fromYear, toYear] = years;
  const decimals = ref.decimals ?? 1;
  const to = cell(series, ref.geo, toYear);
  if (typeof to === 'string') return problem('year', showValue(ref.year), to);
  if (fromYear === toYear) {
    const plain = formatNumber(to.value, decimals, false);
    return { ok: true, value: { metric, geo: ref.geo, geoName, year: String(toYear), value: to.value, text: ref.unitless ? plain : withUnit(plain, metric.unit), flags: to.flags, flagText: explainFlags(to.flags) } };
  }
  const from = cell(series, ref.geo, fromYear);
  if (typeof from === 'string') return problem('year', showValue(ref.year), from);
  const share = isShareUnit(metric.unit);
  if (!share && from.value === 0) return problem('year', showValue(ref.year), `expected a first year whose value is not 0 (a % change from 0 is undefined)`);
  // Rounded as the data are, so the attribute is stable and equals what a test computes from the two cells.
  const change = round(share ? to.value - from.value : ((to.value - from.value) / from.value) * 100, VALUE_DECIMALS);
  // A break in series (b) in any year of the range makes the change read across it, so it shows too.
  const between = series.years.flatMap((y, j) => (y > fromYear && y < toYear && (series.flags[ref.geo]?.[j] ?? '').includes('b') ? ['b'] : []));
  const flags = [...new Set(from.flags + to.flags + between.join(''))].sort().join('');
  const signed = formatNumber(change, decimals, true);
  const text = ref.unitless ? signed : share ? `${signed} percentage points` : `${signed}%`;
  return {
    ok: true,
    value: { metric, geo: ref.geo, geoName, year: `${fromYear}-${toYear}`, value: change, text, flags, flagText: explainFlags(flags), range: { from: from.value, to: to.value, fromYear, toYear } },
  };
}
