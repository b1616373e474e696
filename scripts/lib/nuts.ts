/**
 * NUTS versions: which version a Eurostat file is coded in, and its NUTS-2 codes in NUTS 2021
 * (the version of the map's geometry).
 *
 * Inputs (data/nuts/, see its README):
 *  - official/*.csv — Eurostat's NUTS history sheets, copied unmodified; the code list of each
 *    version (2010, 2013, 2016, 2021) is read from the sheets that carry a `Code <year>` column
 *    and a level column;
 *  - nuts2_to_2021.csv — the correspondence of every old NUTS-2 code the files hold, each row
 *    citing the official cells it rests on (tests/unit/nuts-correspondence.test.ts checks them).
 *
 * The rule (issue 10): only a `recoded` region's value carries over — same territory, new code. A
 * `split`, `merged` or `boundary_change` region's value is dropped: the rate of a larger or
 * different territory is not the rate of its part, and no value is better than a wrong one.
 */
import type { CsvTable } from './csv.ts';
import type { Position, Problem } from './problems.ts';
import { quote } from './problems.ts';
import { readTable } from './table.ts';

export const NUTS_VERSIONS = [2010, 2013, 2016, 2021] as const;
export type NutsVersion = (typeof NUTS_VERSIONS)[number];
export const RELATIONS = ['recoded', 'split', 'merged', 'boundary_change'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Correspondence {
  to: string;
  relation: Relation;
}

export interface NutsData {
  /** NUTS-2 codes of each version, as the official sheets list them. */
  codes: Map<NutsVersion, Set<string>>;
  /** Old NUTS-2 code → its 2021 counterpart(s), one entry per distinct (to, relation). */
  correspondence: Map<string, Correspondence[]>;
}

const isVersion = (n: number): n is NutsVersion => (NUTS_VERSIONS as readonly number[]).includes(n);

/** Cells of a code column carry notes such as `UKI1 (part)` and trailing spaces (`TR10 `). */
export function cleanCode(text: string): string {
  return text.replace(/\(part\)/i, '').trim();
}

/**
 * NUTS-2 codes per version from sheets with `Code <year>` columns and a `level` / `NUTS level`
 * column (the header is on the first or second line). Sheets without a level column are
 * change lists, not code lists, and are skipped.
 */
export function readNutsCodes(sheets: readonly CsvTable[]): Map<NutsVersion, Set<string>> {
  const out = new Map<NutsVersion, Set<string>>(NUTS_VERSIONS.map((v) => [v, new Set<string>()]));
  for (const sheet of sheets) {
    const rows = [sheet.header.map((c) => c.value), ...sheet.rows.map((r) => r.cells.map((c) => c.value))];
    const h = rows.findIndex((r, i) => i < 2 && r.some((c) => /^Code \d{4}$/.test(c.trim())));
    if (h < 0) continue;
    const header = rows[h]!.map((c) => c.trim());
    const level = header.findIndex((c) => c === 'level' || c === 'NUTS level');
    if (level < 0) continue;
    for (const [i, name] of header.entries()) {
      const year = Number(/^Code (\d{4})$/.exec(name)?.[1]);
      if (!isVersion(year)) continue;
      for (const row of rows.slice(h + 1)) if (row[level]?.trim() === '2' && cleanCode(row[i] ?? '')) out.get(year)!.add(cleanCode(row[i]!));
    }
  }
  return out;
}

/** data/nuts/nuts2_to_2021.csv: `from_version, from_code, to_code_2021, relation, source`. */
export function readCorrespondence(table: CsvTable, problems: Problem[]): Map<string, Correspondence[]> {
  const out = new Map<string, Correspondence[]>();
  const spec = { required: ['from_version', 'from_code', 'to_code_2021', 'relation', 'source'] };
  for (const r of readTable(table, spec, problems).rows) {
    r.oneOf('from_version', ['2010', '2013', '2016'] as const, { required: true });
    const from = r.text('from_code', { required: true, pattern: /^[A-Z]{2}[A-Z0-9]{2}$/, patternText: 'a NUTS-2 code such as EL11' });
    const to = r.text('to_code_2021', { required: true, pattern: /^[A-Z]{2}[A-Z0-9]{2}$/, patternText: 'a NUTS 2021 NUTS-2 code such as EL51' });
    const relation = r.oneOf('relation', RELATIONS, { required: true });
    r.text('source', { required: true });
    if (from === null || to === null || relation === null) continue;
    const list = out.get(from) ?? [];
    if (!list.some((c) => c.to === to && c.relation === relation)) list.push({ to, relation });
    out.set(from, list);
  }
  return out;
}

/** A file's NUTS-2 codes that do not fit a version (only codes of countries that version lists). */
export function misfits(codes: Iterable<string>, version: NutsVersion, nuts: NutsData): string[] {
  const list = nuts.codes.get(version)!;
  const countries = new Set([...list].map((c) => c.slice(0, 2)));
  return [...codes].filter((c) => countries.has(c.slice(0, 2)) && !list.has(c)).sort();
}

export interface Detection {
  /** The version with the fewest misfits (ties: the declared one, else the latest). */
  detected: NutsVersion;
  misfits: Map<NutsVersion, string[]>;
  /** Codes no version lists at all. */
  unknown: string[];
}

export function detectVersion(codes: readonly string[], nuts: NutsData, declared: NutsVersion | null): Detection {
  const all = new Map(NUTS_VERSIONS.map((v) => [v, misfits(codes, v, nuts)] as const));
  const fewest = Math.min(...[...all.values()].map((m) => m.length));
  const tied = NUTS_VERSIONS.filter((v) => all.get(v)!.length === fewest);
  const detected = declared !== null && tied.includes(declared) ? declared : tied[tied.length - 1]!;
  const known = new Set(NUTS_VERSIONS.flatMap((v) => [...nuts.codes.get(v)!]));
  return { detected, misfits: all, unknown: codes.filter((c) => !known.has(c)).sort() };
}

/** What happens to one old code: carried over to a 2021 code, or dropped with the reason. */
export type Translation = { kind: 'kept' } | { kind: 'recoded'; to: string } | { kind: 'dropped'; relations: Correspondence[] };

export function translate(code: string, nuts: NutsData): Translation {
  if (nuts.codes.get(2021)!.has(code)) return { kind: 'kept' };
  const rels = nuts.correspondence.get(code) ?? [];
  if (rels.length === 1 && rels[0]!.relation === 'recoded') return { kind: 'recoded', to: rels[0]!.to };
  return { kind: 'dropped', relations: rels };
}

/** "split → HR02, HR05, HR06", "boundary change → SI03"; a code the table does not know says so. */
export function describeDrop(relations: readonly Correspondence[]): string {
  if (relations.length === 0) return 'not a NUTS 2021 code and not in the correspondence';
  const kinds = [...new Set(relations.map((r) => r.relation.replace('_', ' ')))].join(' / ');
  return `${kinds} → ${relations.map((r) => r.to).join(', ')}`;
}

export function unknownCodesProblem(file: string, at: Position, unknown: readonly string[]): Problem {
  const shown = unknown.slice(0, 5).map((c) => quote(c)).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
  return { file, line: at.line, column: at.column, found: `NUTS-2 codes that no NUTS version lists (${shown})`, expected: 'codes of NUTS 2010, 2013, 2016 or 2021 as in data/nuts/official/ (a NUTS 2024 file needs its correspondence first)' };
}
