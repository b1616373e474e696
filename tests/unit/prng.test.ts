import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/lib/prng.ts';

describe('prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = prng(7);
    const b = prng(7);
    const c = prng(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });
  it('stays in [0, 1)', () => {
    const r = prng(1);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
