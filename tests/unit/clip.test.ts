import { describe, expect, it } from 'vitest';
import { bboxesIntersect, clipPolygonal, clipRing, ringArea, unwrapRing } from '../../scripts/lib/clip.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('clip', () => {
  it('ringArea is the planar area, signed by winding', () => {
    expect(ringArea(square(0, 0, 2, 3))).toBe(6);
    expect(ringArea([...square(0, 0, 2, 3)].reverse())).toBe(-6);
  });

  it('clipRing cuts a ring to the box and closes it', () => {
    const r = clipRing(square(-5, -5, 5, 5), [0, 0, 10, 10])!;
    expect(Math.abs(ringArea(r))).toBe(25);
    expect(r[0]).toEqual(r[r.length - 1]);
  });

  it('clipRing returns null for a ring outside the box', () => {
    expect(clipRing(square(20, 20, 30, 30), [0, 0, 10, 10])).toBeNull();
  });

  it('clipPolygonal drops parts outside the box and keeps the rest as a MultiPolygon', () => {
    const g = clipPolygonal({ type: 'MultiPolygon', coordinates: [[square(1, 1, 2, 2)], [square(50, 50, 60, 60)]] }, [0, 0, 10, 10]);
    expect(g?.coordinates).toHaveLength(1);
    expect(clipPolygonal({ type: 'Polygon', coordinates: [square(50, 50, 60, 60)] }, [0, 0, 10, 10])).toBeNull();
  });

  it('bboxesIntersect is true for touching or overlapping boxes only', () => {
    expect(bboxesIntersect([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(bboxesIntersect([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });

  it('unwrapRing makes longitudes continuous across the antimeridian', () => {
    expect(unwrapRing([[170, 60], [-170, 60], [-170, 70], [170, 60]])).toEqual([[170, 60], [190, 60], [190, 70], [170, 60]]);
  });

  it('clipRing does not turn the far-east part of an antimeridian-crossing ring into a sliver in the box', () => {
    // A ring from 30°E eastward to 170°W (crossing 180°), clipped to a box ending at 45°E.
    const ring = [[30, 60], [179, 60], [-170, 60], [-170, 70], [179, 70], [30, 70], [30, 60]];
    const r = clipRing(ring, [-25, 34, 45, 72])!;
    const lons = r.map((p) => p[0]!);
    expect(Math.min(...lons)).toBe(30);
    expect(Math.max(...lons)).toBe(45);
    expect(Math.abs(ringArea(r))).toBe(150);
  });
});
