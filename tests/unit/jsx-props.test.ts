import { describe, expect, test } from 'vitest';
import { literalValue, readJsxProps } from '../../src/integrations/jsx-props';

describe('literalValue', () => {
  test.each([
    ['12.5', 12.5],
    ['-3e2', -300],
    ['true', true],
    ['null', null],
    ['"double"', 'double'],
    ["'single \\'quoted\\''", "single 'quoted'"],
    ['`template`', 'template'],
    ['[1, 2]', [1, 2]],
    ['{"a": 1}', { a: 1 }],
    [' 7 ', 7],
  ])('reads %s as a literal', (source, expected) => {
    expect(literalValue(source)).toEqual(expected);
  });

  test.each(['total', 'getValue()', '`${x}`', '1 + 1'])('cannot read %s at build time', (source) => {
    expect(typeof literalValue(source)).toBe('symbol');
  });
});

describe('readJsxProps', () => {
  test('turns MDX attributes into props, marking non-literal ones and spreads', () => {
    const read = readJsxProps([
      { type: 'mdxJsxAttribute', name: 'unit', value: '%' },
      { type: 'mdxJsxAttribute', name: 'flag', value: null },
      { type: 'mdxJsxAttribute', name: 'value', value: { type: 'mdxJsxAttributeValueExpression', value: '0.81' } },
      { type: 'mdxJsxAttribute', name: 'year', value: { type: 'mdxJsxAttributeValueExpression', value: 'latestYear' } },
      { type: 'mdxJsxExpressionAttribute', value: '...rest' },
    ]);
    expect(read).toEqual({ props: { unit: '%', flag: true, value: 0.81 }, dynamic: new Set(['year']), spread: true });
  });
});
