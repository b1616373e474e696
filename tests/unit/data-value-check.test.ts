/**
 * <DataValue> in a chapter: a reference the data do not hold fails the MDX compile with the file,
 * line, prop, what was found and what exists; so does a <Fact> or <FactChart> name the build does not
 * compute (fixture folders, against tests/support/data-source.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultChecks, validateComponents } from '../../src/integrations/remark-validate-components';
import { dataValueCheck } from '../../src/integrations/data-value-check';
import { compileMdxFile } from '../support/compile-mdx';
import { fixtureFacts, fixtureSource } from '../support/data-source';
import { compileOutcome, describeFixtureCases } from '../support/mdx-fixture-cases';

const CASES = path.resolve('tests/fixtures/content/data-values');
const checks = () => defaultChecks(() => fixtureSource, () => fixtureFacts);

describeFixtureCases('each fixture chapter with <DataValue> compiles or names the reference that does not resolve', CASES, (name) =>
  compileOutcome(() => compileMdxFile(path.join(CASES, name, 'input.mdx'), [validateComponents({ checks: checks() })])));

describe('dataValueCheck', () => {
  const use = (props: Record<string, unknown>, dynamic: string[] = []) => ({ component: 'DataValue', line: 1, column: 1, props, dynamic: new Set(dynamic), spread: false });

  it('dataValueCheck leaves props computed at run time to the component', () => {
    expect(dataValueCheck(() => fixtureSource)(use({ indicator: 'unemp_rate', geo: 'EL30' }, ['year']))).toEqual([]);
  });

  it('dataValueCheck leaves props the schema refuses to the schema check (one message per problem)', () => {
    expect(dataValueCheck(() => fixtureSource)(use({ indicator: 'unemp_rate', geo: 'el30', year: 2013 }))).toEqual([]);
  });

  it('dataValueCheck reads the data only when a chapter uses the component', () => {
    let reads = 0;
    const registry = defaultChecks(() => { reads += 1; return fixtureSource; });
    expect(registry.elements.get('DataValue')).toHaveLength(2);
    expect(reads).toBe(0);
  });
});
