import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { indexRegions, readTopoLayer } from '../../scripts/lib/geo.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';
import { LAND_EXTENT } from '../../src/features/map/map-page';

const problems: Problem[] = [];
const nuts2 = readTopoLayer('data/geo/nuts2.topo.json', readFileSync('data/geo/nuts2.topo.json', 'utf8'), 'nuts2', problems)!;
const countries = readTopoLayer('data/geo/countries.topo.json', readFileSync('data/geo/countries.topo.json', 'utf8'), 'countries', problems)!;
const index = indexRegions(nuts2.shapes);

describe('the committed geometry', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds the NUTS-2 2021 regions of EU27, EFTA and the UK, outermost regions flagged', () => {
    const countriesOfRegions = new Set(nuts2.shapes.map((s) => s.country));
    expect([...countriesOfRegions].sort()).toEqual(
      'AT BE BG CH CY CZ DE DK EE EL ES FI FR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK UK'.split(' '),
    );
    expect(nuts2.shapes.filter((s) => s.outermost).map((s) => s.id)).toEqual(['ES70', 'FRY1', 'FRY2', 'FRY3', 'FRY4', 'FRY5', 'PT20', 'PT30']);
    expect(nuts2.shapes.find((s) => s.id === 'MT00')?.name).toBe('Malta');
  });

  it('has no inverted polygon, which d3-geo would paint over the whole globe', () => {
    for (const layer of [nuts2, countries]) {
      for (const shape of layer.shapes) {
        const g = shape.feature.geometry;
        for (const coordinates of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
          expect(geoArea({ type: 'Polygon', coordinates }), shape.id).toBeLessThan(2 * Math.PI);
        }
      }
    }
  });

  it('keeps every region and country an area: none collapsed by simplification (Ceuta, Melilla, Monaco, Vatican included)', () => {
    for (const layer of [nuts2, countries]) {
      for (const shape of layer.shapes) {
        expect(shape.bbox[2] - shape.bbox[0], `${shape.id} width (degrees)`).toBeGreaterThan(0);
        expect(shape.bbox[3] - shape.bbox[1], `${shape.id} height (degrees)`).toBeGreaterThan(0);
        expect(geoArea(shape.feature), `${shape.id} area`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the countries inside the land frame the live map may show (no antimeridian slivers)', () => {
    const [[w, s], [e, n]] = LAND_EXTENT;
    for (const c of countries.shapes) {
      expect(c.bbox[0], c.id).toBeGreaterThanOrEqual(w - 0.001);
      expect(c.bbox[1], c.id).toBeGreaterThanOrEqual(s - 0.001);
      expect(c.bbox[2], c.id).toBeLessThanOrEqual(e + 0.001);
      expect(c.bbox[3], c.id).toBeLessThanOrEqual(n + 0.001);
    }
  });

  it('has land on every side of Europe up to the frame the camera is kept in (no clip edge in sight)', () => {
    const [[w, s], [e, n]] = LAND_EXTENT;
    const all = countries.shapes.map((c) => c.bbox);
    expect(Math.min(...all.map((b) => b[0]))).toBeLessThanOrEqual(w + 1);
    expect(Math.min(...all.map((b) => b[1]))).toBeLessThanOrEqual(s + 1);
    expect(Math.max(...all.map((b) => b[2]))).toBeGreaterThanOrEqual(e - 1);
    expect(Math.max(...all.map((b) => b[3]))).toBeGreaterThanOrEqual(n - 1);
  });

  it('has countries keyed by Eurostat code, with background countries outside NUTS marked', () => {
    const ids = countries.shapes.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['EL', 'UK', 'BA', 'XK', 'UA', 'MT']));
    expect(countries.shapes.find((s) => s.id === 'BA')?.background).toBe(true);
    expect(countries.shapes.find((s) => s.id === 'DE')?.background).toBe(false);
  });
});

describe('indexRegions', () => {
  it('locates a city centroid in its NUTS-2 region', () => {
    expect(index.locate(9.993, 53.5507, 'DE')?.id).toBe('DE60'); // Hamburg
    expect(index.locate(23.7278, 37.9838, 'EL')?.id).toBe('EL30'); // Athens
    expect(index.locate(-15.4134, 28.0997, 'ES')?.id).toBe('ES70'); // Las Palmas, an outermost region
  });

  it('accepts a point just off a simplified coastline within the tolerance', () => {
    // 0.03° (≈ 3 km) out into the Baltic off Rostock's coast.
    const region = index.locate(12.1, 54.22, 'DE');
    expect(region?.id).toBe('DE80');
    // ≈ 35 km out at sea is beyond the tolerance.
    expect(index.locate(12.1, 54.5, 'DE')).toBeNull();
  });

  it('does not place a point in a region of another country', () => {
    expect(index.locate(9.993, 53.5507, 'FR')).toBeNull();
    expect(index.locateAnywhere(9.993, 53.5507)?.id).toBe('DE60');
  });
});

describe('readTopoLayer', () => {
  const read = (text: string, object = 'nuts2') => {
    const found: Problem[] = [];
    const layer = readTopoLayer('g.json', text, object, found);
    return { layer, problems: found.map(formatProblem) };
  };
  it('rejects JSON that is not a topology', () => {
    expect(read('{"type":"FeatureCollection","features":[]}').problems).toEqual([
      'g.json:1:1 — found JSON that is not a TopoJSON topology, expected {"type":"Topology","arcs":[…],"objects":{…}}',
    ]);
  });
  it('names the objects a topology holds when the expected one is missing', () => {
    expect(read('{"type":"Topology","arcs":[],"objects":{"NUTS":{"type":"GeometryCollection","geometries":[]}}}').problems).toEqual([
      'g.json:1:1 — found the objects "NUTS", expected a GeometryCollection named "nuts2"',
    ]);
  });
  it('reports invalid JSON at the line and column where parsing stopped', () => {
    expect(read('{"type":\n"Topology",').problems[0]).toMatch(/^g\.json:2:1\d — found invalid JSON \(file truncated\?\)/);
  });
  it('rejects features without id, name or centroid', () => {
    const topo = '{"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,0]]],"objects":{"nuts2":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"properties":{}}]}}}';
    expect(read(topo).problems).toHaveLength(1);
  });
});
