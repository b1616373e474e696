/**
 * The project's NUTS correspondence (data/nuts/nuts2_to_2021.csv) checked row by row against the
 * official Eurostat sheets it cites (data/nuts/official/, copied unmodified): every cited cell is
 * in one row of the cited sheet, the codes belong to the versions the row names, and a row says
 * `recoded` only where the sheets say the territory kept its shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { readCorrespondence, readNutsCodes } from '../../scripts/lib/nuts.ts';

const DIR = 'data/nuts';
const sheet = (name: string) => parseCsv(name, readFileSync(`${DIR}/official/${name}`, 'utf8')).table;
const sheetNames = readdirSync(`${DIR}/official`).filter((n) => n.endsWith('.csv'));
const rowsOf = new Map(sheetNames.map((n) => [n, [sheet(n).header, ...sheet(n).rows.map((r) => r.cells)].map((cells) => cells.map((c) => c.value.trim()))]));
const codes = readNutsCodes(sheetNames.map(sheet));
const table = parseCsv('nuts2_to_2021.csv', readFileSync(`${DIR}/nuts2_to_2021.csv`, 'utf8')).table;
const col = (name: string) => table.header.findIndex((c) => c.value === name);
const rows = table.rows.map((r) => Object.fromEntries(['from_version', 'from_code', 'to_code_2021', 'relation', 'source'].map((n) => [n, r.cells[col(n)]!.value])));

/** `NUTS2013-NUTS2016.xlsx (note) [Correspondence NUTS-2]: A | B | C ; …` → sheet file and cells per citation. */
function citations(source: string): { file: string; cells: string[] }[] {
  return source.split(' ; ').map((part) => {
    const m = /^(.+?)\.xlsx? (?:\([^)]*\) )?\[([^\]]+)\]: (.*)$/.exec(part);
    if (!m) throw new Error(`unreadable citation: ${part}`);
    const book = m[1]!.replace('NUTS 2010 - NUTS 2013', 'NUTS2010-NUTS2013');
    return { file: `${book}__${m[2]!.replace(/[ -]/g, '_')}.csv`, cells: m[3]!.split(' | ').map((c) => c.trim()) };
  });
}

describe('data/nuts/nuts2_to_2021.csv against the official sheets', () => {
  it('reads without problems and covers every row', () => {
    const problems: unknown[] = [];
    expect(readCorrespondence(table, problems as never).size).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    expect(rows.length).toBe(120);
  });

  it('finds the cited cells of every row together in one row of the cited official sheet', () => {
    const missing: string[] = [];
    for (const r of rows) {
      for (const c of citations(r['source']!)) {
        const sheetRows = rowsOf.get(c.file);
        if (!sheetRows) missing.push(`${r['from_code']}: no sheet ${c.file}`);
        else if (!sheetRows.some((cells) => c.cells.every((x) => cells.includes(x)))) missing.push(`${r['from_code']}→${r['to_code_2021']}: ${c.cells.join(' | ')} not in ${c.file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has from codes of the version it names, absent from NUTS 2021, and to codes of NUTS 2021', () => {
    for (const r of rows) {
      const version = Number(r['from_version']) as 2010 | 2013 | 2016;
      expect(codes.get(version)!.has(r['from_code']!), `${r['from_code']} in NUTS ${version}`).toBe(true);
      expect(codes.get(2021)!.has(r['from_code']!), `${r['from_code']} not in NUTS 2021`).toBe(false);
      expect(codes.get(2021)!.has(r['to_code_2021']!), `${r['to_code_2021']} in NUTS 2021`).toBe(true);
    }
  });

  it('says recoded only for one-to-one code changes whose cited cells speak of a code change, never of a split or shift', () => {
    for (const r of rows.filter((x) => x['relation'] === 'recoded')) {
      const text = citations(r['source']!).flatMap((c) => c.cells).join(' | ');
      expect(text, r['from_code']).toMatch(/code change|recoded|=/i);
      expect(text, r['from_code']).not.toMatch(/boundary|split|\(part\)|discontinued|merged/i);
      expect(rows.filter((x) => x['from_code'] === r['from_code'] && x['from_version'] === r['from_version']), r['from_code']).toHaveLength(1);
    }
  });

  it('gives a code the same relation and targets in every version that lists it', () => {
    const byCode = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r['from_version']}`;
      const targets = rows.filter((x) => x['from_code'] === r['from_code'] && x['from_version'] === key).map((x) => `${x['to_code_2021']}:${x['relation']}`).sort().join(',');
      byCode.set(r['from_code']!, (byCode.get(r['from_code']!) ?? new Set()).add(targets));
    }
    const inconsistent = [...byCode].filter(([, t]) => t.size > 1).map(([c]) => c);
    expect(inconsistent).toEqual([]);
  });
});
