import { expect, test } from 'vitest';
import { GROUP_BUBBLE_FALLBACK, groupCounts, mainColor } from '../../src/features/map/style';

test('groupCounts(colours) counts, per colour, the clusters of a bubble that have it', () => {
  expect(groupCounts(['#111111', '#222222'])).toEqual({
    g0: ['+', ['case', ['==', ['get', 'color'], '#111111'], 1, 0]],
    g1: ['+', ['case', ['==', ['get', 'color'], '#222222'], 1, 0]],
  });
});

test('mainColor(colours) picks the colour with the most clusters, the first on a tie', () => {
  const most = ['max', ['get', 'g0'], ['get', 'g1']];
  expect(mainColor(['#111111', '#222222'])).toEqual(['case', ['==', ['get', 'g0'], most], '#111111', ['==', ['get', 'g1'], most], '#222222', GROUP_BUBBLE_FALLBACK]);
});

test('mainColor of one colour is that colour, of none the fallback grey', () => {
  expect(mainColor(['#111111'])).toBe('#111111');
  expect(mainColor([])).toBe(GROUP_BUBBLE_FALLBACK);
});
