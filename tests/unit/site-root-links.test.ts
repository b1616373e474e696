import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteRootHref, siteRootLinksPlugin } from '../../src/lib/site-root-links.ts';

describe('siteRootHref', () => {
  it.each([
    ['/maps/cooperation/?sel=cluster:x', '/atlas/', '/atlas/maps/cooperation/?sel=cluster:x'],
    ['/maps/cooperation/', '/atlas', '/atlas/maps/cooperation/'],
    ['/atlas/maps/overview/', '/atlas/', '/atlas/maps/overview/'],
    ['/atlas', '/atlas/', '/atlas'],
    ['/atlas-other/', '/atlas/', '/atlas/atlas-other/'],
    ['/maps/overview/', '/', '/maps/overview/'],
    ['../../data/', '/atlas/', '../../data/'],
    ['#sources', '/atlas/', '#sources'],
    ['//example.org/x', '/atlas/', '//example.org/x'],
    ['https://example.org/maps/', '/atlas/', 'https://example.org/maps/'],
  ])('%s under %s is %s', (path, base, expected) => {
    expect(siteRootHref(path, base)).toBe(expected);
  });
});

describe('siteRootLinksPlugin', () => {
  it('puts the base path in front of root links in Markdown, and leaves the others', async () => {
    const md = '[map](/maps/cooperation/?links=declared) [data](../../data/) [ext](https://example.org/)';
    const { html } = await markdownToHtml(md, { hastPlugins: [siteRootLinksPlugin('/atlas/')] });
    expect(html).toContain('href="/atlas/maps/cooperation/?links=declared"');
    expect(html).toContain('href="../../data/"');
    expect(html).toContain('href="https://example.org/"');
  });
});
