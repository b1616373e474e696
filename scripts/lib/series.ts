/**
 * Catalogue row + Eurostat file → the indicator's series: every year, per geo, with its flags.
 *
 * Geos kept: NUTS-2 regions of the map, mapped countries (each where the row's `geo_levels` allow)
 * and EU / euro-area aggregates (EU27_2020, EU28: for comparisons and as a quotient's reference;
 * they never reach the map). Years kept: those with at least one value. A derived value (a share,
 * a quotient) carries the flags of every input it was made from, so a break `b` or a low
 * reliability `u` in the numerator still shows.
 */
import type { EurostatTable, Observation } from './eurostat.ts';
import type { CatalogueEntry } from './indicators.ts';
import { VALUE_DECIMALS } from '../../src/lib/precision.ts';
import { type Problem, problemAt } from './problems.ts';

/** One geo's values and flags, aligned with the series' `years`. */
export interface SeriesRow {
  values: (number | null)[];
  flags: string[];
}

/** What every metric with years has, whether read from a file or derived from other series. */
export interface MetricSeries {
  id: string;
  label: string;
  unit: string;
  levels: (0 | 2)[];
  higherIs: 'better' | 'worse' | 'neutral';
  /**
   * Decimals kept in the generated files: 3 for published values (VALUE_DECIMALS), 1 for shares
   * and changes made from one-decimal figures, 2 for location quotients — more would be noise.
   */
  decimals: number;
  /** `lq`: classes around 1 (the reference's share); `quantile`: quantiles of every year's values. */
  classes: 'quantile' | 'lq';
  source: string;
  sourceUrl: string | null;
  datasetCode: string | null;
  note: string | null;
  /** Dataset vintage as readers should cite it ("April 2014 release"), null when unknown. */
  vintage: string | null;
  years: number[];
  rows: Map<string, SeriesRow>;
  defaultYear: number | null;
  /** The reference period as shown beside a value: "2013", or "2008–2013" for a change. */
  period: (year: number) => string;
  /** The file it was read from (null for a derived metric or a dataset without a file). */
  file: string | null;
}

/** EU and euro-area aggregates as Eurostat names them (EU27_2020, EU28, EU15, EA19). */
export function isAggregate(geo: string): boolean {
  return /^E[UA]\d/.test(geo);
}

export type IsRegion = (geo: string, level: 0 | 2) => boolean;

/** Is this geo kept for the entry: a map region of an allowed level, or an aggregate? */
function keeps(entry: CatalogueEntry, isRegion: IsRegion, geo: string): boolean {
  if (isAggregate(geo)) return true;
  const level = geo.length === 2 ? 0 : geo.length === 4 ? 2 : null;
  return level !== null && entry.levels.includes(level) && isRegion(geo, level);
}

type Picked = Map<string, Map<number, Observation>>;

/** The observations matching `filters`, by geo and year; a second match is a catalogue problem. */
function pick(entry: CatalogueEntry, table: EurostatTable, filters: Record<string, string>, isRegion: IsRegion, problems: Problem[]): Picked {
  const out: Picked = new Map();
  const wanted = Object.entries(filters);
  for (const o of table.observations) {
    if (!wanted.every(([d, v]) => o.dims[d] === v) || !keeps(entry, isRegion, o.geo)) continue;
    let byYear = out.get(o.geo);
    if (!byYear) out.set(o.geo, (byYear = new Map()));
    const twin = byYear.get(o.year);
    if (twin) {
      const varying = Object.keys(o.dims).filter((d) => o.dims[d] !== twin.dims[d]);
      problems.push({ file: table.file, line: o.line, column: 1, found: `a second value for ${o.geo} ${o.year} after the filters`,
        expected: `filters in ${entry.id} that fix every dimension (this line differs from line ${twin.line} in ${varying.join(', ')})` });
      continue;
    }
    byYear.set(o.year, o);
  }
  return out;
}

/** Flag letters of several inputs, each once, in the order met ("b" + "bu" → "bu"). */
export function mergeFlags(...flags: string[]): string {
  return [...new Set(flags.join(''))].join('');
}

interface Cell {
  value: number | null;
  flags: string;
}

