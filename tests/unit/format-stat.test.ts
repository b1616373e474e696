import { describe, expect, test } from 'vitest';
import { formatStatValue } from '../../src/lib/format-stat';

describe('formatStatValue', () => {
  test.each([
    [134.6, undefined, '134.6'],
    [0.81, undefined, '0.81'],
    [1500, undefined, '1,500'],
    [98, 1, '98.0'],
    [0.125, 2, '0.13'],
    [-2.5, undefined, '-2.5'],
    [1e-7, undefined, '0.0000001'],
  ])('prints %d with decimals=%s as %s', (value, decimals, printed) => {
    expect(formatStatValue(value, decimals)).toBe(printed);
  });
});
