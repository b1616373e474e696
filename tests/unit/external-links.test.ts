import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  externalLinksPlugin,
  isExternalHref,
  withExternalRel,
} from '../../src/lib/external-links.ts';

const SITE = 'https://atlas.example.org';

describe('isExternalHref', () => {
  it.each([
    ['https://ec.europa.eu/growth', true],
    ['http://example.com', true],
    ['//cdn.example.com/x.js', true],
    ['HTTPS://EC.EUROPA.EU/', true],
    ['https://atlas.example.org/chapters/x/', false],
    ['/chapters/x/', false],
    ['../data/', false],
    ['#sources', false],
    ['mailto:editor@example.org', false],
  ])('isExternalHref(%j) is %s', (href, expected) => {
    expect(isExternalHref(href, SITE)).toBe(expected);
  });
});

describe('withExternalRel', () => {
  it('adds noopener and noreferrer once and keeps the tokens already there', () => {
    expect(withExternalRel(undefined)).toEqual(['noopener', 'noreferrer']);
    expect(withExternalRel('me noopener')).toEqual(['me', 'noopener', 'noreferrer']);
    expect(withExternalRel(['noreferrer', 'noopener'])).toEqual(['noreferrer', 'noopener']);
  });
});

describe('externalLinksPlugin', () => {
  const hastPlugins = [externalLinksPlugin(SITE)];

  it('gives Markdown links to other hosts rel="noopener noreferrer" and leaves site links alone', async () => {
    const { html } = await markdownToHtml(
      '[EU](https://ec.europa.eu/x) [here](/chapters/a/) [abs](https://atlas.example.org/b/)',
      { hastPlugins },
    );
    expect(html).toContain('<a href="https://ec.europa.eu/x" rel="noopener noreferrer">EU</a>');
    expect(html).toContain('<a href="/chapters/a/">here</a>');
    expect(html).toContain('<a href="https://atlas.example.org/b/">abs</a>');
  });

  it('applies to MDX chapters as well', async () => {
    const { code } = await mdxToJs('See [the source](https://ec.europa.eu/y).', { hastPlugins });
    expect(code).toMatch(/rel: "noopener noreferrer"|rel: \["noopener", "noreferrer"\]/);
  });
});
