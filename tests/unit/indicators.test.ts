import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import type { EurostatTable } from '../../scripts/lib/eurostat.ts';
import { applyCatalogue, checkRawFiles, readCatalogue } from '../../scripts/lib/indicators.ts';
import { formatProblem } from '../../scripts/lib/problems.ts';
import type { Problem } from '../../scripts/lib/problems.ts';

const CATALOGUE = `indicator_id,label,chapter,dataset_code,filters,unit,geo_levels,period
gdp,GDP,c,nama_10r_2gdp,unit=EUR_HAB,EUR,0|2,
gdp_2009,GDP 2009,c,nama_10r_2gdp,unit=EUR_HAB,EUR,2,2009
`;
const obs = (geo: string, period: string, value: number | null, unit = 'EUR_HAB', flags = '') => ({ dims: { freq: 'A', unit }, geo, period, value, flags, line: 2 });
const table: EurostatTable = {
  file: 'raw/nama_10r_2gdp.csv', format: 'sdmx-csv-1.0', datasetCode: 'nama_10r_2gdp', lastUpdate: '2025-03-01',
  observations: [
    obs('AT11', '2009', 25000), obs('AT11', '2010', 26000, 'EUR_HAB', 'p'), obs('AT12', '2010', null, 'EUR_HAB', 'c'),
    obs('AT', '2010', 34000), obs('AT11', '2011', null), obs('AT11', '2010', 99, 'MIO_EUR'), obs('ZZ99', '2010', 1),
    obs('AT14', '2010', 5),
  ],
};
/** The map knows Austria and two of its regions (AT14 stands for a code the 2021 geometry lacks). */
const isRegion = (geo: string, level: 0 | 2) => (level === 0 ? geo === 'AT' : ['AT11', 'AT12'].includes(geo));

function catalogue() {
  const problems: Problem[] = [];
  const entries = readCatalogue(parseCsv('c.csv', CATALOGUE).table, problems);
  expect(problems).toEqual([]);
  return entries;
}

describe('indicators', () => {
  it('readCatalogue parses filters and levels', () => {
    expect(catalogue()[0]).toMatchObject({ id: 'gdp', filters: { unit: 'EUR_HAB' }, levels: [0, 2], period: null, higherIs: 'neutral' });
  });

  it('applyCatalogue picks the latest period with a value, for every region alike, keeping flags and nulls', () => {
    const r = applyCatalogue(catalogue()[0]!, [table], isRegion, []);
    expect(r.period).toBe('2010');
    expect(Object.fromEntries(r.values)).toEqual({
      AT: { value: 34000, period: '2010', flags: '' },
      AT11: { value: 26000, period: '2010', flags: 'p' },
      AT12: { value: null, period: '2010', flags: 'c' },
    });
    expect(r.lastUpdate).toBe('2025-03-01');
  });

  it('lists NUTS-2 codes of mapped countries that the 2021 geometry lacks instead of placing them', () => {
    const r = applyCatalogue(catalogue()[0]!, [table], isRegion, []);
    expect(r.unknownRegions).toEqual(['AT14']);
    expect(r.values.has('AT14')).toBe(false);
  });

  it('applyCatalogue honours a fixed period and the geo levels of the entry', () => {
    const r = applyCatalogue(catalogue()[1]!, [table], isRegion, []);
    expect([...r.values.keys()]).toEqual(['AT11']);
    expect(r.values.get('AT11')?.value).toBe(25000);
  });

  it('applyCatalogue returns no values (not zeros) when no file holds the dataset', () => {
    const r = applyCatalogue(catalogue()[0]!, [], isRegion, []);
    expect(r.values.size).toBe(0);
    expect(r.period).toBeNull();
  });
});

describe('checkRawFiles', () => {
  it('accepts one file per catalogued dataset', () => {
    const problems: Problem[] = [];
    checkRawFiles([], [table], catalogue(), problems);
    expect(problems).toEqual([]);
  });
  it('reports other file types, duplicate datasets and datasets without a catalogue row', () => {
    const problems: Problem[] = [];
    const other = { ...table, file: 'raw/x.csv', datasetCode: 'rd_e_gerdreg' };
    checkRawFiles(['raw/notes.txt'], [table, { ...table, file: 'raw/nama_10r_2gdp.tsv' }, other], catalogue(), problems);
    expect(problems.map(formatProblem)).toEqual([
      'raw/notes.txt:1:1 — found a file the importer does not read, expected Eurostat downloads named <dataset_code>.csv, .tsv or .sdmx.csv (optionally .gz)',
      'raw/nama_10r_2gdp.tsv:1:1 — found a second file of the dataset nama_10r_2gdp (the first is raw/nama_10r_2gdp.csv), expected one file per dataset',
      'raw/x.csv:1:1 — found the dataset rd_e_gerdreg, which no row of indicators_catalogue.csv uses, expected a catalogue row with this dataset_code (or remove the file)',
    ]);
  });
});
