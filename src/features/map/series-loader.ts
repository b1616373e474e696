/**
 * Every year of an indicator, fetched lazily: the map's first paint needs only the default year
 * (regions.json carries it), so `series/<id>.json` is fetched when the reader first needs another
 * year — a year control moved, a change map, the chart panel, a deep link naming a year.
 *
 * The file is the pipeline's SeriesFile (src/schemas/generated.ts). The client carries no zod (its
 * budget is tight), so the shape is checked here by hand, once, with a message that names the file.
 */

/** The browser's view of a SeriesFile: one value (null = none) and flag ("" = none) per year. */
export interface Series {
  readonly indicator: string;
  /** Ascending. */
  readonly years: readonly number[];
  readonly values: Readonly<Record<string, readonly (number | null)[]>>;
  /** Only for geos with any flag. */
  readonly flags: Readonly<Record<string, readonly string[]>>;
}

/** One cell of a series: what the source file holds for this geo and year. */
export interface Cell {
  readonly value: number | null;
  readonly flags: string;
}

const NONE: Cell = { value: null, flags: '' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The series in `json`, or an error naming `url`, the place and what was expected there. */
export function checkSeries(json: unknown, url: string): Series {
  const fail = (where: string, expected: string, found: unknown): never => {
    const shown = typeof found === 'string' ? `"${found.slice(0, 40)}"` : Array.isArray(found) ? `a list of ${found.length}` : String(found);
    throw new Error(`${url}: ${where} — found ${shown}, expected ${expected}`);
  };
  if (!isRecord(json)) return fail('the file', 'an object { indicator, years, values, flags }', json);
  const { indicator, years, values, flags } = json;
  if (typeof indicator !== 'string') fail('indicator', 'a string', indicator);
  if (!Array.isArray(years) || !years.every((y, i) => Number.isInteger(y) && (i === 0 || y > years[i - 1]))) fail('years', 'ascending whole years', years);
  const n = (years as number[]).length;
  if (!isRecord(values)) return fail('values', 'an object keyed by geo', values);
  for (const [geo, row] of Object.entries(values)) {
    if (!Array.isArray(row) || row.length !== n || !row.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v)))) {
      fail(`values.${geo}`, `${n} numbers or nulls, one per year`, row);
    }
  }
  const f = flags ?? {};
  if (!isRecord(f)) return fail('flags', 'an object keyed by geo', flags);
  for (const [geo, row] of Object.entries(f)) {
    if (!Array.isArray(row) || row.length !== n || !row.every((v) => typeof v === 'string')) fail(`flags.${geo}`, `${n} strings, one per year`, row);
  }
  return { indicator: indicator as string, years: years as number[], values: values as Series['values'], flags: f as Series['flags'] };
}

/** The value and flags of `geo` in `year`; no value when the geo or the year is not in the file. */
export function cellAt(series: Series, geo: string, year: number): Cell {
  const i = series.years.indexOf(year);
  if (i < 0) return NONE;
  const value = series.values[geo]?.[i] ?? null;
  return { value, flags: series.flags[geo]?.[i] ?? '' };
}

export interface SeriesLoader {
  /** The series of an indicator (one request per indicator, however often it is asked for). */
  load(indicator: string): Promise<Series>;
  /** The series if it has arrived, else undefined (render with what is there; never wait). */
  peek(indicator: string): Series | undefined;
}

/** Indicator ids become file names: anything but letters, digits, `_` and `-` is refused. */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** A loader for `<base><indicator>.json` (`base` ends with a slash, e.g. "/data/series/"). */
export function createSeriesLoader(base: string, fetchJson: (url: string) => Promise<unknown>): SeriesLoader {
  const pending = new Map<string, Promise<Series>>();
  const done = new Map<string, Series>();
  return {
    load(indicator) {
      if (!SAFE_ID.test(indicator)) return Promise.reject(new Error(`series: "${indicator.slice(0, 40)}" is not an indicator id`));
      let p = pending.get(indicator);
      if (!p) {
        const url = `${base}${indicator}.json`;
        p = fetchJson(url).then((json) => {
          const s = checkSeries(json, url);
          done.set(indicator, s);
          return s;
        });
        // A failed request may be retried later (a flaky connection), so it is not cached.
        p.catch(() => pending.delete(indicator));
        pending.set(indicator, p);
      }
      return p;
    },
    peek: (indicator) => done.get(indicator),
  };
}
