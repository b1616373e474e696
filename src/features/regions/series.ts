/**
 * A region's lines for a chart: the region, its country and the EU, read from an indicator's
 * series file (`series/<metric>.json`, see SeriesFile in src/schemas/generated.ts). Only geos the
 * file has are drawn; nothing is filled in or borrowed from another indicator.
 */
import type { Series } from '../charts';

/** The series file's shape as these helpers need it (structural: the zod schema is not imported). */
export interface YearSeries {
  readonly years: readonly number[];
  readonly values: Readonly<Record<string, readonly (number | null)[]>>;
  readonly flags: Readonly<Record<string, readonly string[]>>;
}

/**
 * EU aggregates in the order a chart prefers them, with the label readers see: the current Union
 * first; an older composition only where a file has no current one (its label says which).
 */
export const EU_AGGREGATES: readonly { readonly geo: string; readonly label: string }[] = [
  { geo: 'EU27_2020', label: 'EU (27 countries)' },
  { geo: 'EU28', label: 'EU (28 countries)' },
  { geo: 'EU27_2007', label: 'EU (27 countries, 2007–2013)' },
];

const hasAny = (values: readonly (number | null)[] | undefined): boolean => !!values?.some((v) => v !== null && Number.isFinite(v));

/** One geo of the file as a chart series, or null when it has no value in any year. */
export function geoSeries(file: YearSeries, geo: string, label: string): Series | null {
  const values = file.values[geo];
  if (!values || !hasAny(values)) return null;
  const flags = file.flags[geo];
  return { id: geo, label, values, ...(flags ? { flags } : {}) };
}

/** The subject, then its country (for a NUTS-2 region), then the first EU aggregate the file has. */
export function comparisonSeries(file: YearSeries, subject: { id: string; name: string }, country: { id: string; name: string } | null): Series[] {
  const eu = EU_AGGREGATES.map((a) => geoSeries(file, a.geo, a.label)).find((s) => s !== null) ?? null;
  const lines = [geoSeries(file, subject.id, subject.name), country ? geoSeries(file, country.id, country.name) : null, eu];
  return lines.filter((s): s is Series => s !== null);
}

/**
 * The years from the first to the last with a value in any of `series`, and the series cut to them
 * (a chart of 2000–2022 for a region measured from 2013 would be mostly empty axis).
 */
export function trimYears(years: readonly number[], series: readonly Series[]): { years: number[]; series: Series[] } {
  const any = (i: number) => series.some((s) => s.values[i] !== null && s.values[i] !== undefined && Number.isFinite(s.values[i]));
  const indices = years.map((_, i) => i);
  const first = indices.find(any);
  const last = indices.findLast(any);
  if (first === undefined || last === undefined) return { years: [], series: [] };
  const cut = <T>(a: readonly T[]) => a.slice(first, last + 1);
  return {
    years: cut(years),
    series: series.map((s) => ({ ...s, values: cut(s.values), ...(s.flags ? { flags: cut(s.flags) } : {}) })),
  };
}

/** The latest year in which `geo` has a value: its value and flags, or null. */
export function latestOf(file: YearSeries, geo: string): { year: number; value: number; flags: string } | null {
  const values = file.values[geo] ?? [];
  const i = values.findLastIndex((v) => v !== null && Number.isFinite(v));
  if (i < 0) return null;
  return { year: file.years[i] as number, value: values[i] as number, flags: file.flags[geo]?.[i] ?? '' };
}

/** Every geo's value in `year` (geos without one left out). */
export function valuesInYear(file: YearSeries, year: number): Map<string, { value: number; flags: string }> {
  const i = file.years.indexOf(year);
  const out = new Map<string, { value: number; flags: string }>();
  if (i < 0) return out;
  for (const [geo, values] of Object.entries(file.values)) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) out.set(geo, { value: v, flags: file.flags[geo]?.[i] ?? '' });
  }
  return out;
}
