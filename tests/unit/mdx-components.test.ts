/**
 * The components the chapter page hands to MDX (src/components/mdx/index.ts) are exactly the
 * components whose props the build checks: a component without a schema would go unchecked,
 * a schema without a component would let a chapter pass the check and fail to render.
 * (.astro files cannot be imported under vitest, so the map is read as text.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { COMPONENT_PROPS } from '../../src/schemas/components';

test('the MDX component map and the props schemas name the same components', () => {
  const source = readFileSync('src/components/mdx/index.ts', 'utf8');
  const map = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  const names = map.split(',').map((name) => name.trim()).filter(Boolean).sort();
  expect(names).toEqual(Object.keys(COMPONENT_PROPS).sort());
});
