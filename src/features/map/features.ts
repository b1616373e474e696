/**
 * GeoJSON for the live map's sources, built from the compact data and the current state.
 * Colours and sizes are computed here once per change (not in style expressions), with the same
 * functions as the static SVG, so both pictures agree.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { Metric } from '../../schemas/generated';
import { greatCircle } from './map-arcs';
import { groupOf, type MapCluster, type MapLink, type MapRegion } from './map-data';
import { classify, clusterRadius, groupColor } from './map-legend';
import type { ClientView } from './config';

/** Properties of the committed geometry (data/geo/README.md): label point in `centroid`, [lon, lat]. */
export type GeoProps = { name?: string; country?: string; outermost?: boolean; background?: boolean; centroid?: [number, number] } | null;

export function clusterFeatures(clusters: readonly MapCluster[], view: ClientView, colors: ReadonlyMap<string, string>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: { id: c.id, color: groupColor(colors, groupOf(c, view.colorBy)), r: clusterRadius(c.members), st: c.status },
    })),
  };
}

/**
 * Above this many links the arcs are drawn as plain two-point lines: every extra vertex is tiled by
 * the worker for every tile the line crosses, and at tens of thousands of links (a hairball at
 * Europe's scale anyway) the curvature is not worth seconds of software rendering.
 */
export const MAX_CURVED_LINKS = 5000;

export function linkFeatures(links: readonly MapLink[], byId: ReadonlyMap<string, MapCluster>): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  const curved = links.length <= MAX_CURVED_LINKS;
  for (const l of links) {
    const a = byId.get(l.source);
    const b = byId.get(l.target);
    if (!a || !b) continue;
    const coordinates = curved ? greatCircle([a.lon, a.lat], [b.lon, b.lat]) : [[a.lon, a.lat], [b.lon, b.lat]];
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: { id: l.id, kind: l.kind } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Region polygons with their class colour: `nd` = 1 for "no data" (hatched), 0 with a `fill`
 * colour for a value, -1 for shapes that are not regions of the data (neighbouring countries).
 */
export function regionFeatures(shapes: readonly Feature<Geometry, GeoProps>[], regions: ReadonlyMap<string, MapRegion>, metric: Metric | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: shapes.map((f) => {
      const id = String(f.id ?? '');
      const r = regions.get(id);
      const v = metric && r ? (r.values[metric.id] ?? null) : null;
      const k = metric ? classify(v, metric.breaks) : null;
      const nd = !r || !metric ? -1 : k === null ? 1 : 0;
      // Never "": the fill layer reads every region's colour (hidden by opacity when it has no data).
      const fill = !metric ? '' : k === null ? metric.noDataColor : (metric.colors[Math.min(k, metric.colors.length - 1)] ?? metric.noDataColor);
      return { type: 'Feature', geometry: f.geometry, properties: { id, name: r?.name ?? f.properties?.name ?? id, nd, fill } };
    }),
  };
}
