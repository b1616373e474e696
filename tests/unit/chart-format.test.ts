import { describe, expect, it } from 'vitest';
import { formatWith } from '../../src/features/charts/format';

describe("the charts' number format", () => {
  it('attaches the unit, a percent sign without a space', () => {
    expect(formatWith('PPS')(31200)).toBe('31,200 PPS');
    expect(formatWith('%', 1)(12)).toBe('12.0%');
  });

  it('writes a count unit in the form its number takes ("1 cluster", not "1 clusters")', () => {
    const clusters = formatWith('clusters');
    expect([clusters(1), clusters(2), clusters(0)]).toEqual(['1 cluster', '2 clusters', '0 clusters']);
  });
});
