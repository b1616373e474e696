import { describe, expect, it } from 'vitest';
import type { EurostatTable, Observation } from '../../scripts/lib/eurostat.ts';
import { cleanCode, detectVersion, type NutsData, translate } from '../../scripts/lib/nuts.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';
import { reconcileTable, reportLines } from '../../scripts/lib/reconcile.ts';

/** A toy NUTS history: EL11 became EL51 in 2013 (recoded), HU10 was split in 2016, FR10 never changed. */
const nuts: NutsData = {
  codes: new Map([
    [2010, new Set(['EL11', 'HU10', 'FR10'])],
    [2013, new Set(['EL51', 'HU10', 'FR10'])],
    [2016, new Set(['EL51', 'HU11', 'HU12', 'FR10'])],
    [2021, new Set(['EL51', 'HU11', 'HU12', 'FR10'])],
  ]),
  correspondence: new Map([
    ['EL11', [{ to: 'EL51', relation: 'recoded' as const }]],
    ['HU10', [{ to: 'HU11', relation: 'split' as const }, { to: 'HU12', relation: 'split' as const }]],
  ]),
};
let line = 1;
const obs = (geo: string, year: number, value: number | null, flags = ''): Observation => ({ dims: { unit: 'PC' }, geo, year, value, flags, line: ++line, geoColumn: 4 });
const table = (observations: Observation[]): EurostatTable => ({ file: 'raw/x.tsv', format: 'tsv', datasetCode: 'x', lastUpdate: null, observations });
const mapped = () => true;

describe('detectVersion', () => {
  it('picks the version the codes fit best, the declared one on a tie, else the latest', () => {
    expect(detectVersion(['EL11', 'HU10'], nuts, null).detected).toBe(2010);
    expect(detectVersion(['EL51', 'HU11'], nuts, null).detected).toBe(2021);
    expect(detectVersion(['EL51', 'HU11'], nuts, 2016).detected).toBe(2016);
    expect(detectVersion(['FR10', 'XX99'], nuts, null).unknown).toEqual(['XX99']);
  });
});

describe('translate', () => {
  it('keeps 2021 codes, recodes one-to-one changes and drops splits', () => {
    expect(translate('FR10', nuts)).toEqual({ kind: 'kept' });
    expect(translate('EL11', nuts)).toEqual({ kind: 'recoded', to: 'EL51' });
    expect(translate('HU10', nuts)).toMatchObject({ kind: 'dropped' });
    expect(translate('ZZ00', nuts)).toEqual({ kind: 'dropped', relations: [] });
    expect(cleanCode('UKI1 (part)')).toBe('UKI1');
  });
});

describe('reconcileTable', () => {
  const t = table([obs('EL11', 2008, 7), obs('EL11', 2010, null), obs('EL51', 2008, 9), obs('EL51', 2010, 12), obs('HU10', 2008, 8), obs('FR10', 2008, 7.5), obs('EU28', 2008, 7)]);
  const { table: out, report } = reconcileTable(t, null, nuts, mapped, []);

  it('carries a recoded value over and lets the 2021 code win a year both have', () => {
    const el = out.observations.filter((o) => o.geo === 'EL51').map((o) => [o.year, o.value]).sort();
    expect(el).toEqual([[2008, 9], [2010, 12]]);
  });

  it('never places the value of a split region on a 2021 region, and lists it with its relation', () => {
    expect(out.observations.some((o) => o.geo.startsWith('HU'))).toBe(false);
    expect(report.dropped).toEqual([{ code: 'HU10', reason: 'split → HU11, HU12', relations: nuts.correspondence.get('HU10') }]);
    expect(report.recoded).toEqual([{ from: 'EL11', to: 'EL51' }]);
    expect(out.observations.find((o) => o.geo === 'EU28')?.value).toBe(7);
  });

  it('fills a year only the old code has', () => {
    const { table: filled } = reconcileTable(table([obs('EL11', 2008, 7, 'b'), obs('EL51', 2010, 12)]), null, nuts, mapped, []);
    expect(filled.observations.map((o) => [o.geo, o.year, o.value, o.flags])).toEqual([['EL51', 2008, 7, 'b'], ['EL51', 2010, 12, '']]);
  });

  it('writes the build-log lines: version, every recoded and dropped code', () => {
    expect(reportLines(report)).toEqual(['raw/x.tsv: NUTS 2013 (detected); 1 codes recoded to NUTS 2021, 1 dropped', '  recoded: EL11→EL51', '  dropped HU10: split → HU11, HU12']);
  });

  it('stops on codes no version lists, and on a declared version the codes fit worse than another', () => {
    const problems: Problem[] = [];
    reconcileTable(table([obs('FR10', 2008, 1), obs('XX99', 2008, 2)]), null, nuts, mapped, problems);
    reconcileTable(table([obs('EL11', 2008, 1), obs('HU10', 2008, 2)]), { version: 2021, at: { file: 'eurostat_files.csv', line: 3, column: 20 } }, nuts, mapped, problems);
    expect(problems.map(formatProblem)).toEqual([
      `raw/x.tsv:${line - 2}:4 — found NUTS-2 codes that no NUTS version lists ("XX99"), expected codes of NUTS 2010, 2013, 2016 or 2021 as in data/nuts/official/ (a NUTS 2024 file needs its correspondence first)`,
      'eurostat_files.csv:3:20 — found NUTS 2021 for raw/x.tsv, whose codes fit NUTS 2010 better (2 codes are not NUTS 2021: EL11, HU10), expected the NUTS version the file is coded in',
    ]);
  });
});
