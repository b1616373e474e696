import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/sequence.ts';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('neighbours', () => {
  it('neighbours returns the items before and after an id', () => {
    expect(neighbours(items, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
  });
  it('neighbours has no previous for the first item and no next for the last', () => {
    expect(neighbours(items, 'a').prev).toBeUndefined();
    expect(neighbours(items, 'c').next).toBeUndefined();
  });
  it('neighbours throws naming the id and the list when the id is not in it', () => {
    expect(() => neighbours(items, 'z')).toThrow('"z" is not in the list (a, b, c)');
  });
});
