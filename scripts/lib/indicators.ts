/**
 * The indicator catalogue (data/indicators_catalogue.csv) and the join of imported Eurostat
 * observations onto regions.
 *
 * A catalogue row names a dataset and the dimension codes that pick one series per region
 * (`unit=PC;sex=T;age=Y15-74;isced11=TOTAL`). The period shown is the row's `period`, or, when
 * empty, the latest period with at least one value — one period for all regions, so the map
 * compares like with like.
 */
import type { CsvTable } from './csv.ts';
import type { EurostatTable, Observation } from './eurostat.ts';
import { type Position, type Problem, problemAt, quote } from './problems.ts';
import { readTable, type TableSpec } from './table.ts';

export const CATALOGUE_SPEC: TableSpec = {
  required: ['indicator_id', 'label', 'chapter', 'dataset_code', 'filters', 'unit', 'geo_levels'],
  optional: ['period', 'higher_is', 'source_label', 'source_url', 'note'],
};

export interface CatalogueEntry {
  id: string;
  label: string;
  chapter: string;
  datasetCode: string;
  filters: Record<string, string>;
  unit: string;
  levels: (0 | 2)[];
  period: string | null;
  higherIs: 'better' | 'worse' | 'neutral';
  sourceLabel: string;
  sourceUrl: string | null;
  /** Cell of the `filters` column, blamed when the filters do not fit the file. */
  at: Position;
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
    const filterText = r.text('filters', { required: true });
    const filters: Record<string, string> = {};
    for (const part of (filterText ?? '').split(';')) {
      const m = /^\s*([a-z][a-z0-9_]*)\s*=\s*([A-Za-z0-9_.-]+)\s*$/.exec(part);
      if (!m) {
        r.problem('filters', quote(part), '`dimension=CODE` pairs separated by `;`, e.g. unit=PC;sex=T');
        continue;
      }
      filters[m[1]!] = m[2]!;
    }
    const unit = r.text('unit', { required: true });
    const levelText = r.text('geo_levels', { required: true });
    const levels: (0 | 2)[] = [];
    for (const l of (levelText ?? '').split('|')) {
      if (l === '0' || l === '2') levels.push(Number(l) as 0 | 2);
      else r.problem('geo_levels', quote(l), '0 (countries), 2 (NUTS-2) or 0|2');
    }
    const period = r.text('period', { pattern: /^\d{4}(-[QSMW]?\d{1,2})?$/, patternText: 'a period such as 2010 or 2010-Q4 (or empty for the latest)' });
    const higherIs = r.oneOf('higher_is', ['better', 'worse', 'neutral'] as const) ?? 'neutral';
    const sourceUrl = r.url('source_url');
    if (id === null || label === null || chapter === null || datasetCode === null || unit === null || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id, label, chapter, datasetCode, filters, unit, levels, period, higherIs,
      sourceLabel: r.text('source_label') ?? `Eurostat, ${datasetCode}`,
      sourceUrl, at: r.at('filters'),
    });
  }
  return out;
}

export interface IndicatorValue {
  value: number | null;
  period: string;
  flags: string;
}

export interface IndicatorResult {
  entry: CatalogueEntry;
  /** Region id → value for the chosen period (only regions the dataset covers). */
  values: Map<string, IndicatorValue>;
  period: string | null;
  /** Dataset last update (ISO date) or null when the file does not say. */
  lastUpdate: string | null;
  file: string | null;
  /**
   * NUTS-2 codes of mapped countries that the 2021 geometry lacks (a file in NUTS 2024, say):
   * left out — never guessed onto another region — and listed in the build log.
   */
  unknownRegions: string[];
}

/** Periods sort as text: 2009 < 2010 < 2010-Q1 < 2010-Q4. */
export function applyCatalogue(
  entry: CatalogueEntry,
  tables: readonly EurostatTable[],
  isRegion: (geo: string, level: 0 | 2) => boolean,
  problems: Problem[],
): IndicatorResult {
  const table = tables.find((t) => t.datasetCode === entry.datasetCode);
  if (!table) return { entry, values: new Map(), period: null, lastUpdate: null, file: null, unknownRegions: [] };
  const level = (geo: string): 0 | 2 | null => (geo.length === 2 ? 0 : geo.length === 4 ? 2 : null);
  const selected: Observation[] = [];
  const unknown = new Set<string>();
  for (const o of table.observations) {
    const l = level(o.geo);
    if (l === 2 && entry.levels.includes(2) && !isRegion(o.geo, 2) && isRegion(o.geo.slice(0, 2), 0)) unknown.add(o.geo);
    if (l === null || !entry.levels.includes(l) || !isRegion(o.geo, l)) continue;
    if (Object.entries(entry.filters).every(([d, v]) => o.dims[d] === v)) selected.push(o);
  }
  const unknownDims = Object.keys(entry.filters).filter((d) => table.observations.length > 0 && !(d in table.observations[0]!.dims));
  if (unknownDims.length) {
    problems.push(problemAt(entry.at, `filters on ${unknownDims.join(', ')}, which ${table.file} does not have`,
      `filters on its dimensions: ${Object.keys(table.observations[0]!.dims).join(', ')}`));
  }
  const withValue = selected.filter((o) => o.value !== null).map((o) => o.period).sort();
  const period = entry.period ?? withValue[withValue.length - 1] ?? null;
  const values = new Map<string, IndicatorValue>();
  const chosen = new Map<string, Observation>();
  for (const o of selected) {
    if (o.period !== period) continue;
    const twin = chosen.get(o.geo);
    if (twin) {
      const varying = Object.keys(o.dims).filter((d) => o.dims[d] !== twin.dims[d]);
      problems.push({ file: table.file, line: o.line, column: 1, found: `a second value for ${o.geo} ${o.period} after the filters`,
        expected: `filters in ${entry.id} that fix every dimension (this line differs from line ${twin.line} in ${varying.join(', ')})` });
      continue;
    }
    chosen.set(o.geo, o);
    values.set(o.geo, { value: o.value, period: o.period, flags: o.flags });
  }
  return { entry, values, period, lastUpdate: table.lastUpdate, file: table.file, unknownRegions: [...unknown].sort() };
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
