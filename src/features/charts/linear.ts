/**
 * A linear scale with round ends and ticks, as the charts need it: d3-array's `nice` and `ticks`
 * (the very functions d3-scale's scaleLinear uses), and the mapping itself written out. d3-scale
 * would bring interpolators, colour parsing and number formats along — about 9 KiB brotli in the map
 * page's budget — for what is one line here.
 */
import { nice, ticks } from 'd3-array';

export interface Linear {
  (value: number): number;
  /** The domain after rounding its ends to round numbers. */
  readonly domain: readonly [number, number];
  /** About `count` round values across the domain. */
  ticks(count: number): number[];
}

/**
 * [lo, hi] rounded outwards for about `count` ticks, mapped onto [r0, r1] as d3's scaleLinear maps
 * (t = (v − lo) / (hi − lo), then r0·(1 − t) + r1·t; a domain of one value maps to the middle).
 */
export function linear(lo: number, hi: number, count: number, r0: number, r1: number): Linear {
  const [a, b] = nice(lo, hi, count);
  const span = b - a;
  const scale = ((v: number) => {
    const t = span ? (v - a) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as Linear;
  Object.defineProperty(scale, 'domain', { value: [a, b] as const });
  scale.ticks = (n: number) => ticks(a, b, n);
  return scale;
}
