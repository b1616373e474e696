import { describe, expect, it } from 'vitest';
import { parseYearRef, resolveDataValue, withUnit } from '../../src/lib/data-values';
import { fixtureSource } from '../support/data-source';

const shown = (ref: Parameters<typeof resolveDataValue>[0]) => {
  const r = resolveDataValue(ref, fixtureSource);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const problems = (ref: Parameters<typeof resolveDataValue>[0]) => {
  const r = resolveDataValue(ref, fixtureSource);
  return r.ok ? [] : r.problems;
};

describe('resolveDataValue', () => {
  it('resolveDataValue reads one year of one place, with its unit and one decimal', () => {
    const v = shown({ indicator: 'unemp_rate', geo: 'EL30', year: 2013 });
    expect([v.value, v.text, v.year, v.geoName, v.flags]).toEqual([27.2, '27.2%', '2013', 'Attiki', '']);
  });

  it('resolveDataValue carries and explains the flags of the value', () => {
    const v = shown({ indicator: 'unemp_rate', geo: 'ES61', year: 2013 });
    expect([v.flags, v.flagText]).toEqual(['b', 'b: break in time series']);
  });

  it('resolveDataValue gives a share’s change over a range in percentage points, signed', () => {
    const v = shown({ indicator: 'unemp_rate', geo: 'EL30', year: '2008-2013' });
    expect([v.value, v.text, v.year, v.range]).toEqual([20.5, '+20.5 percentage points', '2008-2013', { from: 6.7, to: 27.2, fromYear: 2008, toYear: 2013 }]);
  });

  it('resolveDataValue gives any other unit’s change over a range in %, and joins the flags of both years', () => {
    expect(shown({ indicator: 'gdp_pps_hab', geo: 'EL30', year: '2008-2013' }).text).toBe('-20.0%');
    expect(shown({ indicator: 'unemp_rate', geo: 'ES61', year: '2008-2013' }).flags).toBe('b');
    expect(shown({ indicator: 'unemp_rate', geo: 'DE21', year: '2008-2017' }).flags).toBe('bu');
  });

  it('resolveDataValue prints the number alone when the sentence names the measure (unitless)', () => {
    expect(shown({ indicator: 'gdp_pps_hab', geo: 'EU27_2020', year: 2013, decimals: 0, unitless: true }).text).toBe('27,000');
    expect(shown({ indicator: 'unemp_rate', geo: 'EL30', year: '2008-2013', unitless: true }).text).toBe('+20.5');
  });

  it('resolveDataValue reads EU aggregates and prints thousands with commas', () => {
    expect(shown({ indicator: 'gdp_pps_hab', geo: 'EU27_2020', year: 2013, decimals: 0 }).text).toBe('27,000 PPS per inhabitant');
  });

  it.each([
    [{ indicator: 'unemployment', geo: 'EL30', year: 2013 }, 'indicator', 'expected an indicator with a series, one of: unemp_rate, gdp_pps_hab'],
    [{ indicator: 'clusters', geo: 'EL30', year: 2013 }, 'indicator', 'expected an indicator with a series, one of: unemp_rate, gdp_pps_hab'],
    [{ indicator: 'unemp_rate', geo: 'XX99', year: 2013 }, 'geo', 'expected a NUTS-2 code, a country or an aggregate that unemp_rate has (e.g. EL30, ES61, DE21)'],
    [{ indicator: 'unemp_rate', geo: 'EL30', year: 2010 }, 'year', 'expected a year with a value for EL30: 2008, 2013, 2017'],
    [{ indicator: 'unemp_rate', geo: 'ES61', year: '2013-2017' }, 'year', 'expected a year with a value for ES61: 2008, 2013'],
    [{ indicator: 'unemp_rate', geo: 'EL30', year: '2013-2008' }, 'year', 'expected a year in braces, year={2013}, or a range in quotes, year="2008-2013"'],
  ])('resolveDataValue refuses %j naming the prop and what exists', (ref, prop, expected) => {
    expect(problems(ref).map((p) => [p.prop, p.expected])).toEqual([[prop, expected]]);
  });
});

describe('parseYearRef and withUnit', () => {
  it('parseYearRef reads a year, a range with a dash or an en dash, and nothing else', () => {
    expect(parseYearRef(2013)).toEqual([2013, 2013]);
    expect(parseYearRef('2008-2013')).toEqual([2008, 2013]);
    expect(parseYearRef('2008–2013')).toEqual([2008, 2013]);
    expect(parseYearRef('2013-2013')).toBeNull();
    expect(parseYearRef('last year')).toBeNull();
    expect(parseYearRef(2013.5)).toBeNull();
  });

  it('withUnit sticks % units to the number and spaces the others', () => {
    expect(withUnit('23.5', '% of employment')).toBe('23.5% of employment');
    expect(withUnit('27,300', 'PPS per inhabitant')).toBe('27,300 PPS per inhabitant');
    expect(withUnit('1.2', '')).toBe('1.2');
  });
});
