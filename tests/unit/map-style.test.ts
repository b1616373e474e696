import { expect, test } from 'vitest';
import { buildStyle, GROUP_BUBBLE_FALLBACK, groupCounts, layerVisibility, mainColor } from '../../src/features/map/style';

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

test('layerVisibility shows the layers of the shown groups, and a link kind only with the links layer on', () => {
  expect(Object.fromEntries(layerVisibility(['regions', 'links'], ['declared']))).toEqual({
    'regions-fill': 'visible', 'regions-nodata': 'visible', 'regions-line': 'visible',
    'links-suggested': 'none', 'links-declared': 'visible',
    'cluster-bubbles': 'none', 'cluster-points': 'none',
  });
  expect(layerVisibility(['clusters'], ['declared', 'suggested']).get('links-declared')).toBe('none');
});

test('buildStyle gives each toggleable layer the first state\'s visibility and keeps its other layout', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const style = buildStyle({ land: empty, regions: empty, clusters: empty, links: empty, groupColors: [], visibility: layerVisibility(['links'], ['suggested']) }, 2);
  const layout = (id: string) => style.layers.find((l) => l.id === id)?.layout as Record<string, unknown> | undefined;
  expect(layout('links-suggested')).toEqual({ 'line-cap': 'butt', visibility: 'visible' });
  expect(layout('links-declared')).toEqual({ visibility: 'none' });
  expect(layout('regions-fill')).toEqual({ visibility: 'none' });
  expect(layout('land')).toBeUndefined();
});
