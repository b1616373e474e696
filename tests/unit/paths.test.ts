import { describe, expect, it } from 'vitest';
import { href } from '../../src/lib/paths.ts';

describe('href', () => {
  it('href(path, "/") leaves a root-deployed path alone', () => {
    expect(href('/chapters/policies/', '/')).toBe('/chapters/policies/');
  });
  it('href(path, base) prefixes a sub-path deployment with or without trailing slash', () => {
    expect(href('/chapters/', '/atlas/')).toBe('/atlas/chapters/');
    expect(href('chapters/', '/atlas')).toBe('/atlas/chapters/');
  });
});
