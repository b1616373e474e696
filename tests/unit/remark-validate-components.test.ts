import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  ComponentPropsError,
  defaultChecks,
  frontmatterLine,
  registerElementCheck,
  runChecks,
  schemaCheck,
  validateComponents,
  type ElementUse,
} from '../../src/integrations/remark-validate-components';
import { compileMdxFile } from '../support/compile-mdx';
import { compileOutcome, describeFixtureCases } from '../support/mdx-fixture-cases';

const CASES = path.resolve('tests/fixtures/content/components');

describeFixtureCases('each fixture MDX file compiles or fails with the expected message', CASES, (name) =>
  compileOutcome(() => compileMdxFile(path.join(CASES, name, 'input.mdx'), [validateComponents()])));

function use(component: string, props: Record<string, unknown>, extra: Partial<ElementUse> = {}): ElementUse {
  return { component, line: 3, column: 1, props, dynamic: new Set(), spread: false, ...extra };
}

describe('runChecks', () => {
  test('reports nothing for a Stat with every required prop', () => {
    const stat = use('Stat', { value: 1, label: 'One thing', source: 'Somewhere', status: 'official' });
    expect(runChecks(defaultChecks(), { elements: [stat], frontmatter: {}, source: '' })).toEqual([]);
  });

  test('places each problem at the element that caused it', () => {
    const stat = use('Stat', { value: 1, label: 'One thing', source: 'Somewhere', status: 'maybe' }, { line: 12, column: 5 });
    const [problem, ...rest] = runChecks(defaultChecks(), { elements: [stat], frontmatter: {}, source: '' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ component: 'Stat', line: 12, column: 5, prop: 'status', found: '"maybe"' });
  });

  test('leaves a prop given as a non-literal expression to the component', () => {
    const stat = use('Stat', { label: 'One thing', source: 'Somewhere', status: 'official' }, { dynamic: new Set(['value']) });
    expect(runChecks(defaultChecks(), { elements: [stat], frontmatter: {}, source: '' })).toEqual([]);
  });

  test('still reports a wrong literal prop next to a spread', () => {
    const stat = use('Stat', { status: 'maybe' }, { spread: true });
    const problems = runChecks(defaultChecks(), { elements: [stat], frontmatter: {}, source: '' });
    expect(problems.map((p) => p.prop)).toEqual(['status']);
  });

  test('runs a check registered later for a new component, next to the defaults', () => {
    const registry = registerElementCheck(defaultChecks(), 'MapLink', schemaCheck(z.strictObject({ state: z.string().startsWith('#', { error: 'expected a map state starting with "#"' }) })));
    const link = use('MapLink', { state: 'zoom=3' });
    expect(runChecks(registry, { elements: [link], frontmatter: {}, source: '' })).toEqual([
      { component: 'MapLink', line: 3, column: 1, prop: 'state', found: '"zoom=3"', expected: 'expected a map state starting with "#"' },
    ]);
  });
});

describe('frontmatterLine', () => {
  test('returns the 1-based line of a top-level field', () => {
    expect(frontmatterLine('---\ntitle: x\nmapViews: []\n---\n', 'mapViews')).toBe(3);
  });

  test('returns 1 when the field is absent', () => {
    expect(frontmatterLine('---\ntitle: x\n---\n', 'mapViews')).toBe(1);
  });
});

describe('ComponentPropsError', () => {
  test('carries the location of its first problem for Astro', () => {
    const error = new ComponentPropsError('content/chapters/a.mdx', [
      { component: 'Stat', line: 7, column: 2, prop: 'status', found: '"x"', expected: 'expected one of: official' },
    ]);
    expect(error.loc).toEqual({ file: 'content/chapters/a.mdx', line: 7, column: 2 });
    expect([error.line, error.column]).toEqual([7, 2]);
    expect(error.message).toBe('Invalid MDX components in content/chapters/a.mdx (1 problem):\n  content/chapters/a.mdx:7:2 <Stat> prop "status": found "x"; expected one of: official');
  });
});
