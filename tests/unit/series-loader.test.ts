import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cellAt, checkSeries, createSeriesLoader } from '../../src/features/map/series-loader';

const good = { indicator: 'x', years: [2008, 2009], values: { AT11: [1.5, null], EU27_2020: [2, 3] }, flags: { AT11: ['b', ''] } };

test('checkSeries accepts a well-formed file and returns its content', () => {
  expect(checkSeries(good, 'x.json')).toEqual(good);
});

test.each([
  ['a list', [], 'the file'],
  ['years out of order', { ...good, years: [2009, 2008] }, 'years'],
  ['a row of the wrong length', { ...good, values: { AT11: [1] } }, 'values.AT11'],
  ['a text value', { ...good, values: { AT11: ['1', 2] } }, 'values.AT11'],
  ['flags that are not text', { ...good, flags: { AT11: [1, 2] } }, 'flags.AT11'],
])('checkSeries rejects %s, naming the file and the place', (_name, json, where) => {
  expect(() => checkSeries(json, '/data/series/x.json')).toThrow(new RegExp(`^/data/series/x\\.json: ${where.replace('.', '\\.')} — found .*, expected`));
});

test('cellAt gives the value and flags of a geo in a year, and no value outside the file', () => {
  const s = checkSeries(good, 'x.json');
  expect(cellAt(s, 'AT11', 2008)).toEqual({ value: 1.5, flags: 'b' });
  expect(cellAt(s, 'AT11', 2009)).toEqual({ value: null, flags: '' });
  expect(cellAt(s, 'EU27_2020', 2009)).toEqual({ value: 3, flags: '' });
  expect(cellAt(s, 'ZZ99', 2008)).toEqual({ value: null, flags: '' });
  expect(cellAt(s, 'AT11', 1999)).toEqual({ value: null, flags: '' });
});

test('the loader asks once per indicator, however often it is asked, and peek sees it after', async () => {
  const asked: string[] = [];
  const loader = createSeriesLoader('/data/series/', async (url) => (asked.push(url), good));
  expect(loader.peek('x')).toBeUndefined();
  const [a, b] = await Promise.all([loader.load('x'), loader.load('x')]);
  expect(a).toBe(b);
  expect(asked).toEqual(['/data/series/x.json']);
  expect(loader.peek('x')).toBe(a);
});

test('the loader retries an indicator whose request failed, and refuses ids that are not file names', async () => {
  let calls = 0;
  const loader = createSeriesLoader('/s/', async () => {
    calls++;
    if (calls === 1) throw new Error('offline');
    return good;
  });
  await expect(loader.load('x')).rejects.toThrow('offline');
  await expect(loader.load('x')).resolves.toEqual(good);
  await expect(loader.load('../x')).rejects.toThrow('not an indicator id');
  expect(calls).toBe(2);
});

test('the generated unemployment series passes the check', () => {
  const json = JSON.parse(readFileSync('public/data/series/unemp_rate.json', 'utf8')) as unknown;
  const s = checkSeries(json, 'unemp_rate.json');
  expect(s.years.length).toBeGreaterThan(2);
});
