/**
 * The indicator catalogue (data/indicators_catalogue.csv): which series of which Eurostat file
 * each indicator is, read and validated once.
 *
 * A catalogue row names a dataset and the dimension codes that pick one series per region
 * (`unit=PC;sex=T;age=Y_GE15`), and how the value is made (`measure`):
 *   value  the published value as it is;
 *   share  100 × the series ÷ the series with `denominator` codes instead (B–E ÷ TOTAL employment);
 *   lq     location quotient: the region's share ÷ the share of the `reference` geo (EU28) that year.
 * Turning a row into a series of every year is scripts/lib/series.ts.
 */
import type { CsvTable } from './csv.ts';
import type { EurostatTable } from './eurostat.ts';
import { type Position, type Problem, quote } from './problems.ts';
import { type RowReader, readTable, type TableSpec } from './table.ts';

export const CATALOGUE_SPEC: TableSpec = {
  required: ['indicator_id', 'label', 'chapter', 'dataset_code', 'filters', 'unit', 'geo_levels'],
  optional: ['period', 'higher_is', 'measure', 'denominator', 'reference', 'source_label', 'source_url', 'note'],
};

export type Measure = 'value' | 'share' | 'lq';

export interface CatalogueEntry {
  id: string;
  label: string;
  chapter: string;
  datasetCode: string;
  filters: Record<string, string>;
  measure: Measure;
  /** Codes that replace `filters` for the denominator of a share or quotient (`nace_r2=TOTAL`). */
  denominator: Record<string, string>;
  /** Geo whose share is the quotient's denominator (`EU28`); null unless measure = lq. */
  reference: string | null;
  unit: string;
  levels: (0 | 2)[];
  /** The year shown by default; null = the latest year with a value. */
  defaultYear: number | null;
  higherIs: 'better' | 'worse' | 'neutral';
  sourceLabel: string;
  sourceUrl: string | null;
  /** How the value is made or what it is not, shown beside the metric (Metric.note). */
  note: string | null;
  /** Cell of the `filters` column, blamed when the filters do not fit the file. */
  at: Position;
}

function readFilters(r: RowReader, column: string): Record<string, string> {
  const filters: Record<string, string> = {};
  const text = r.text(column) ?? '';
  if (text === '') return filters;
  for (const part of text.split(';')) {
    const m = /^\s*([a-z][a-z0-9_]*)\s*=\s*([A-Za-z0-9_.-]+)\s*$/.exec(part);
    if (!m) r.problem(column, quote(part), '`dimension=CODE` pairs separated by `;`, e.g. unit=PC;sex=T');
    else filters[m[1]!] = m[2]!;
  }
  return filters;
}

function readLevels(r: RowReader): (0 | 2)[] {
  const levels: (0 | 2)[] = [];
  for (const l of (r.text('geo_levels', { required: true }) ?? '').split('|')) {
    if (l === '0' || l === '2') levels.push(Number(l) as 0 | 2);
    else r.problem('geo_levels', quote(l), '0 (countries), 2 (NUTS-2) or 0|2');
  }
  return levels;
}

/** The measure and its companions: a share needs a denominator, a quotient also a reference geo. */
function readMeasure(r: RowReader) {
  const measure = r.oneOf('measure', ['value', 'share', 'lq'] as const) ?? 'value';
  const denominator = readFilters(r, 'denominator');
  const reference = r.text('reference', { pattern: /^[A-Z0-9_]+$/, patternText: 'a Eurostat geo code such as EU28' });
  if (measure !== 'value' && Object.keys(denominator).length === 0) r.problem('denominator', 'an empty cell', `the codes of the denominator of a ${measure}, e.g. nace_r2=TOTAL`);
  if (measure === 'lq' && reference === null) r.problem('reference', 'an empty cell', 'the geo a location quotient compares with, e.g. EU28');
  return { measure, denominator, reference: measure === 'lq' ? reference : null };
}

export function readCatalogue(table: CsvTable, problems: Problem[]): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  const seen = new Set<string>();
  for (const r of readTable(table, CATALOGUE_SPEC, problems).rows) {
    const id = r.text('indicator_id', { required: true, pattern: /^[a-z0-9]+(_[a-z0-9]+)*$/, patternText: 'a snake_case id such as unemp_rate' });
    if (id !== null && seen.has(id)) r.problem('indicator_id', `the id ${quote(id)} again`, 'each indicator once');
    const label = r.text('label', { required: true });
    const chapter = r.text('chapter', { required: true });
    const datasetCode = r.text('dataset_code', { required: true, pattern: /^[a-z0-9_]+$/, patternText: 'a lower-case Eurostat dataset code such as lfst_r_lfu3rt' });
    r.text('filters', { required: true });
    const filters = readFilters(r, 'filters');
    const unit = r.text('unit', { required: true });
    const levels = readLevels(r);
    const period = r.text('period', { pattern: /^\d{4}$/, patternText: 'a year such as 2013 (or empty for the latest)' });
    const higherIs = r.oneOf('higher_is', ['better', 'worse', 'neutral'] as const) ?? 'neutral';
    const measure = readMeasure(r);
    const sourceUrl = r.url('source_url');
    if (id === null || label === null || chapter === null || datasetCode === null || unit === null || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id, label, chapter, datasetCode, filters, ...measure, unit, levels, higherIs,
      defaultYear: period === null ? null : Number(period),
      sourceLabel: r.text('source_label') ?? `Eurostat, ${datasetCode}`,
      sourceUrl, note: r.text('note'), at: r.at('filters'),
    });
  }
  return out;
}

/**
 * Every file an editor drops into raw/ must reach a map: other file types, a second file of the
 * same dataset and datasets that no catalogue row uses are reported rather than silently ignored.
 */
export function checkRawFiles(
  otherFiles: readonly string[],
  tables: readonly EurostatTable[],
  catalogue: readonly CatalogueEntry[],
  problems: Problem[],
): void {
  for (const path of otherFiles) {
    problems.push({ file: path, line: 1, column: 1, found: 'a file the importer does not read', expected: 'Eurostat downloads named <dataset_code>.csv, .tsv or .sdmx.csv (optionally .gz)' });
  }
  const first = new Map<string, string>();
  for (const t of tables) {
    const twin = first.get(t.datasetCode);
    if (twin) {
      problems.push({ file: t.file, line: 1, column: 1, found: `a second file of the dataset ${t.datasetCode} (the first is ${twin})`, expected: 'one file per dataset' });
      continue;
    }
    first.set(t.datasetCode, t.file);
    if (!catalogue.some((e) => e.datasetCode === t.datasetCode)) {
      problems.push({ file: t.file, line: 1, column: 1, found: `the dataset ${t.datasetCode}, which no row of indicators_catalogue.csv uses`, expected: 'a catalogue row with this dataset_code (or remove the file)' });
    }
  }
}
