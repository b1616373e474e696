import { expect, test } from 'vitest';
import { classesNote, legendWhen } from '../../src/features/map/time-text';

test('legendWhen names the year or the range, and nothing for a metric without years', () => {
  expect(legendWhen(2013, null)).toBe(', 2013');
  expect(legendWhen(2013, { from: 2008, to: 2013 })).toBe(', 2008–2013');
  expect(legendWhen(null, null)).toBe('');
});

test('classesNote says the classes are fixed across the years, or centred on no change on a change map', () => {
  expect(classesNote({ years: [2006, 2010, 2017] }, null)).toBe('Classes are the same for every year (2006–2017), so a colour means the same in each.');
  expect(classesNote({ years: [2013] }, null)).toBeNull();
  expect(classesNote({ years: [2006, 2017] }, { from: 2008, to: 2013 })).toContain('symmetric around no change');
});
