import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageTitle } from '../../src/lib/page-meta.ts';

const site = new URL('https://example.github.io');

describe('pageTitle', () => {
  it('pageTitle appends the site title to a page title', () => {
    expect(pageTitle('Policies', 'Cluster Atlas')).toBe('Policies · Cluster Atlas');
  });
  it('pageTitle keeps the bare site title on the home page', () => {
    expect(pageTitle('Cluster Atlas', 'Cluster Atlas')).toBe('Cluster Atlas');
  });
});

describe('absoluteUrl', () => {
  it('absoluteUrl adds the base path and the site origin to a site path', () => {
    expect(absoluteUrl('/og/home.png', site, { base: '/atlas/' })).toBe('https://example.github.io/atlas/og/home.png');
  });
  it('absoluteUrl does not add the base twice to a path that already has it', () => {
    expect(absoluteUrl('/atlas/chapters/a/', site, { alreadyBased: true })).toBe('https://example.github.io/atlas/chapters/a/');
  });
  it('absoluteUrl passes absolute http(s) URLs through', () => {
    expect(absoluteUrl('https://cdn.example.org/x.png', site, { base: '/atlas/' })).toBe('https://cdn.example.org/x.png');
  });
});
