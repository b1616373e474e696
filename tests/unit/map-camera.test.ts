import { expect, test } from 'vitest';
import { boundsOf, centredBounds, withSurroundings } from '../../src/features/map/camera';

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

test('centredBounds(extent, centre) holds the whole extent', () => {
  const [[w, s], [e, n]] = centredBounds([[-25, 34], [35, 71.5]], [12, 50]);
  expect(w).toBeLessThanOrEqual(-25);
  expect(e).toBeGreaterThanOrEqual(35);
  expect(s).toBeLessThanOrEqual(34 + 1e-9);
  expect(n).toBeGreaterThanOrEqual(71.5 - 1e-9);
});

test('centredBounds(extent, centre) puts the centre in the middle, in longitude and in Web Mercator', () => {
  const [[w, s], [e, n]] = centredBounds([[-25, 34], [35, 71.5]], [12, 50]);
  expect((w + e) / 2).toBeCloseTo(12, 9);
  expect((mercY(s) + mercY(n)) / 2).toBeCloseTo(mercY(50), 9);
});

test('centredBounds(extent, its own mercator centre) returns the extent itself', () => {
  const midLat = (360 / Math.PI) * Math.atan(Math.exp((mercY(34) + mercY(71.5)) / 2)) - 90;
  const [[w, s], [e, n]] = centredBounds([[-25, 34], [35, 71.5]], [5, midLat]);
  expect([w, s, e, n].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([-25, 34, 35, 71.5]);
});

test('boundsOf(geometry) spans every ring of a multipolygon', () => {
  expect(boundsOf({ type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 2], [3, 5], [1, 2]]], [[[-4, -1], [0, -1], [0, 0], [-4, -1]]]] })).toEqual([[-4, -1], [3, 5]]);
});

test('boundsOf(null) and of an empty geometry is null', () => {
  expect(boundsOf(null)).toBeNull();
  expect(boundsOf({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
});

test('a selected region is framed with its surroundings: its bounds grown about their centre, latitudes kept on the map', () => {
  const [[w, s], [e, n]] = withSurroundings([[-7.5, 36], [-1.5, 38.7]], 2);
  for (const [got, want] of [[w, -10.5], [s, 34.65], [e, 1.5], [n, 40.05]] as const) expect(got).toBeCloseTo(want, 9);
  expect(withSurroundings([[10, 80], [20, 84]], 3)[1][1]).toBe(85);
});
