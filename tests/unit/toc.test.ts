import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('buildToc nests level-3 headings under the level-2 heading before them', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }, { slug: 'a2', text: 'A2', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('buildToc leaves out the page title (level 1) and headings deeper than maxDepth', () => {
    expect(buildToc([h(1, 't'), h(2, 'a'), h(4, 'deep'), h(3, 'a1')], 2).map((e) => e.slug)).toEqual(['a']);
  });
  it('buildToc keeps a level-3 heading that comes before any level-2 heading at the top level', () => {
    expect(buildToc([h(3, 'early'), h(2, 'a')]).map((e) => e.slug)).toEqual(['early', 'a']);
  });
});
