/**
 * The default data (data/raw/: the four Eurostat files) as a reader meets it: coverage of the
 * crisis years, cells of the raw files found unchanged in the generated series, and no metric
 * offered by a view without values.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, lazy, loadGazetteer } from '../../scripts/build-data.ts';
import { readInputs } from '../../scripts/lib/inputs.ts';
import { prng } from '../../scripts/lib/prng.ts';
import type { DatasetsFile, Metric, Region, SeriesFile } from '../../src/schemas/generated.ts';
import { views } from '../../src/data/views.ts';

let files: Map<string, string>;
let regions: Region[];
let metrics: Metric[];
const series = (id: string) => JSON.parse(files.get(`series/${id}.json`)!) as SeriesFile;
beforeAll(() => {
  files = buildData(readInputs('data'), { gazetteer: lazy(loadGazetteer), log: () => {} });
  ({ regions, metrics } = JSON.parse(files.get('regions.json')!) as { regions: Region[]; metrics: Metric[] });
}, 60_000);

const nuts2 = () => regions.filter((r) => r.level === 2).map((r) => r.id);
const withValue = (id: string, year: number) => {
  const s = series(id);
  const i = s.years.indexOf(year);
  return nuts2().filter((g) => s.values[g]?.[i] != null).length;
};

/** Cells of an old-style Eurostat TSV as (key cell, year, text), read here without the pipeline's parser. */
function rawCells(file: string): { key: string[]; year: number; cell: string }[] {
  const lines = readFileSync(`data/raw/${file}`, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const years = lines[0]!.split('\t').slice(1).map((y) => Number(y.trim()));
  return lines.slice(1).flatMap((l) => {
    const [head, ...cells] = l.split('\t');
    return cells.map((cell, i) => ({ key: head!.split(','), year: years[i]!, cell: cell.trim() }));
  });
}

describe('the default Eurostat data', () => {
  it('has unemployment for 270 NUTS-2 regions in 2008 and 289 in 2013', () => {
    // 29 of the 299 map regions have no honest 2008 value: they were split or reshaped after 2008
    // (HR, HU, IE, LT, PL9, SI, UKI, UKM, NO) and tgs00010 has them only under their old codes,
    // which the NUTS rule never places on a 2021 region; plus FI20 Åland and LI00 (no survey value).
    expect(withValue('unemp_rate', 2008)).toBe(270);
    expect(withValue('unemp_rate', 2013)).toBeGreaterThanOrEqual(280);
  });

  it('has GDP per inhabitant in PPS for 2022 in every EU27 region of the map (the file has no UK regions and no 2022 for CH, NO)', () => {
    expect(withValue('gdp_pps_hab', 2022)).toBe(242);
    const eu = regions.filter((r) => r.level === 2 && !['UK', 'CH', 'NO', 'IS', 'LI'].includes(r.country));
    expect(eu.every((r) => r.values['gdp_pps_hab'] != null)).toBe(true);
  });

  const samples = [
    { file: 'tgs00010.tsv', metric: 'unemp_rate', what: 'unemployment (Y_GE15, both sexes)', geo: 3, pick: (k: string[]) => k[2] === 'T', seed: 2013 },
    { file: 'nama_10r_3gdp.tsv', metric: 'gdp_pps_hab', what: 'GDP (PPS per inhabitant)', geo: 2, pick: (k: string[]) => k[1] === 'PPS_EU27_2020_HAB', seed: 2022 },
  ];
  for (const { file, metric, what, geo, pick, seed } of samples) {
    it(`finds 60 sampled raw ${what} cells of ${file} unchanged in the ${metric} series, flags included`, () => {
      const s = series(metric);
      const cells = rawCells(file).filter((c) => pick(c.key) && nuts2().includes(c.key[geo]!) && /^\d/.test(c.cell));
      const random = prng(seed);
      for (let k = 0; k < 60; k++) {
        const c = cells[Math.floor(random() * cells.length)]!;
        const [, value, flags] = /^([\d.]+)\s*([a-z]*)$/.exec(c.cell)!;
        const i = s.years.indexOf(c.year);
        expect(s.values[c.key[geo]!]![i], `${c.key[geo]} ${c.year}`).toBe(Number(value));
        expect(s.flags[c.key[geo]!]?.[i] ?? '', `${c.key[geo]} ${c.year} flags`).toBe(flags);
      }
    });
  }

  it('matches the cross-checked figures of the shared provenance notes', () => {
    const at = (id: string, geo: string, year: number) => series(id).values[geo]![series(id).years.indexOf(year)];
    expect(at('unemp_rate', 'ES61', 2013)).toBe(36.2);
    expect(at('unemp_rate', 'DE30', 2008)).toBe(15.2);
    expect(at('gdp_pps_hab', 'EU27_2020', 2008)).toBe(25300);
    expect(at('gdp_pps_hab', 'EU27_2020', 2022)).toBe(35400);
    expect(at('gdp_pps_index', 'LU00', 2008)).toBe(279);
    expect(at('unemp_change_2008_2013', 'ES61', 2013)).toBe(18.5);
  });

  it('carries recoded regions of the older files over (EL11 → EL51 in the 2014 unemployment release) and drops split ones', () => {
    const s = series('unemp_rate_1999_2013');
    expect(s.values['EL51']?.some((v) => v !== null)).toBe(true);
    expect(Object.keys(s.values).filter((g) => ['HU10', 'LT00', 'HU11', 'LT01'].includes(g))).toEqual([]);
    const datasets = JSON.parse(files.get('datasets.json')!) as DatasetsFile;
    const lfu = datasets.files.find((f) => f.file === 'lfst_r_lfu3rt.tsv')!;
    expect(lfu.recoded).toContainEqual({ from: 'EL11', to: 'EL51' });
    expect(lfu.dropped.map((d) => d.code)).toContain('HU10');
    expect(datasets.noData.map((n) => n.id)).toEqual(['rd_intensity', 'hightech_emp', 'birth_rate']);
  });

  it('writes shares and changes with one decimal and quotients with two, as the inputs support', () => {
    const decimals = (id: string) => Math.max(...Object.values(series(id).values).flat().map((v) => (v === null ? 0 : (String(v).split('.')[1] ?? '').length)));
    expect(decimals('industry_share')).toBe(1);
    expect(decimals('unemp_change_2008_2013')).toBe(1);
    expect(decimals('lq_j')).toBe(2);
  });

  it('labels the industry share as industry including energy, never manufacturing', () => {
    const m = metrics.find((x) => x.id === 'industry_share')!;
    expect(m.label).toMatch(/industry \(including energy\)/i);
    expect(m.label).not.toMatch(/manufactur/i);
  });

  it('offers in every view only metrics with values, and opens crisis on unemployment, manufacturing on the industry share', () => {
    const ids = new Set(metrics.map((m) => m.id));
    for (const v of views) {
      for (const id of [...v.metrics, ...(v.metric ? [v.metric] : [])]) expect(ids.has(id), `${v.id}: ${id}`).toBe(true);
    }
    for (const m of metrics) expect(regions.some((r) => r.values[m.id] != null), m.id).toBe(true);
    expect(views.find((v) => v.id === 'crisis')!.metric).toBe('unemp_rate');
    expect(views.find((v) => v.id === 'manufacturing')!.metric).toBe('industry_share');
  });
});