const ratio = (a: Cell | undefined, b: Cell | undefined, scale: number): Cell | undefined => {
  if (!a && !b) return undefined;
  const value = a?.value != null && b?.value != null && b.value !== 0 ? (scale * a.value) / b.value : null;
  return { value, flags: mergeFlags(a?.flags ?? '', b?.flags ?? '') };
};

/** Cells per geo and year for the entry's measure (value, share of the denominator, or quotient). */
function measureCells(entry: CatalogueEntry, num: Picked, den: Picked | null): Map<string, Map<number, Cell>> {
  const out = new Map<string, Map<number, Cell>>();
  const shareOf = (geo: string, year: number) => (den ? ratio(num.get(geo)?.get(year), den.get(geo)?.get(year), 100) : num.get(geo)?.get(year));
  for (const [geo, byYear] of num) {
    const cells = new Map<number, Cell>();
    for (const year of byYear.keys()) {
      const share = shareOf(geo, year);
      const cell = entry.measure === 'lq' ? ratio(share, shareOf(entry.reference!, year), 1) : share;
      if (cell) cells.set(year, cell);
    }
    out.set(geo, cells);
  }
  return out;
}

/** Years with a value anywhere, and one aligned row per geo that has a value or a flag in them. */
function alignRows(cells: Map<string, Map<number, Cell>>): { years: number[]; rows: Map<string, SeriesRow> } {
  const yearSet = new Set<number>();
  for (const byYear of cells.values()) for (const [y, c] of byYear) if (c.value !== null) yearSet.add(y);
  const years = [...yearSet].sort((a, b) => a - b);
  const rows = new Map<string, SeriesRow>();
  for (const geo of [...cells.keys()].sort()) {
    const byYear = cells.get(geo)!;
    const row = { values: years.map((y) => byYear.get(y)?.value ?? null), flags: years.map((y) => byYear.get(y)?.flags ?? '') };
    if (row.values.some((v) => v !== null) || row.flags.some((f) => f !== '')) rows.set(geo, row);
  }
  return { years, rows };
}

/** The latest year in which a map region (not only an aggregate) has a value. */
export function latestMappedYear(years: readonly number[], rows: ReadonlyMap<string, SeriesRow>): number | null {
  for (let i = years.length - 1; i >= 0; i--) {
    for (const [geo, row] of rows) if (!isAggregate(geo) && row.values[i] !== null) return years[i]!;
  }
  return null;
}

/** Decimals per measure (see MetricSeries.decimals). */
const DECIMALS = { value: VALUE_DECIMALS, share: 1, lq: 2 } as const;

export function seriesOf(entry: CatalogueEntry, tables: readonly EurostatTable[], isRegion: IsRegion, problems: Problem[], vintage: string | null = null): MetricSeries {
  const table = tables.find((t) => t.datasetCode === entry.datasetCode);
  const base: Omit<MetricSeries, 'years' | 'rows' | 'defaultYear' | 'file'> = {
    id: entry.id, label: entry.label, unit: entry.unit, levels: entry.levels, higherIs: entry.higherIs,
    decimals: DECIMALS[entry.measure], classes: entry.measure === 'lq' ? 'lq' : 'quantile', source: entry.sourceLabel, sourceUrl: entry.sourceUrl,
    datasetCode: entry.datasetCode, note: entry.note, vintage, period: String,
  };
  if (!table) return { ...base, years: [], rows: new Map(), defaultYear: null, file: null };
  const dims = table.observations[0]?.dims ?? {};
  const unknownDims = Object.keys({ ...entry.filters, ...entry.denominator }).filter((d) => table.observations.length > 0 && !(d in dims));
  if (unknownDims.length) {
    problems.push(problemAt(entry.at, `filters on ${unknownDims.join(', ')}, which ${table.file} does not have`, `filters on its dimensions: ${Object.keys(dims).join(', ')}`));
  }
  const num = pick(entry, table, entry.filters, isRegion, problems);
  const den = entry.measure === 'value' ? null : pick(entry, table, { ...entry.filters, ...entry.denominator }, isRegion, problems);
  const { years, rows } = alignRows(measureCells(entry, num, den));
  const defaultYear = entry.defaultYear ?? latestMappedYear(years, rows);
  return { ...base, years, rows, defaultYear, file: table.file };
}
