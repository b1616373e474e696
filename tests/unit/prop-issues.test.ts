import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { describeIssues, didYouMean, formatProblem, parseProps, propNames, showValue } from '../../src/schemas/prop-issues';
import { FigureProps, StatProps } from '../../src/schemas/components';

describe('showValue', () => {
  test.each([
    [undefined, '(missing)'],
    ['text', '"text"'],
    [12.5, '{12.5}'],
    [false, '{false}'],
    [null, '{null}'],
    [[1, 'a'], '{[1,"a"]}'],
  ])('shows %j as %s', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });
});

describe('describeIssues', () => {
  test('names each unknown prop and lists the props the component takes', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number().optional() });
    const props = { a: 'x', colour: 'red', size: 2 };
    const result = schema.safeParse(props);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeIssues(result.error.issues, props, propNames(schema))).toEqual([
      { prop: 'colour', found: '"red"', expected: 'expected only the props a, b; there is no prop "colour"' },
      { prop: 'size', found: '{2}', expected: 'expected only the props a, b; there is no prop "size"' },
    ]);
  });
});

describe('didYouMean', () => {
  test.each([
    ['keymessages', ' (did you mean "keyMessages"?)'],
    ['mapView', ' (did you mean "mapViews"?)'],
    ['colour', ''],
  ])('suggests a known name for %s', (name, suggestion) => {
    expect(didYouMean(name, ['title', 'keyMessages', 'mapViews'])).toBe(suggestion);
  });
});

describe('propNames', () => {
  test('reads the props of a schema with a refinement', () => {
    expect(propNames(FigureProps)).toEqual(['caption', 'source', 'sourceUrl', 'status', 'id', 'src', 'alt']);
  });
});

describe('formatProblem', () => {
  test('writes a prop problem, a frontmatter problem and an unknown component differently', () => {
    const problem = { prop: 'status', found: '"x"', expected: 'expected one of: official' };
    expect(formatProblem('Stat', problem)).toBe('<Stat> prop "status": found "x"; expected one of: official');
    expect(formatProblem('frontmatter', { ...problem, prop: 'mapViews' })).toBe('frontmatter field "mapViews": found "x"; expected one of: official');
    expect(formatProblem('Stats', { ...problem, prop: '(component)', expected: 'expected one of the components Stat' })).toBe('<Stats> is not a known component; expected one of the components Stat');
  });
});

describe('parseProps', () => {
  test('returns the parsed props of a valid Stat', () => {
    const props = { value: 1, label: 'One thing', source: 'Somewhere', status: 'official' };
    expect(parseProps('Stat', StatProps, props)).toEqual(props);
  });

  test('throws naming the component, the prop, what was found and what was expected', () => {
    expect(() => parseProps('Stat', StatProps, { value: 'one', label: 'One thing', source: 'Somewhere', status: 'official' })).toThrow(
      'Invalid props for <Stat>:\n  <Stat> prop "value": found "one"; expected a number in braces, e.g. value={134.6}',
    );
  });
});
