/**
 * The State aid figures the policies chapter cites, held as sourced data: data/state_aid.csv, one
 * row per year of expenditure with the Scoreboard edition it comes from, its coverage (the
 * definitions changed between editions), source and status. Read at build with the pipeline's
 * position-aware CSV reader, so a bad cell stops the build with `file:line:column — found, expected`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../../scripts/lib/csv';
import { formatProblem, type Problem } from '../../../scripts/lib/problems';
import { readTable } from '../../../scripts/lib/table';
import { Status } from '../../schemas/generated';

export interface StateAidYear {
  /** Year of expenditure. */
  readonly year: number;
  /** Total State aid, billion EUR (nominal). */
  readonly totalBn: number;
  /** Total State aid as % of GDP. */
  readonly pctGdp: number;
  /** Aid for research, development and innovation, billion EUR; null where the edition's summary gives none. */
  readonly rdiBn: number | null;
  /** Share of new aid measures implemented under the block exemption, %; null where not given. */
  readonly blockExemptedShare: number | null;
  /** Member States and aid covered (the definitions changed between editions). */
  readonly coverage: string;
  /** Scoreboard edition (year of publication). */
  readonly edition: number;
  readonly source: string;
  readonly sourceUrl: string;
  readonly status: Status;
}

const SPEC = {
  required: ['year', 'total_bn_eur', 'pct_gdp', 'coverage', 'edition', 'source', 'source_url', 'status'],
  optional: ['rdi_bn_eur', 'block_exempted_share'],
} as const;

/** Parse the file's text; every problem of the file is listed before anything is returned. */
export function parseStateAid(file: string, text: string): StateAidYear[] {
  const problems: Problem[] = [];
  const { table, problems: csvProblems } = parseCsv(file, text);
  problems.push(...csvProblems);
  const { rows } = readTable(table, SPEC, problems);
  const years = rows.map((r) => ({
    year: r.number('year', { min: 1990, max: 2100, integer: true, required: true }),
    totalBn: r.number('total_bn_eur', { min: 0, max: 10_000, required: true, unit: 'bn EUR' }),
    pctGdp: r.number('pct_gdp', { min: 0, max: 100, required: true, unit: '%' }),
    rdiBn: r.number('rdi_bn_eur', { min: 0, max: 10_000, unit: 'bn EUR' }),
    blockExemptedShare: r.number('block_exempted_share', { min: 0, max: 100, unit: '%' }),
    coverage: r.text('coverage', { required: true }),
    edition: r.number('edition', { min: 1990, max: 2100, integer: true, required: true }),
    source: r.text('source', { required: true }),
    sourceUrl: r.url('source_url', { required: true, https: true }),
    status: r.oneOf('status', Status.options, { required: true }),
  }));
  if (problems.length > 0) throw new Error(`Invalid State aid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return (years as StateAidYear[]).sort((a, b) => a.year - b.year);
}

/** data/state_aid.csv of the project (or of DATA_DIR). */
export function loadStateAid(dataDir = process.env['DATA_DIR'] ?? 'data'): StateAidYear[] {
  const file = path.join(dataDir, 'state_aid.csv');
  return parseStateAid(path.relative(process.cwd(), file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
}
