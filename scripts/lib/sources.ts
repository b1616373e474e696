/**
 * data/sources.csv: the datasets the atlas is built from, with licence and attribution. The
 * newest `vintage` becomes the manifest's data vintage (never the build clock).
 */
import type { Manifest } from '../../src/schemas/generated.ts';
import type { CsvTable } from './csv.ts';
import type { Problem } from './problems.ts';
import { readTable, type TableSpec } from './table.ts';

export const SOURCES_SPEC: TableSpec = {
  required: ['source_id', 'name', 'licence', 'attribution'],
  optional: ['vintage', 'url'],
};

export function readSources(table: CsvTable, problems: Problem[]): { list: Manifest['sources']; vintage: string } {
  const list: Manifest['sources'] = [];
  let vintage = '';
  for (const r of readTable(table, SOURCES_SPEC, problems).rows) {
    const id = r.text('source_id', { required: true, pattern: /^[a-z0-9-]+$/, patternText: 'a lower-case slug' });
    const name = r.text('name', { required: true });
    const licence = r.text('licence', { required: true });
    const attribution = r.text('attribution', { required: true });
    const v = r.text('vintage', { pattern: /^\d{4}-\d{2}-\d{2}$/, patternText: 'an ISO date such as 2025-11-01' });
    const url = r.url('url');
    if (id === null || name === null || licence === null || attribution === null) continue;
    if (v !== null && v > vintage) vintage = v;
    list.push({ id, name, licence, attribution, url });
  }
  list.sort((a, b) => (a.id < b.id ? -1 : 1));
  if (vintage === '' && table.header.length) {
    problems.push({ file: table.file, line: 1, column: 1, found: 'no row with a vintage', expected: 'at least one source with an ISO date in `vintage`' });
  }
  return { list, vintage };
}
