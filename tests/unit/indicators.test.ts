import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import type { EurostatTable } from '../../scripts/lib/eurostat.ts';
import { checkRawFiles, readCatalogue } from '../../scripts/lib/indicators.ts';
import { formatProblem } from '../../scripts/lib/problems.ts';
import type { Problem } from '../../scripts/lib/problems.ts';

const CATALOGUE = `indicator_id,label,chapter,dataset_code,filters,unit,geo_levels,period,measure,denominator,reference
gdp,GDP,c,nama_10r_2gdp,unit=EUR_HAB,EUR,0|2,,,,
gdp_2009,GDP 2009,c,nama_10r_2gdp,unit=EUR_HAB,EUR,2,2009,,,
ind,Industry,c,lfst_r_lfe2en2,nace_r2=B-E,%,0|2,,share,nace_r2=TOTAL,
lq_j,ICT,c,lfst_r_lfe2en2,nace_r2=J,LQ,2,,lq,nace_r2=TOTAL,EU28
`;
const table: EurostatTable = { file: 'raw/nama_10r_2gdp.csv', format: 'sdmx-csv-1.0', datasetCode: 'nama_10r_2gdp', lastUpdate: '2025-03-01', observations: [] };

function catalogue(text = CATALOGUE) {
  const problems: Problem[] = [];
  const entries = readCatalogue(parseCsv('c.csv', text).table, problems);
  return { entries, problems: problems.map(formatProblem) };
}

describe('readCatalogue', () => {
  it('parses filters, levels, the default year and the measure of each row', () => {
    const { entries, problems } = catalogue();
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ id: 'gdp', filters: { unit: 'EUR_HAB' }, levels: [0, 2], defaultYear: null, measure: 'value', higherIs: 'neutral' });
    expect(entries[1]).toMatchObject({ defaultYear: 2009 });
    expect(entries[2]).toMatchObject({ measure: 'share', denominator: { nace_r2: 'TOTAL' }, reference: null });
    expect(entries[3]).toMatchObject({ measure: 'lq', denominator: { nace_r2: 'TOTAL' }, reference: 'EU28' });
  });

  it('asks for a denominator for a share and a reference geo for a quotient, and a year as the period', () => {
    const { problems } = catalogue(`indicator_id,label,chapter,dataset_code,filters,unit,geo_levels,period,measure,denominator,reference
a,A,c,x,nace_r2=B-E,%,2,,share,,
b,B,c,x,nace_r2=J,LQ,2,2010-Q4,lq,nace_r2=TOTAL,
`);
    expect(problems).toEqual([
      'c.csv:2:32 — found an empty cell, expected the codes of the denominator of a share, e.g. nace_r2=TOTAL',
      'c.csv:3:24 — found "2010-Q4", expected a year such as 2013 (or empty for the latest)',
      'c.csv:3:49 — found an empty cell, expected the geo a location quotient compares with, e.g. EU28',
    ]);
  });
});

describe('checkRawFiles', () => {
  it('accepts one file per catalogued dataset', () => {
    const problems: Problem[] = [];
    checkRawFiles([], [table], catalogue().entries, problems);
    expect(problems).toEqual([]);
  });
  it('reports other file types, duplicate datasets and datasets without a catalogue row', () => {
    const problems: Problem[] = [];
    const other = { ...table, file: 'raw/x.csv', datasetCode: 'rd_e_gerdreg' };
    checkRawFiles(['raw/notes.txt'], [table, { ...table, file: 'raw/nama_10r_2gdp.tsv' }, other], catalogue().entries, problems);
    expect(problems.map(formatProblem)).toEqual([
      'raw/notes.txt:1:1 — found a file the importer does not read, expected Eurostat downloads named <dataset_code>.csv, .tsv or .sdmx.csv (optionally .gz)',
      'raw/nama_10r_2gdp.tsv:1:1 — found a second file of the dataset nama_10r_2gdp (the first is raw/nama_10r_2gdp.csv), expected one file per dataset',
      'raw/x.csv:1:1 — found the dataset rd_e_gerdreg, which no row of indicators_catalogue.csv uses, expected a catalogue row with this dataset_code (or remove the file)',
    ]);
  });
});
