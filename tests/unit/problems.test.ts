import { describe, expect, it } from 'vitest';
import { formatProblem, InputError, lineColumnAt, quote, sortProblems } from '../../scripts/lib/problems.ts';

describe('problems', () => {
  it('formatProblem writes file:line:column — found X, expected Y', () => {
    expect(formatProblem({ file: 'a.csv', line: 3, column: 7, found: '"x"', expected: 'a number' })).toBe('a.csv:3:7 — found "x", expected a number');
  });
  it('quote shows control characters and quotes and clips long text', () => {
    expect(quote('a"b\tc')).toBe('"a\\"b\\tc"');
    expect(quote('x'.repeat(100), 5)).toBe('"xxxxx…"');
  });
  it('sortProblems orders by file, line and column', () => {
    const p = (file: string, line: number, column: number) => ({ file, line, column, found: '', expected: '' });
    expect(sortProblems([p('b', 1, 1), p('a', 2, 1), p('a', 1, 9), p('a', 1, 2)]).map((x) => `${x.file}${x.line}${x.column}`)).toEqual(['a12', 'a19', 'a21', 'b11']);
  });
  it('InputError lists every problem in its message', () => {
    const e = new InputError([{ file: 'f', line: 1, column: 1, found: 'x', expected: 'y' }, { file: 'f', line: 2, column: 1, found: 'z', expected: 'w' }]);
    expect(e.message).toBe('2 problems in the input data:\nf:1:1 — found x, expected y\nf:2:1 — found z, expected w');
  });
  it('lineColumnAt converts an offset to 1-based line and column', () => {
    expect(lineColumnAt('ab\ncde\nf', 5)).toEqual({ line: 2, column: 3 });
    expect(lineColumnAt('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
