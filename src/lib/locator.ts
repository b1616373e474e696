/**
 * Build time: small locator maps for the cluster and region pages, drawn by the maps' static SVG
 * renderer (src/lib/svg-render.ts) around the place, with the place emphasised. No JavaScript:
 * the pages show them as <img>, and the social previews embed them.
 */
import { geoBounds } from 'd3-geo';
import type { Cluster, Region } from '../schemas/generated';
import type { Bounds, View } from '../schemas/view';
import { paddedExtent } from './entity-pages';
import { PREVIEW, PREVIEW_MAP_WIDTH } from './preview-image';
import { renderViewSvg, type SvgData, type SvgGeo } from './svg-render';

export interface LocatorSize {
  readonly width: number;
  readonly height: number;
}

/**
 * One size for the page picture and the map part of the social preview, so each locator is drawn
 * once per build and reused (drawing one costs ~0.1–0.2 s; there are ≈ 170).
 */
export const LOCATOR_SIZE: LocatorSize = { width: PREVIEW_MAP_WIDTH, height: PREVIEW.height };
const drawn = new Map<string, string>();

/** Draw once per key and build (only pictures of the default size are kept). */
function once(key: string, size: LocatorSize, draw: () => string): string {
  if (size !== LOCATOR_SIZE) return draw();
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = draw();
    drawn.set(key, svg);
  }
  return svg;
}

/** A view made for one picture (not one of the report's views). */
function locatorView(id: string, title: string, layers: View['layers'], regionLevel: 0 | 2, metric: string | null, extent: Bounds): View {
  return {
    id, title, description: title, layers, regionLevel, metric, metrics: [], colorBy: 'ecosystem', extent,
    filters: { categories: [], ecosystems: [], countries: [], linkKinds: ['declared', 'suggested'] },
  };
}

type Collection = SvgGeo['countries'];
const boundsCache = new WeakMap<Collection['features'][number], Bounds>();

/**
 * Only the shapes that reach into `extent` (with a margin): the renderer draws every feature it is
 * given and clips afterwards, so an uncropped locator would carry all of Europe (≈ 250 KB per picture).
 */
function crop(collection: Collection, [[w, s], [e, n]]: Bounds, margin = 2): Collection {
  return {
    ...collection,
    features: collection.features.filter((f) => {
      let b = boundsCache.get(f);
      if (!b) {
        b = geoBounds(f) as Bounds;
        boundsCache.set(f, b);
      }
      const [[fw, fs], [fe, fn]] = b;
      const wraps = fw > fe; // crosses the antimeridian: keep it, rare and cheap
      return wraps || (fw <= e + margin && fe >= w - margin && fs <= n + margin && fn >= s - margin);
    }),
  };
}

/** The data with geometry limited to the extent. */
function cropped(data: SvgData, extent: Bounds): SvgData {
  const nuts2 = crop(data.geo.nuts2, extent);
  // A locator is drawn around its place: outermost regions in view belong to the main frame, not to insets.
  const inline = { ...nuts2, features: nuts2.features.map((f) => (f.properties?.outermost ? { ...f, properties: { ...f.properties, outermost: false } } : f)) };
  return { ...data, geo: { countries: crop(data.geo.countries, extent), nuts2: inline } };
}

/** A cluster among its neighbours: about 14° × 8° around it (a few hundred km each way). */
export function clusterLocatorSvg(cluster: Cluster, data: SvgData, size: LocatorSize = LOCATOR_SIZE): string {
  return once(`c:${cluster.id}`, size, () => {
    const extent = paddedExtent([[cluster.lon, cluster.lat], [cluster.lon, cluster.lat]], 0, { lon: 12, lat: 9 });
    const view = locatorView(`loc-c-${cluster.id}`, `Location of ${cluster.name} in ${cluster.city}`, ['clusters'], 0, null, extent);
    return renderViewSvg(view, cropped(data, extent), { ...size, extent, panel: false, highlight: { cluster: cluster.id } });
  });
}

/** A region outlined, over the number of clusters per region of its level. */
export function regionLocatorSvg(region: Region, data: SvgData, size: LocatorSize = LOCATOR_SIZE): string {
  return once(`r:${region.id}`, size, () => {
    const collection = region.level === 0 ? data.geo.countries : data.geo.nuts2;
    const feature = collection.features.find((f) => String(f.id) === region.id);
    const [lon, lat] = region.centroid;
    const bounds: Bounds = feature ? (geoBounds(feature) as Bounds) : [[lon, lat], [lon, lat]];
    // geoBounds wraps across the antimeridian for shapes that cross it; fall back to the centroid then.
    const safe: Bounds = bounds[0][0] <= bounds[1][0] ? bounds : [[lon, lat], [lon, lat]];
    const extent = paddedExtent(safe, 1.5, { lon: 12, lat: 7 });
    const metric = data.metrics.some((m) => m.id === 'clusters' && m.levels.includes(region.level)) ? 'clusters' : null;
    const view = locatorView(`loc-r-${region.id}`, `Location of ${region.name}`, ['regions', 'clusters'], region.level, metric, extent);
    return renderViewSvg(view, cropped(data, extent), { ...size, extent, panel: false, highlight: { region: region.id } });
  });
}
