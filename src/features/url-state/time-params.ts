/**
 * The time and comparison part of a map's deep link:
 *
 *   year=2013            the year shown (default: the metric's latest year — not written)
 *   change=2008-2013     a change map from one year to another (default: none)
 *   compare=ES61,EL30    regions compared in the chart, in the order the reader added them (≤ 5)
 *   tab=chart | table    the panel shown beside the map (default: map — not written)
 *
 * Years are those the current metric has values for (`UrlContext.years[metric]`, ascending). An
 * unknown year is replaced by the nearest one with data and reported, so a link made against an
 * older edition of the data still opens on a sensible map. Pure and browser-safe.
 */
import { invalid, missing, type ParamResult, type Raw, valid, validOnce } from './param-result';

export const TABS = ['map', 'chart', 'table'] as const;
export type Tab = (typeof TABS)[number];

/** Most regions a chart compares: more lines than that cannot be told apart by their labels. */
export const MAX_COMPARE = 5;

/** A change map's two years, `from` < `to`. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface TimeState {
  /** The year shown; null = the metric's latest year. */
  readonly year: number | null;
  /** Change from one year to another; null = the plain map of one year. */
  readonly change: YearRange | null;
  readonly tab: Tab;
  /** Region codes compared in the chart, in the order they were added. */
  readonly compare: readonly string[];
}

export const DEFAULT_TIME: TimeState = { year: null, change: null, tab: 'map', compare: [] };

/** The year of `years` nearest to `year`; a tie goes to the later year. undefined when `years` is empty. */
export function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    if (best === undefined || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)) best = y;
  }
  return best;
}

/** The year a map shows: the chosen year snapped to the metric's years, else its latest; null without years. */
export function shownYear(years: readonly number[] | undefined, year: number | null): number | null {
  if (!years || years.length === 0) return null;
  return year === null ? years[years.length - 1]! : (nearestYear(years, year) ?? null);
}

/** Only metrics with two or more years have a year to choose. */
function choosable(years: readonly number[] | undefined): years is readonly number[] {
  return years !== undefined && years.length >= 2;
}

const YEAR = /^\s*-?\d{1,6}\s*$/;
const NO_YEARS = 'this metric has no years to choose from';

function snapReason(given: number, used: number): string {
  return `no data for ${given}; the nearest year with data, ${used}, is shown`;
}

export function parseYear(raw: Raw, years: readonly number[] | undefined): ParamResult<number | null> {
  if (raw === undefined) return missing;
  if (!choosable(years)) return invalid(raw.value, NO_YEARS, [], null);
  const options = years.map(String);
  if (!YEAR.test(raw.value)) return invalid(raw.value, 'expected a year such as 2013', options, null);
  const given = Number(raw.value);
  const used = nearestYear(years, given)!;
  if (used !== given) return invalid(raw.value, snapReason(given, used), options, used);
  return validOnce(raw, used, options);
}

const RANGE = /^\s*(\d{1,6})\s*[-–_~]\s*(\d{1,6})\s*$/;

export function parseChange(raw: Raw, years: readonly number[] | undefined): ParamResult<YearRange | null> {
  if (raw === undefined) return missing;
  if (!choosable(years)) return invalid(raw.value, NO_YEARS, [], null);
  const options = [`${years[0]}-${years[years.length - 1]} (two of ${years[0]}–${years[years.length - 1]})`];
  const m = RANGE.exec(raw.value);
  if (!m) return invalid(raw.value, 'expected two years such as 2008-2013', options, null);
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [na, nb] = [nearestYear(years, a)!, nearestYear(years, b)!];
  const range = { from: Math.min(na, nb), to: Math.max(na, nb) };
  if (range.from === range.to) return invalid(raw.value, 'a change needs two different years with data', options, null);
  if (na !== a) return invalid(raw.value, snapReason(a, na), options, range);
  if (nb !== b) return invalid(raw.value, snapReason(b, nb), options, range);
  if (a > b) return invalid(raw.value, 'the earlier year comes first; the two were swapped', options, range);
  return validOnce(raw, range, options);
}

export function parseTab(raw: Raw): ParamResult<Tab> {
  if (raw === undefined) return missing;
  const tab = TABS.find((t) => t === raw.value.trim().toLowerCase());
  if (tab === undefined) return invalid(raw.value, 'not a panel of the map', TABS, 'map');
  return validOnce(raw, tab, TABS);
}

/** Region codes, case-insensitive; unknown ones are dropped, the rest kept in the order given (≤ MAX_COMPARE). */
export function parseCompare(raw: Raw, regions: readonly string[]): ParamResult<readonly string[]> {
  if (raw === undefined) return missing;
  if (raw.value.trim().toLowerCase() === 'none') return valid([]);
  const byUpper = new Map(regions.map((r) => [r.toUpperCase(), r]));
  const items = raw.value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const found: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const id = byUpper.get(item.toUpperCase());
    if (id === undefined) unknown.push(item);
    else if (!found.includes(id)) found.push(id);
  }
  const kept = found.slice(0, MAX_COMPARE);
  const options = [`up to ${MAX_COMPARE} region codes, e.g. ${regions.slice(0, 2).join(',')}`];
  if (unknown.length > 0) return invalid(raw.value, `not a known region: ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}`, options, kept);
  if (found.length > MAX_COMPARE) return invalid(raw.value, `at most ${MAX_COMPARE} regions can be compared; the first ${MAX_COMPARE} were kept`, options, kept);
  if (items.length === 0) return invalid(raw.value, 'empty; use “none” for no comparison', options, []);
  return validOnce(raw, kept, options);
}

/** The canonical time state for a metric's years: what serialise → parse gives back. */
export function normaliseTime(t: TimeState, years: readonly number[] | undefined, regions: readonly string[]): TimeState {
  const known = new Set(regions);
  const compare = [...new Set(t.compare)].filter((r) => known.has(r)).slice(0, MAX_COMPARE);
  if (!choosable(years)) return { year: null, change: null, tab: t.tab, compare };
  const latest = years[years.length - 1]!;
  const year = t.year === null ? null : nearestYear(years, t.year)!;
  let change: YearRange | null = null;
  if (t.change) {
    const [a, b] = [nearestYear(years, t.change.from)!, nearestYear(years, t.change.to)!];
    if (a !== b) change = { from: Math.min(a, b), to: Math.max(a, b) };
  }
  return { year: year === latest ? null : year, change, tab: t.tab, compare };
}

/** `[name, value]` pairs for the non-default parts of a (normalised) time state. */
export function timeParams(t: TimeState): { year?: string; change?: string; compare?: string; tab?: string } {
  return {
    ...(t.year !== null ? { year: String(t.year) } : {}),
    ...(t.change ? { change: `${t.change.from}-${t.change.to}` } : {}),
    ...(t.compare.length > 0 ? { compare: t.compare.join(',') } : {}),
    ...(t.tab !== 'map' ? { tab: t.tab } : {}),
  };
}
