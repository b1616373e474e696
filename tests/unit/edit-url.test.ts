import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/edit-url.ts';

describe('editUrl', () => {
  it('editUrl points at the web editor for the file on the branch', () => {
    expect(editUrl('https://github.com/org/atlas', 'main', 'content/chapters/policies.mdx')).toBe(
      'https://github.com/org/atlas/edit/main/content/chapters/policies.mdx',
    );
  });
  it('editUrl drops a trailing slash on the repository and a leading ./ on the path', () => {
    expect(editUrl('https://github.com/org/atlas/', 'main', './content/chapters/a.mdx')).toBe('https://github.com/org/atlas/edit/main/content/chapters/a.mdx');
  });
  it('editUrl percent-encodes path segments but keeps the slashes', () => {
    expect(editUrl('https://github.com/o/r', 'main', 'content/chapters/a b#c.mdx')).toBe('https://github.com/o/r/edit/main/content/chapters/a%20b%23c.mdx');
  });
});
