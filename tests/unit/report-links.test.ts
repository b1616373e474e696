import { describe, expect, it } from 'vitest';
import { resolveChapterHref } from '../../src/lib/report-links';

describe('resolveChapterHref', () => {
  it.each([
    ['../policies/', '/', '/chapters/policies/'],
    ['../policies/#open-questions', '/', '/chapters/policies/#open-questions'],
    ['../../data/', '/', '/data/'],
    ['../../data/?x=1#downloads', '/atlas/', '/atlas/data/?x=1#downloads'],
    ['../crisis-response/', '/atlas', '/atlas/chapters/crisis-response/'],
  ])('resolveChapterHref(%j, %j) reads %j', (href, base, expected) => {
    expect(resolveChapterHref(href, base)).toBe(expected);
  });

  it('leaves site-root paths, other hosts, anchors and mailto links as written', () => {
    for (const href of ['/maps/crisis/?metric=unemp_rate', 'https://ec.europa.eu/', '#open-questions', 'mailto:editor@example.org']) {
      expect(resolveChapterHref(href, '/atlas/')).toBe(href);
    }
  });
});
