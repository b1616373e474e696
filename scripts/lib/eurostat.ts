/**
 * Reader for Eurostat downloads as editors save them into data/raw/:
 *
 *   SDMX-CSV 1.0   header starts `DATAFLOW,LAST UPDATE,…,TIME_PERIOD,OBS_VALUE,OBS_FLAG[,CONF_STATUS]`
 *   SDMX-CSV 2.0   header starts `STRUCTURE,STRUCTURE_ID,…`, optionally a label column after each code
 *   TSV            first header cell `freq,unit,geo\TIME_PERIOD` (or `\time`), cells `value flags`
 *
 * Columns are found by header name, never by position. `:` or an empty value is missing (null),
 * never zero; flags are kept as published (OBS_FLAG, then CONF_STATUS). Country codes GR/GB are
 * mapped to Eurostat's EL/UK, and extra-regio codes (NUTS codes ending in Z: `DEZZ`, `FRZ`) are
 * dropped because they have no territory to map.
 */
import { type CsvTable, parseCsv } from './csv.ts';
import { type Problem, quote } from './problems.ts';
import { toEurostat } from './countries.ts';

export interface Observation {
  /** Dimension id → code, all dimensions except geo and time (e.g. {freq:'A', unit:'PC', sex:'T'}). */
  dims: Record<string, string>;
  geo: string;
  /** Reference year (annual data only: the atlas compares regions year by year). */
  year: number;
  value: number | null;
  /** OBS_FLAG letters then CONF_STATUS, e.g. "p", "be", "C"; "" when none. */
  flags: string;
  line: number;
  /** Column of the geo code on that line (blamed when the code fits no NUTS version). */
  geoColumn: number;
}

export interface EurostatTable {
  file: string;
  format: 'sdmx-csv-1.0' | 'sdmx-csv-2.0' | 'tsv';
  /** Lower-case dataset code, e.g. `lfst_r_lfu3rt`. */
  datasetCode: string;
  /** ISO date of the dataset's last update when the file says it (SDMX-CSV 1.0). */
  lastUpdate: string | null;
  observations: Observation[];
}

/** A NUTS code of an extra-regio territory (no map area): country code followed by Z, ZZ, ZZZ. */
export function isExtraRegio(geo: string): boolean {
  return /^[A-Z]{2}Z+$/.test(geo);
}

/** GR/GB → EL/UK at the start of any geo code; aggregates such as EU27_2020 pass through. */
export function normaliseGeo(geo: string): string {
  if (/^(GR|GB)/.test(geo)) return toEurostat(geo.slice(0, 2)) + geo.slice(2);
  return geo;
}

