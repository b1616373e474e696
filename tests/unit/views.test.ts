import { expect, test } from 'vitest';
import { getView, views } from '../../src/data/views';
import { parseViews } from '../../src/schemas/view';

test('the report defines the five views the chapters use', () => {
  expect(views.map((v) => v.id)).toEqual(expect.arrayContaining(['overview', 'manufacturing', 'cooperation', 'crisis', 'specialisation']));
});

test('every view fits Europe including Malta, Cyprus, Iceland and the North Cape', () => {
  for (const v of views) {
    const [[w, s], [e, n]] = v.extent;
    expect(w <= -22 && s <= 34.6 && e >= 34.6 && n >= 71).toBe(true);
  }
});

test('getView names the valid ids when a chapter asks for an unknown view', () => {
  expect(() => getView('nope', '<MapView view="nope" />')).toThrow('<MapView view="nope" />: unknown map view "nope"; expected one of: overview');
});

test('parseViews reports the view id and the field of a bad view', () => {
  expect(() => parseViews([{ id: 'bad', title: 'T', description: 'D', layers: [], regionLevel: 2, metric: null, colorBy: 'ecosystem', extent: [[10, 0], [0, 10]] }]))
    .toThrow(/view "bad" \(entry 1\) is invalid:\n {2}- layers: .*\n {2}- extent: expected \[\[west, south\]/);
});

test('parseViews refuses two views with the same id', () => {
  const v = { id: 'a', title: 'T', description: 'D', layers: ['clusters'], regionLevel: 0, metric: null, colorBy: 'ecosystem', extent: [[0, 0], [1, 1]] };
  expect(() => parseViews([v, v])).toThrow('view id "a" is used twice (entry 2)');
});
