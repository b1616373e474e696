import { describe, expect, it } from 'vitest';
import { classesFor, countBreaks, LQ_BREAKS, NO_DATA_COLOR, paletteColors, quantileBreaks, roundSignificant } from '../../scripts/lib/classify.ts';

describe('classify', () => {
  it('roundSignificant(x) keeps two significant digits', () => {
    expect([12.3817, 0.04567, 1349, -2.25, 0].map((x) => roundSignificant(x))).toEqual([12, 0.046, 1300, -2.3, 0]);
  });

  it('quantileBreaks ignores nulls and returns ascending, distinct breaks above the minimum', () => {
    const breaks = quantileBreaks([null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null], 5);
    // d3 quantiles of 1…10 at 20/40/60/80 %
    expect(breaks).toEqual([2.8, 4.6, 6.4, 8.2]);
  });

  it('quantileBreaks returns no breaks when fewer than two distinct values exist', () => {
    expect(quantileBreaks([null, null])).toEqual([]);
    expect(quantileBreaks([4, 4, 4])).toEqual([]);
  });

  it('countBreaks gives zero its own class, then the 1–2–5 series up to the largest count', () => {
    expect(countBreaks([0, 0, 1, 1, 2, 3, 5])).toEqual([1, 2, 5]);
    expect(countBreaks([0, 1, 2, 3, 4])).toEqual([1, 2]);
    expect(countBreaks([0, 1, 23, 12, 7])).toEqual([1, 2, 5, 10]);
    expect(countBreaks([0, 1, 23, 12, 7], 6)).toEqual([1, 2, 5, 10, 20]);
    expect(countBreaks([0, 500], 8)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(countBreaks([0, 1])).toEqual([1]);
    expect(countBreaks([0, 0])).toEqual([]);
    expect(countBreaks([null])).toEqual([]);
  });

  it('classesFor returns one colour more than breaks, from a ColorBrewer sequential scheme', () => {
    const c = classesFor(LQ_BREAKS, 'purples');
    expect(c.colors).toHaveLength(5);
    expect(c.colors).toEqual(paletteColors('purples', 5));
    expect(classesFor([], 'blues').colors).toHaveLength(1);
    expect(classesFor([1, 2, 3, 4, 5, 6, 7, 8, 9], 'blues').colors).toHaveLength(9);
  });

  it('the no-data colour is not used by any class of any palette', () => {
    for (const p of ['blues', 'purples', 'oranges'] as const) {
      for (let k = 1; k <= 9; k++) expect(paletteColors(p, k)).not.toContain(NO_DATA_COLOR);
    }
  });
});