/** `ESTAT:LFST_R_LFU3RT(1.0)` → `lfst_r_lfu3rt`. */
export function datasetCodeOf(ref: string): string | null {
  const m = /^(?:[A-Z0-9_]+:)?([A-Za-z0-9_]+)(?:\([^)]*\))?$/.exec(ref.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** `28/08/26 23:00:00` (dd/mm/yy) → `2026-08-28`. */
function isoDate(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})/.exec(text.trim());
  if (!m) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]}-${m[1]}`;
}

/** Dimension columns are lower-case ids (freq, nace_r2, isced11); label columns are prose. */
const DIMENSION_ID = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const YEAR = /^\d{4}$/;

/**
 * Eurostat's observation flags (OBS_FLAG: b break in series, c confidential, d definition differs,
 * e estimated, f forecast, i imputed, m missing, n not significant, p provisional, r revised,
 * s Eurostat estimate, u low reliability, z not applicable) and CONF_STATUS codes (C, N, P).
 * Anything else is a typo or a foreign file, and would be shown to readers as if it meant something.
 */
export const EUROSTAT_FLAGS = 'bcdefimnprsuzCNP';
const FLAGS_TEXT = 'Eurostat flags: b, c, d, e, f, i, m, n, p, r, s, u, z (or C, N, P for confidentiality)';

/** Column (0-based offset in `flags`) of the first letter outside Eurostat's set, or -1. */
export function badFlagAt(flags: string): number {
  for (let i = 0; i < flags.length; i++) if (!EUROSTAT_FLAGS.includes(flags[i]!)) return i;
  return -1;
}

/** `cell` is the whole cell as written (`4.5 x`), `at` the offset of the bad letter in it. */
function flagProblem(file: string, line: number, column: number, cell: string, at: number): Problem {
  return { file, line, column: column + at, found: `the flag ${quote(cell[at]!)} in ${quote(cell.trim())}`, expected: FLAGS_TEXT };
}

function yearProblem(file: string, line: number, column: number, text: string): Problem {
  return { file, line, column, found: `the period ${quote(text)}`, expected: 'a year such as 2013 (the atlas reads annual data only)' };
}

export function detectFormat(text: string): EurostatTable['format'] | null {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/^"?DATAFLOW"?,/.test(first)) return 'sdmx-csv-1.0';
  if (/^"?STRUCTURE"?,/.test(first)) return 'sdmx-csv-2.0';
  const cell = first.split('\t', 1)[0] ?? '';
  if (/\\(TIME_PERIOD|time)$/i.test(cell)) return 'tsv';
  return null;
}

export function parseEurostat(file: string, text: string, fallbackCode: string, problems: Problem[]): EurostatTable | null {
  const format = detectFormat(text);
  if (!format) {
    problems.push({
      file, line: 1, column: 1,
      found: text.trim() === '' ? 'an empty file' : `the header ${quote(text.split(/\r?\n/, 1)[0] ?? '', 60)}`,
      expected: 'a Eurostat SDMX-CSV 1.0 (DATAFLOW,…), SDMX-CSV 2.0 (STRUCTURE,…) or TSV (…\\TIME_PERIOD) download',
    });
    return null;
  }
  return format === 'tsv' ? parseTsv(file, text, fallbackCode, problems) : parseSdmxCsv(file, text, format, problems);
}

function parseSdmxCsv(file: string, text: string, format: 'sdmx-csv-1.0' | 'sdmx-csv-2.0', problems: Problem[]): EurostatTable | null {
  const parsed = parseCsv(file, text);
  problems.push(...parsed.problems);
  const table: CsvTable = parsed.table;
  const col = new Map<string, number>();
  table.header.forEach((c, i) => {
    if (!col.has(c.value)) col.set(c.value, i);
  });
  const refColumn = format === 'sdmx-csv-1.0' ? 'DATAFLOW' : 'STRUCTURE_ID';
  const need = [refColumn, 'geo', 'TIME_PERIOD', 'OBS_VALUE'];
  const missing = need.filter((n) => !col.has(n));
  if (missing.length) {
    problems.push({ file, line: 1, column: 1, found: `no column ${missing.map((m) => quote(m)).join(', ')}`, expected: `the SDMX-CSV columns ${need.join(', ')}` });
    return null;
  }
  const reserved = new Set(['DATAFLOW', 'LAST UPDATE', 'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'ACTION', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_FLAG', 'CONF_STATUS', 'geo']);
  const dims = table.header.map((c, i) => [c.value, i] as const).filter(([name]) => DIMENSION_ID.test(name) && !reserved.has(name));
  const cell = (cells: { value: string }[], name: string) => {
    const i = col.get(name);
    return i === undefined ? '' : (cells[i]?.value ?? '').trim();
  };

  let datasetCode: string | null = null;
  let lastUpdate: string | null = null;
  const observations: Observation[] = [];
  const seen = keyTracker(problems);
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) continue; // reported by parseCsv
    const code = datasetCodeOf(cell(row.cells, refColumn));
    if (!code) {
      const c = row.cells[col.get(refColumn)!]!;
      problems.push({ file, line: c.line, column: c.column, found: quote(c.value), expected: 'a dataflow reference such as ESTAT:LFST_R_LFU3RT(1.0)' });
      continue;
    }
    if (datasetCode === null) datasetCode = code;
    else if (code !== datasetCode) {
      const c = row.cells[col.get(refColumn)!]!;
      problems.push({ file, line: c.line, column: c.column, found: `a second dataset ${quote(code)}`, expected: `one dataset per file (${datasetCode})` });
      continue;
    }
    const updated = isoDate(cell(row.cells, 'LAST UPDATE'));
    if (updated && (lastUpdate === null || updated > lastUpdate)) lastUpdate = updated;
    const rawValue = cell(row.cells, 'OBS_VALUE');
    let value: number | null = null;
    if (rawValue !== '' && rawValue !== ':') {
      if (!NUMBER.test(rawValue) || !Number.isFinite(Number(rawValue))) {
        const c = row.cells[col.get('OBS_VALUE')!]!;
        problems.push({ file, line: c.line, column: c.column, found: quote(rawValue), expected: 'a number, `:` or an empty cell for a missing value' });
        continue;
      }
      value = Number(rawValue);
    }
    const period = cell(row.cells, 'TIME_PERIOD');
    if (!YEAR.test(period)) {
      const c = row.cells[col.get('TIME_PERIOD')!]!;
      problems.push(yearProblem(file, c.line, c.column, period));
      continue;
    }
    const flagCells = ['OBS_FLAG', 'CONF_STATUS'].flatMap((name) => (col.has(name) ? [row.cells[col.get(name)!]!] : []));
    const badCell = flagCells.find((c) => badFlagAt(c.value.trim()) >= 0);
    if (badCell) {
      const text = badCell.value.trim();
      problems.push(flagProblem(file, badCell.line, badCell.column, badCell.value, badCell.value.indexOf(text) + badFlagAt(text)));
      continue;
    }
    const flags = flagCells.map((c) => c.value.trim()).join('');
    const geo = normaliseGeo(cell(row.cells, 'geo'));
    const obsDims = Object.fromEntries(dims.map(([name, i]) => [name, (row.cells[i]?.value ?? '').trim()]));
    if (seen.repeat(`${seriesKey(obsDims, geo)}|${period}`, row.line, file, `${geo} ${period}`)) continue;
    if (isExtraRegio(geo)) continue;
    observations.push({ dims: obsDims, geo, year: Number(period), value, flags, line: row.line, geoColumn: row.cells[col.get('geo')!]!.column });
  }
  return { file, format, datasetCode: datasetCode ?? '', lastUpdate, observations };
}

/** Dimension codes then geo, as one text: two rows with the same key are the same series. */
function seriesKey(dims: Record<string, string>, geo: string): string {
  return `${Object.entries(dims).map(([d, v]) => `${d}=${v}`).join(',')},geo=${geo}`;
}

/**
 * Remembers where each series key was first seen; a repeat is a problem (two values for the same
 * cell of the table: which one is Eurostat's?) and `repeat` returns true so the row is skipped.
 */
function keyTracker(problems: Problem[]) {
  const first = new Map<string, number>();
  return {
    repeat(key: string, line: number, file: string, shown: string): boolean {
      const before = first.get(key);
      if (before === undefined) {
        first.set(key, line);
        return false;
      }
      problems.push({ file, line, column: 1, found: `the series ${quote(shown)} again (first on line ${before})`, expected: 'each series key (dimension codes and geo) once per file' });
      return true;
    },
  };
}

/** `5.2 b` → {value: 5.2, flags: 'b'}; `:` / `: c` → {value: null, flags: 'c'}. */
const TSV_CELL = /^\s*(:|-?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/;

function parseTsv(file: string, input: string, datasetCode: string, problems: Problem[]): EurostatTable | null {
  const text = input.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const header = lines[0]!.split('\t');
  const [dimPart] = header[0]!.split('\\');
  const dimNames = dimPart!.split(',').map((s) => s.trim());
  const geoIndex = dimNames.indexOf('geo');
  if (geoIndex < 0) {
    problems.push({ file, line: 1, column: 1, found: quote(header[0]!), expected: 'a first header cell listing the dimensions with `geo`, such as freq,unit,geo\\TIME_PERIOD' });
    return null;
  }
  const periods = header.slice(1).map((p) => p.trim());
  let headerColumn = header[0]!.length + 2;
  let yearsOk = true;
  for (const [i, p] of periods.entries()) {
    if (!YEAR.test(p)) {
      problems.push(yearProblem(file, 1, headerColumn, p));
      yearsOk = false;
    }
    headerColumn += header[i + 1]!.length + 1;
  }
  if (!yearsOk) return null;
  const years = periods.map(Number);
  const observations: Observation[] = [];
  const seen = keyTracker(problems);
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      problems.push({ file, line: li + 1, column: line.length + 1, found: `${cells.length} tab-separated cells`, expected: `${header.length} cells as in the header (file truncated?)` });
      continue;
    }
    const codes = cells[0]!.split(',').map((s) => s.trim());
    if (codes.length !== dimNames.length) {
      problems.push({ file, line: li + 1, column: 1, found: `${codes.length} codes in ${quote(cells[0]!)}`, expected: `${dimNames.length} codes (${dimNames.join(',')})` });
      continue;
    }
    const geo = normaliseGeo(codes[geoIndex]!);
    const dims = Object.fromEntries(dimNames.map((d, i) => [d, codes[i]!]).filter(([d]) => d !== 'geo'));
    if (seen.repeat(seriesKey(dims, geo), li + 1, file, cells[0]!)) continue;
    if (isExtraRegio(geo)) continue;
    const geoColumn = 1 + codes.slice(0, geoIndex).reduce((n, c) => n + c.length + 1, 0);
    let column = cells[0]!.length + 2;
    for (let ci = 1; ci < cells.length; ci++) {
      const raw = cells[ci]!;
      const m = TSV_CELL.exec(raw);
      const bad = m ? badFlagAt(m[2] ?? '') : -1;
      if (!m) {
        problems.push({ file, line: li + 1, column, found: quote(raw), expected: 'a number with optional flags (`5.2 b`) or `:` for missing' });
      } else if (bad >= 0) {
        problems.push(flagProblem(file, li + 1, column, raw, raw.lastIndexOf(m[2]!) + bad));
      } else {
        observations.push({ dims, geo, year: years[ci - 1]!, value: m[1] === ':' ? null : Number(m[1]), flags: m[2] ?? '', line: li + 1, geoColumn });
      }
      column += raw.length + 1;
    }
  }
  return { file, format: 'tsv', datasetCode, lastUpdate: null, observations };
}
