import { describe, expect, it } from 'vitest';
import { inReadingOrder } from '../../src/lib/chapter-order.ts';

const chapter = (id: string, order: number) => ({ id, data: { order } });

describe('inReadingOrder', () => {
  it('inReadingOrder sorts chapters by their order field', () => {
    expect(inReadingOrder([chapter('c', 3), chapter('a', 1), chapter('b', 2)]).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('inReadingOrder does not change the list it is given', () => {
    const list = [chapter('b', 2), chapter('a', 1)];
    inReadingOrder(list);
    expect(list.map((c) => c.id)).toEqual(['b', 'a']);
  });
  it('inReadingOrder throws naming both chapter files when two share an order', () => {
    expect(() => inReadingOrder([chapter('policies', 2), chapter('crisis', 2)])).toThrow(
      'content/chapters/crisis.mdx and content/chapters/policies.mdx both have order: 2',
    );
  });
});
