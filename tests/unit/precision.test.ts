import { describe, expect, it } from 'vitest';
import { round } from '../../src/lib/precision.ts';

describe('round', () => {
  it('round(x, 4) keeps four decimals', () => {
    expect(round(5.714_849, 4)).toBe(5.7148);
  });
  it('round(x, d) rounds halves away from zero on both sides', () => {
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(-0.125, 2)).toBe(-0.13);
  });
  it('round(-0.00001, 2) returns 0, not -0', () => {
    expect(Object.is(round(-0.00001, 2), 0)).toBe(true);
  });
});
