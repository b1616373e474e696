import { expect, test } from 'vitest';
import { MdxBuildError } from '../../src/integrations/mdx-build-error';

test('an MdxBuildError lists each problem after its file:line:column and points Astro at the first', () => {
  const error = new MdxBuildError('DeepLinkError', 'Invalid map deep links', 'content/chapters/a.mdx', [
    { line: 4, column: 3, text: '/maps/nowhere/: unknown view' },
    { line: 9, column: 1, text: '/maps/crisis/?z=x: zoom is not a number' },
  ]);
  expect(error.name).toBe('DeepLinkError');
  expect(error.message).toBe(
    'Invalid map deep links in content/chapters/a.mdx (2 problems):\n' +
      '  content/chapters/a.mdx:4:3 /maps/nowhere/: unknown view\n' +
      '  content/chapters/a.mdx:9:1 /maps/crisis/?z=x: zoom is not a number',
  );
  expect(error.loc).toEqual({ file: 'content/chapters/a.mdx', line: 4, column: 3 });
  expect([error.line, error.column]).toEqual([4, 3]);
});
