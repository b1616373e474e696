/**
 * Cells of the raw Eurostat files in data/raw/, read independently of the pipeline: a test of a
 * shown figure compares it with the published bytes, not with what the pipeline made of them.
 * Eurostat TSV: a header `dim1,dim2,geo\time<TAB>2008 <TAB>…`, then one line per series with
 * `value flags` cells (`:` = no value). Years may run either way; the header says which.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface RawCell {
  value: number | null;
  flags: string;
}

interface RawFile {
  dims: string[];
  years: number[];
  lines: Map<string, string[]>;
}

const files = new Map<string, RawFile>();

function rawFile(dataset: string): RawFile {
  const cached = files.get(dataset);
  if (cached) return cached;
  const [head = '', ...rest] = readFileSync(`data/raw/${dataset}.tsv`, 'utf8').split(/\r?\n/);
  const [key = '', ...periods] = head.split('\t');
  const dims = key.split('\\')[0]!.split(',');
  const lines = new Map<string, string[]>();
  for (const line of rest) {
    if (!line) continue;
    const [codes = '', ...cells] = line.split('\t');
    lines.set(codes, cells);
  }
  const file = { dims, years: periods.map((p) => Number(p.trim())), lines };
  files.set(dataset, file);
  return file;
}

/** The cell of `dataset` for the dimension codes `filters` (e.g. { unit: 'PC', age: 'Y_GE15', sex: 'T' }), `geo` and `year`. */
export function rawCell(dataset: string, filters: Record<string, string>, geo: string, year: number): RawCell {
  const file = rawFile(dataset);
  const key = file.dims.map((d) => (d === 'geo' ? geo : filters[d] ?? '')).join(',');
  const cells = file.lines.get(key);
  const i = file.years.indexOf(year);
  if (!cells || i < 0) throw new Error(`no line ${key} or year ${year} in data/raw/${dataset}.tsv`);
  const m = /^\s*(:|-?[\d.]+)\s*([A-Za-z]*)\s*$/.exec(cells[i] ?? '');
  if (!m) throw new Error(`unreadable cell ${JSON.stringify(cells[i])} (${key}, ${year}) in data/raw/${dataset}.tsv`);
  return { value: m[1] === ':' ? null : Number(m[1]), flags: m[2] ?? '' };
}

export interface CatalogueEntry {
  dataset: string;
  filters: Record<string, string>;
  /** '' (the value itself), 'share' (÷ denominator × 100) or 'lq' (share ÷ the reference geo's share). */
  measure: string;
  denominator: Record<string, string>;
  reference: string;
}

const parseFilters = (text: string): Record<string, string> => Object.fromEntries(text.split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string]));

/** data/indicators_catalogue.csv by indicator id. */
export function catalogue(): Map<string, CatalogueEntry> {
  const rows = Papa.parse<Record<string, string>>(readFileSync('data/indicators_catalogue.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [r['indicator_id']!, {
    dataset: r['dataset_code']!, filters: parseFilters(r['filters'] ?? ''), measure: r['measure'] ?? '',
    denominator: parseFilters(r['denominator'] ?? ''), reference: r['reference'] ?? '',
  }]));
}

/** An indicator's value for a geo and year computed from the raw file as the catalogue defines it (no rounding). */
export function rawIndicator(entry: CatalogueEntry, geo: string, year: number): number | null {
  const cell = (g: string, f: Record<string, string>) => rawCell(entry.dataset, { ...entry.filters, ...f }, g, year).value;
  const value = cell(geo, {});
  if (entry.measure === '') return value;
  const total = cell(geo, entry.denominator);
  if (value === null || total === null || total === 0) return null;
  if (entry.measure === 'share') return (value / total) * 100;
  const refValue = cell(entry.reference, {});
  const refTotal = cell(entry.reference, entry.denominator);
  return refValue === null || refTotal === null || refTotal === 0 ? null : value / total / (refValue / refTotal);
}
