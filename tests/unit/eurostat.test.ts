import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCodeOf, detectFormat, isExtraRegio, normaliseGeo, parseEurostat } from '../../scripts/lib/eurostat.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';

const DIR = 'tests/fixtures/eurostat';

function parse(folder: string) {
  const name = folder.startsWith('tsv') || folder === 'bad-tsv-cell' ? 'lfst_r_lfu3rt.tsv' : 'lfst_r_lfu3rt.csv';
  const file = join(DIR, folder, name);
  const problems: Problem[] = [];
  const table = parseEurostat(file, readFileSync(file, 'utf8'), 'lfst_r_lfu3rt', problems);
  return { table, problems: problems.map(formatProblem) };
}

/** Observations as comparable text, leaving out cells that are empty in every sense (value and flags). */
function normalised(folder: string): string[] {
  const { table, problems } = parse(folder);
  expect(problems).toEqual([]);
  return table!.observations
    .filter((o) => o.value !== null || o.flags !== '')
    .map((o) => `${o.geo} ${o.year} age=${o.dims['age']} unit=${o.dims['unit']} → ${o.value} [${o.flags}]`)
    .sort();
}

describe('parseEurostat', () => {
  const expected = [
    'AT11 2008 age=Y15-74 unit=PC → 3.5 []',
    'AT11 2009 age=Y15-74 unit=PC → 4.5 [b]',
    'AT11 2010 age=Y15-74 unit=PC → 4.1 []',
    'EL30 2008 age=Y15-74 unit=PC → 7 []',
    'EL30 2009 age=Y15-74 unit=PC → 8.9 []',
    'EL30 2010 age=Y15-74 unit=PC → 12.3 [p]',
    'FR10 2008 age=Y15-74 unit=PC → null [C]',
    'FR10 2009 age=Y15-74 unit=PC → null [C]',
    'FR10 2010 age=Y15-24 unit=PC → 20.1 []',
    'FR10 2010 age=Y15-74 unit=PC → null [C]',
    'UK 2010 age=Y15-74 unit=PC → 0 []',
  ];
  for (const folder of ['sdmx-csv-1', 'sdmx-csv-2', 'sdmx-csv-2-labels', 'tsv', 'tsv-old-time']) {
    it(`reads the ${folder} fixture into the same observations: flags kept, missing as null, GR→EL, extra-regio DEZZ dropped`, () => {
      expect(normalised(folder)).toEqual(expected);
    });
  }

  it('reads a real zero as 0 and a confidential `:` as null, never the other way round', () => {
    const obs = parse('tsv').table!.observations;
    expect(obs.find((o) => o.geo === 'UK' && o.year === 2010)?.value).toBe(0);
    expect(obs.find((o) => o.geo === 'FR10' && o.year === 2010 && o.dims['age'] === 'Y15-74')?.value).toBeNull();
  });

  it('takes the dataset code and last update from SDMX-CSV 1.0 and the file name from TSV', () => {
    expect(parse('sdmx-csv-1').table).toMatchObject({ format: 'sdmx-csv-1.0', datasetCode: 'lfst_r_lfu3rt', lastUpdate: '2025-04-24' });
    expect(parse('sdmx-csv-2-labels').table).toMatchObject({ format: 'sdmx-csv-2.0', datasetCode: 'lfst_r_lfu3rt', lastUpdate: null });
    expect(parse('tsv').table).toMatchObject({ format: 'tsv', datasetCode: 'lfst_r_lfu3rt' });
  });

  it('keeps label columns of SDMX-CSV 2.0 out of the dimensions', () => {
    const dims = Object.keys(parse('sdmx-csv-2-labels').table!.observations[0]!.dims).sort();
    expect(dims).toEqual(['age', 'freq', 'isced11', 'sex', 'unit']);
  });

  it('reports a decimal comma and text in OBS_VALUE at their cells', () => {
    expect(parse('bad-value').problems).toEqual([
      'tests/fixtures/eurostat/bad-value/lfst_r_lfu3rt.csv:2:59 — found "4,1", expected a number, `:` or an empty cell for a missing value',
      'tests/fixtures/eurostat/bad-value/lfst_r_lfu3rt.csv:3:59 — found "n/a", expected a number, `:` or an empty cell for a missing value',
    ]);
  });

  it('reports a malformed TSV cell and a short TSV row', () => {
    expect(parse('bad-tsv-cell').problems).toEqual([
      'tests/fixtures/eurostat/bad-tsv-cell/lfst_r_lfu3rt.tsv:2:17 — found "4,1 ", expected a number with optional flags (`5.2 b`) or `:` for missing',
      'tests/fixtures/eurostat/bad-tsv-cell/lfst_r_lfu3rt.tsv:3:15 — found 2 tab-separated cells, expected 3 cells as in the header (file truncated?)',
    ]);
  });

  it('rejects a file in no Eurostat layout', () => {
    expect(parse('unknown-format').problems).toEqual([
      'tests/fixtures/eurostat/unknown-format/lfst_r_lfu3rt.csv:1:1 — found the header "geo;time;value", expected a Eurostat SDMX-CSV 1.0 (DATAFLOW,…), SDMX-CSV 2.0 (STRUCTURE,…) or TSV (…\\TIME_PERIOD) download',
    ]);
  });
});

describe('geo codes and headers', () => {
  it('isExtraRegio(code) is true for country codes followed only by Z', () => {
    expect(['DEZZ', 'FRZ', 'ELZZZ'].map(isExtraRegio)).toEqual([true, true, true]);
    expect(['DE', 'AT11', 'CZ01', 'EU27_2020'].map(isExtraRegio)).toEqual([false, false, false, false]);
  });
  it('normaliseGeo maps GR and GB prefixes to EL and UK and leaves aggregates alone', () => {
    expect(['GR', 'GR30', 'GB', 'GBI3', 'EU27_2020', 'DE71'].map(normaliseGeo)).toEqual(['EL', 'EL30', 'UK', 'UKI3', 'EU27_2020', 'DE71']);
  });
  it('datasetCodeOf reads agency-qualified and versioned references', () => {
    expect(datasetCodeOf('ESTAT:NAMA_10R_2GDP(1.0)')).toBe('nama_10r_2gdp');
    expect(datasetCodeOf('lfst_r_lfu3rt')).toBe('lfst_r_lfu3rt');
    expect(datasetCodeOf('not a code')).toBeNull();
  });
  it('detectFormat recognises each layout from its first line, with or without a BOM', () => {
    expect(detectFormat('\uFEFFDATAFLOW,LAST UPDATE,freq')).toBe('sdmx-csv-1.0');
    expect(detectFormat('STRUCTURE,STRUCTURE_ID,freq')).toBe('sdmx-csv-2.0');
    expect(detectFormat('unit,geo\\time\t2010 ')).toBe('tsv');
    expect(detectFormat('{"class":"dataset"}')).toBeNull();
  });
});
