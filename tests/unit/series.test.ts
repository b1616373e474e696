import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import type { EurostatTable, Observation } from '../../scripts/lib/eurostat.ts';
import { readCatalogue } from '../../scripts/lib/indicators.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';
import { isAggregate, mergeFlags, seriesOf } from '../../scripts/lib/series.ts';

const CATALOGUE = `indicator_id,label,chapter,dataset_code,filters,unit,geo_levels,period,measure,denominator,reference
gdp,GDP,c,nama_10r_2gdp,unit=EUR_HAB,EUR,0|2,,,,
gdp_2009,GDP 2009,c,nama_10r_2gdp,unit=EUR_HAB,EUR,2,2009,,,
ind,Industry,c,emp,nace_r2=B-E,%,2,,share,nace_r2=TOTAL,
lq_be,Industry LQ,c,emp,nace_r2=B-E,LQ,2,,lq,nace_r2=TOTAL,EU28
loose,Loose,c,emp,unit=THS,%,2,,,,
`;
const entries = readCatalogue(parseCsv('c.csv', CATALOGUE).table, []);
const entry = (id: string) => entries.find((e) => e.id === id)!;

let line = 1;
const obs = (geo: string, year: number, value: number | null, dims: Record<string, string>, flags = ''): Observation => ({ dims, geo, year, value, flags, line: ++line, geoColumn: 1 });
const gdp = (geo: string, year: number, value: number | null, flags = '', unit = 'EUR_HAB') => obs(geo, year, value, { freq: 'A', unit }, flags);
const emp = (geo: string, year: number, nace: string, value: number | null, flags = '') => obs(geo, year, value, { unit: 'THS', nace_r2: nace }, flags);

const gdpTable: EurostatTable = {
  file: 'raw/nama_10r_2gdp.csv', format: 'sdmx-csv-1.0', datasetCode: 'nama_10r_2gdp', lastUpdate: '2025-03-01',
  observations: [
    gdp('AT11', 2009, 25000), gdp('AT11', 2010, 26000, 'p'), gdp('AT12', 2010, null, 'c'), gdp('AT', 2010, 34000),
    gdp('AT11', 2011, null), gdp('AT11', 2010, 99, '', 'MIO_EUR'), gdp('ZZ99', 2010, 1), gdp('AT14', 2010, 5), gdp('EU27_2020', 2012, 30000),
  ],
};
const empTable: EurostatTable = {
  file: 'raw/emp.tsv', format: 'tsv', datasetCode: 'emp', lastUpdate: null,
  observations: [
    emp('AT11', 2010, 'B-E', 30, 'u'), emp('AT11', 2010, 'TOTAL', 100, 'b'), emp('AT12', 2010, 'B-E', 10), emp('AT12', 2010, 'TOTAL', 0),
    emp('EU28', 2010, 'B-E', 200), emp('EU28', 2010, 'TOTAL', 1000),
  ],
};
/** The map knows Austria and two of its regions (AT14 stands for a code the 2021 geometry lacks). */
const isRegion = (geo: string, level: 0 | 2) => (level === 0 ? geo === 'AT' : ['AT11', 'AT12'].includes(geo));

describe('seriesOf', () => {
  it('keeps every year with a value, aligned per geo, with flags and nulls, and aggregates beside the regions', () => {
    const s = seriesOf(entry('gdp'), [gdpTable], isRegion, []);
    expect(s.years).toEqual([2009, 2010, 2012]);
    expect(Object.fromEntries(s.rows)).toEqual({
      AT: { values: [null, 34000, null], flags: ['', '', ''] },
      AT11: { values: [25000, 26000, null], flags: ['', 'p', ''] },
      AT12: { values: [null, null, null], flags: ['', 'c', ''] },
      EU27_2020: { values: [null, null, 30000], flags: ['', '', ''] },
    });
  });

  it('defaults to the latest year with a value on the map (an aggregate alone does not count), or the row’s period', () => {
    expect(seriesOf(entry('gdp'), [gdpTable], isRegion, []).defaultYear).toBe(2010);
    const fixed = seriesOf(entry('gdp_2009'), [gdpTable], isRegion, []);
    expect(fixed.defaultYear).toBe(2009);
    expect([...fixed.rows.keys()]).toEqual(['AT11', 'AT12', 'EU27_2020']);
  });

  it('has no years and no default year (not zeros) when no file holds the dataset', () => {
    const s = seriesOf(entry('gdp'), [], isRegion, []);
    expect(s).toMatchObject({ years: [], defaultYear: null, file: null });
    expect(s.rows.size).toBe(0);
  });

  it('makes a share as 100 × numerator ÷ denominator with the flags of both, no value over a zero total', () => {
    const s = seriesOf(entry('ind'), [empTable], isRegion, []);
    expect(s.rows.get('AT11')).toEqual({ values: [30], flags: ['ub'] });
    expect(s.rows.has('AT12')).toBe(false); // 10 ÷ 0: no value, no flag, no row
    expect(s.decimals).toBe(1); // made from one-decimal thousands: more digits would be noise
  });

  it('makes a location quotient as the region’s share over the reference geo’s share of the same year', () => {
    const s = seriesOf(entry('lq_be'), [empTable], isRegion, []);
    expect(s.rows.get('AT11')!.values[0]).toBeCloseTo(1.5, 10); // 30 % over 20 %
    expect(s.rows.get('EU28')!.values[0]).toBe(1);
    expect(s.classes).toBe('lq');
    expect(s.decimals).toBe(2);
  });

  it('reports filters that leave two values for one region and year, naming both lines', () => {
    const problems: Problem[] = [];
    seriesOf(entry('loose'), [empTable], isRegion, problems);
    expect(problems.map(formatProblem)[0]).toBe(
      `raw/emp.tsv:${empTable.observations[1]!.line}:1 — found a second value for AT11 2010 after the filters, expected filters in loose that fix every dimension (this line differs from line ${empTable.observations[0]!.line} in nace_r2)`,
    );
  });
});

describe('series helpers', () => {
  it('mergeFlags keeps each letter once, in the order met', () => {
    expect(mergeFlags('b', 'bu', '')).toBe('bu');
    expect(mergeFlags('', '')).toBe('');
  });
  it('isAggregate knows EU and euro-area codes, not NUTS codes', () => {
    expect(['EU27_2020', 'EU28', 'EA19', 'EU15'].every(isAggregate)).toBe(true);
    expect(['EL30', 'EE00', 'ES61', 'EU'].some(isAggregate)).toBe(false);
  });
});
