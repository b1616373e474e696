import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectedIds, extentDeg, geometryMeets, lineMeets, ringsContain, segmentMeets, type Bounds } from '../support/drawn.ts';

const VIEW: Bounds = [0, 0, 10, 10];
const square = (x: number, y: number, size: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

describe('segmentMeets', () => {
  it('finds a segment crossing the rectangle with both ends outside', () => expect(segmentMeets(VIEW, [-5, 5], [15, 5])).toBe(true));
  it('misses a segment beside the rectangle', () => expect(segmentMeets(VIEW, [-5, 11], [15, 11])).toBe(false));
  it('misses a diagonal that passes the corner', () => expect(segmentMeets(VIEW, [9, 12], [12, 9])).toBe(false));
  it('finds a vertical segment through the rectangle', () => expect(segmentMeets(VIEW, [5, -1], [5, 11])).toBe(true));
});

describe('lineMeets', () => {
  it('counts a vertex inside', () => expect(lineMeets(VIEW, [[20, 20], [5, 5]])).toBe(true));
  it('rejects a line wholly outside', () => expect(lineMeets(VIEW, [[20, 20], [30, 25], [40, 20]])).toBe(false));
});

describe('geometryMeets', () => {
  it('finds a polygon overlapping the frame', () => expect(geometryMeets(VIEW, square(8, 8, 5))).toBe(true));
  it('finds a polygon holding the whole frame (no edge inside)', () => expect(geometryMeets(VIEW, square(-10, -10, 40))).toBe(true));
  it('rejects a polygon far away', () => expect(geometryMeets(VIEW, square(50, 50, 2))).toBe(false));
  it('reads rings in either winding order', () => {
    const ring = square(-10, -10, 40).coordinates[0]!;
    expect(ringsContain([[...ring].reverse()], [5, 5])).toBe(true);
  });
});

describe('expectedIds', () => {
  it('tells shapes surely drawn from those that graze the frame or are too small to be sure of', () => {
    const shapes = [
      { id: 'inside', shape: square(2, 2, 1) },
      { id: 'grazing', shape: square(10.05, 5, 1) },
      { id: 'tiny', shape: square(5, 5, 0.01) },
      { id: 'far', shape: square(30, 30, 1) },
    ];
    expect(expectedIds(shapes, VIEW, 0.1, geometryMeets, extentDeg)).toEqual({ sure: ['inside'], maybe: ['grazing', 'inside', 'tiny'] });
  });
});

describe('extentDeg', () => {
  it('is the larger side of the bounding box', () => expect(extentDeg({ type: 'LineString', coordinates: [[0, 0], [3, 1]] })).toBe(3));
});
