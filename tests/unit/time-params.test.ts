import { describe, expect, it } from 'vitest';
import contextFixture from '../fixtures/url-state/context.json';
import { defaultState, describeIssue, parseUrlState, serialiseUrlState, type MapState, type UrlContext } from '../../src/features/url-state/url-state';
import { nearestYear, normaliseTime, parseChange, parseCompare, parseTab, parseYear, shownYear } from '../../src/features/url-state/time-params';

const context: UrlContext = { ...contextFixture, view: 'crisis' };
const YEARS = [2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
const raw = (value: string, duplicate = false) => ({ value, duplicate });

describe('nearestYear', () => {
  it.each([
    [2010, 2010], [1850, 2006], [99999, 2017], [2005, 2006], [2018, 2017],
  ])('nearestYear(years, %i) is %i', (year, expected) => {
    expect(nearestYear(YEARS, year)).toBe(expected);
  });

  it('breaks a tie toward the later year', () => {
    expect(nearestYear([2008, 2010], 2009)).toBe(2010);
  });

  it('returns undefined for no years', () => {
    expect(nearestYear([], 2010)).toBeUndefined();
  });
});

describe('shownYear', () => {
  it('is the latest year when none is chosen, the nearest one otherwise, null without years', () => {
    expect(shownYear(YEARS, null)).toBe(2017);
    expect(shownYear(YEARS, 2001)).toBe(2006);
    expect(shownYear(undefined, 2010)).toBeNull();
  });
});

describe('parseYear', () => {
  it.each([
    ['2013', 'valid', 2013],
    ['1850', 'invalid', 2006],
    ['99999', 'invalid', 2017],
    ['next year', 'invalid', null],
    ['<b>2010</b>', 'invalid', null],
    ['2010.5', 'invalid', null],
  ] as const)('year=%s is %s and shows %s', (value, status, shown) => {
    const r = parseYear(raw(value), YEARS);
    expect(r.status).toBe(status);
    expect(r.status === 'missing' ? undefined : r.value).toBe(shown);
  });

  it('says which year is shown instead of an unknown one', () => {
    const r = parseYear(raw('1850'), YEARS);
    expect(r.status === 'invalid' && r.reason).toBe('no data for 1850; the nearest year with data, 2006, is shown');
  });

  it('refuses a year for a metric without years', () => {
    expect(parseYear(raw('2010'), undefined).status).toBe('invalid');
    expect(parseYear(raw('2010'), [2010]).status).toBe('invalid');
  });
});

describe('parseChange', () => {
  it.each([
    ['2008-2013', 'valid', { from: 2008, to: 2013 }],
    ['2008–2013', 'valid', { from: 2008, to: 2013 }],
    ['2013-2008', 'invalid', { from: 2008, to: 2013 }],
    ['1990-2013', 'invalid', { from: 2006, to: 2013 }],
    ['2010-2010', 'invalid', null],
    ['2010', 'invalid', null],
    ['<i>2008-2013</i>', 'invalid', null],
  ] as const)('change=%s is %s and uses %o', (value, status, used) => {
    const r = parseChange(raw(value), YEARS);
    expect(r.status).toBe(status);
    expect(r.status === 'missing' ? undefined : r.value).toEqual(used);
  });
});

describe('parseTab', () => {
  it('accepts map, chart and table in any case and falls back to the map', () => {
    expect(parseTab(raw('CHART'))).toEqual({ status: 'valid', value: 'chart' });
    expect(parseTab(raw('graph')).status).toBe('invalid');
    expect(parseTab(raw('graph')).status === 'invalid' && parseTab(raw('graph'))).toMatchObject({ value: 'map' });
  });
});

describe('parseCompare', () => {
  const regions = ['DE', 'DE21', 'DED2', 'FR', 'FRJ2', 'ES61', 'EL30'];

  it('keeps known codes in the order given, case-insensitively, without repeats', () => {
    expect(parseCompare(raw('frj2,DE21,FRJ2'), regions)).toEqual({ status: 'valid', value: ['FRJ2', 'DE21'] });
  });

  it('drops unknown codes and keeps the rest, with a notice', () => {
    const r = parseCompare(raw('DE21,XX99'), regions);
    expect(r).toMatchObject({ status: 'invalid', value: ['DE21'] });
  });

  it('keeps the first five of more than five', () => {
    const r = parseCompare(raw('DE,DE21,DED2,FR,FRJ2,ES61,EL30'), regions);
    expect(r).toMatchObject({ status: 'invalid', value: ['DE', 'DE21', 'DED2', 'FR', 'FRJ2'] });
  });
});

describe('normaliseTime', () => {
  it('writes the latest year as the default and snaps others to years with data', () => {
    expect(normaliseTime({ year: 2017, change: null, tab: 'map', compare: [] }, YEARS, [])).toMatchObject({ year: null });
    expect(normaliseTime({ year: 2020, change: null, tab: 'map', compare: [] }, YEARS, [])).toMatchObject({ year: null });
    expect(normaliseTime({ year: 1999, change: { from: 2013, to: 2008 }, tab: 'map', compare: [] }, YEARS, [])).toMatchObject({ year: 2006, change: { from: 2008, to: 2013 } });
  });

  it('drops year and change for a metric without years but keeps the tab and comparison', () => {
    expect(normaliseTime({ year: 2010, change: { from: 2008, to: 2013 }, tab: 'chart', compare: ['FR'] }, undefined, ['FR'])).toEqual({ year: null, change: null, tab: 'chart', compare: ['FR'] });
  });
});

describe('deep links with time', () => {
  const base: MapState = defaultState(context);

  it('writes year, change, comparison and tab in a fixed order, and nothing for the defaults', () => {
    expect(serialiseUrlState(base, context)).toBe('');
    const state: MapState = { ...base, year: 2010, change: { from: 2008, to: 2013 }, compare: ['FRJ2', 'DE21'], tab: 'chart' };
    expect(serialiseUrlState(state, context)).toBe('?year=2010&change=2008-2013&compare=FRJ2,DE21&tab=chart');
  });

  it('reopens a shared link in the same state', () => {
    const parsed = parseUrlState('?year=2010&change=2008-2013&compare=FRJ2,DE21&tab=chart', context);
    expect(parsed.issues).toEqual([]);
    expect(parsed.state).toMatchObject({ year: 2010, change: { from: 2008, to: 2013 }, compare: ['FRJ2', 'DE21'], tab: 'chart' });
  });

  it.each(['next', '1850', '99999', '<script>alert(1)</script>'])('keeps the map working on year=%s and explains it in plain text', (value) => {
    const parsed = parseUrlState(`?year=${encodeURIComponent(value)}`, context);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.state.metric).toBe('unemp_rate');
    const sentence = describeIssue(parsed.issues[0]!);
    expect(sentence.startsWith('“year=')).toBe(true);
    expect(sentence.length).toBeLessThan(400);
  });

  it('reads the year against the metric of the link, not the default metric', () => {
    const overview: UrlContext = { ...contextFixture, view: 'manufacturing' };
    const parsed = parseUrlState('?metric=manuf_share&year=2009', overview);
    expect(parsed.issues).toEqual([]);
    expect(parsed.state.year).toBe(2009);
  });
});
