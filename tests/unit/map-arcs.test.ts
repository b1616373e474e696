import { expect, test } from 'vitest';
import { arcDegrees, greatCircle } from '../../src/features/map/map-arcs';

test('arcDegrees measures a quarter of the equator as 90 degrees', () => {
  expect(arcDegrees([0, 0], [90, 0])).toBeCloseTo(90, 9);
});

test('greatCircle keeps both end points exactly', () => {
  const line = greatCircle([2.35, 48.85], [9.18, 48.78]);
  expect(line[0]).toEqual([2.35, 48.85]);
  expect(line.at(-1)).toEqual([9.18, 48.78]);
});

test('greatCircle bends towards the pole between two points of the same latitude', () => {
  const line = greatCircle([-10, 50], [30, 50]);
  const mid = line[Math.floor(line.length / 2)]!;
  expect(mid[1]).toBeGreaterThan(51.5); // vertex of this arc: atan(tan 50° / cos 20°) ≈ 51.74° N
});

test('greatCircle places one point every 3 degrees of arc', () => {
  expect(greatCircle([0, 0], [30, 0])).toHaveLength(11);
  expect(greatCircle([0, 0], [0.5, 0])).toHaveLength(2);
});

test('greatCircle of two identical points is a two-point line, not an empty one', () => {
  expect(greatCircle([5, 5], [5, 5])).toEqual([[5, 5], [5, 5]]);
});
