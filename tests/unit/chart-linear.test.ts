import fc from 'fast-check';
import { ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { expect, test } from 'vitest';
import { linear } from '../../src/features/charts/linear';

/** Values as the data has them: two decimals. */
const value = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

test('linear widens the domain to round ends, ticks across it and maps it as d3-scale maps the same domain', () => {
  fc.assert(fc.property(value(-1e6, 0), value(0, 1e6), fc.integer({ min: 2, max: 10 }), value(-1e6, 1e6), (lo, hi, n, v) => {
    const ours = linear(lo, hi, n, 300, 20);
    const [a, b] = ours.domain;
    expect(a).toBeLessThanOrEqual(lo);
    expect(b).toBeGreaterThanOrEqual(hi);
    expect(ours.ticks(n)).toEqual(ticks(a, b, n));
    expect(ours(v)).toBe(scaleLinear().domain([a, b]).range([300, 20])(v));
  }));
});

test('round ends are exact where floating point would overshoot (0.07 stays 0.07, not 0.08)', () => {
  expect(linear(0, 0.07, 5, 0, 1).domain).toEqual([0, 0.07]);
  expect(linear(0, 36.2, 5, 0, 1).domain).toEqual([0, 40]);
  expect(linear(-4.8, 12, 4, 0, 1).domain).toEqual([-5, 15]);
});

test('a domain of one value maps to the middle of the range', () => {
  expect(linear(0, 0, 5, 100, 200)(0)).toBe(150);
});
