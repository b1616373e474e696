/**
 * Build time: everything one map figure renders on the server, derived from a view and the data
 * with the same pure helpers the browser uses (so the server HTML and the live map agree).
 */
import { geoBounds, geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Metric } from '../../schemas/generated';
import type { Bounds, View } from '../../schemas/view';
import type { MapConfig, MapFrame, OutermostRegion } from './config';
import { centredBounds } from './camera';
import { groupOf, initialFilters, metricsFor, resolveMetric, visibleClusters, visibleLinks, filterOptions, type MapCluster, type MapLink, type MapRegion } from './map-data';
import { groupColors, metricLegend, type LegendEntry } from './map-legend';
import { summarise } from './map-summary';
import { regionRows, tableColumns, tableRows, type RegionRow, type TableColumn, type TableRow } from './map-table';
import { urlContextFrom } from '../url-state/url-context';
import type { SvgData, SvgGeo } from '../../lib/svg-render';

export interface PreparedMap {
  view: View;
  metric: Metric | null;
  metrics: Metric[];
  clusters: MapCluster[];
  links: MapLink[];
  regions: MapRegion[];
  summary: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Regions of the view's level by the default metric (empty without a metric). */
  regionRows: RegionRow[];
  metricLegend: LegendEntry[];
  groupLegend: LegendEntry[];
  groupColors: [string, string][];
  options: ReturnType<typeof filterOptions>;
  outermost: OutermostRegion[];
  /** The same regions drawn small, for the insets on the map. */
  insets: Inset[];
}

/** An outermost region as an inset button: its outline as an SVG path in an INSET_W × INSET_H box. */
export interface Inset extends OutermostRegion {
  short: string;
  path: string;
}
export const INSET_W = 44;
export const INSET_H = 28;

/** "Região Autónoma dos Açores" → "Açores": the inset's visible name (the full one is its label). */
export function shortName(name: string): string {
  return name.replace(/^Região Autónoma d[aeo]s? /, '');
}

/** Outlines of the outermost regions, fitted each to its inset box, rounded to 0.1 px. */
export function insetsOf(geo: SvgGeo, regions: readonly OutermostRegion[]): Inset[] {
  return regions.map((o) => {
    const f = geo.nuts2.features.find((g) => String(g.id) === o.id);
    const projection = f ? geoMercator().fitExtent([[1, 1], [INSET_W - 1, INSET_H - 1]], f) : null;
    const d = f && projection ? geoPath(projection)(f) ?? '' : '';
    return { ...o, short: shortName(o.name), path: d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)) };
  });
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** Outermost regions (properties.outermost in the NUTS-2 geometry) with their bounds, for jump buttons. */
export function outermostRegions(geo: SvgGeo): OutermostRegion[] {
  return geo.nuts2.features
    .filter((f) => f.properties?.outermost === true)
    .map((f) => {
      const [[w, s], [e, n]] = geoBounds(f);
      return { id: String(f.id), name: f.properties?.name ?? String(f.id), bounds: [[r2(w), r2(s)], [r2(e), r2(n)]] as Bounds };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A view filtering on a name the data does not have would silently show nothing: fail the build instead. */
export function checkViewFilters(view: View, options: ReturnType<typeof filterOptions>): void {
  for (const key of ['ecosystems', 'categories', 'countries'] as const) {
    const unknown = view.filters[key].filter((v) => !options[key].includes(v));
    if (unknown.length > 0) {
      throw new Error(`src/data/views.ts: view "${view.id}" filters ${key} on ${unknown.map((u) => `"${u}"`).join(', ')}, which no cluster has; expected one of: ${options[key].join(', ')}`);
    }
  }
}

export function prepareMap(view: View, data: SvgData): PreparedMap {
  const options = filterOptions(data.clusters);
  checkViewFilters(view, options);
  const filters = initialFilters(view);
  const metric = resolveMetric(view, data.metrics);
  const clusters = visibleClusters(data.clusters, filters);
  const links = view.layers.includes('links') ? visibleLinks(data.links, new Set(clusters.map((c) => c.id)), filters) : [];
  const regions = data.regions.filter((r) => r.level === view.regionLevel);
  const colors = groupColors(clusters.map((c) => groupOf(c, view.colorBy)));
  return {
    view,
    metric,
    metrics: metricsFor(view, data.metrics),
    clusters,
    links,
    regions,
    summary: summarise({ view, clusters, links, regions, metric, layers: view.layers }),
    columns: tableColumns(view, metric),
    rows: tableRows(view, data.clusters, regions, metric),
    regionRows: metric ? regionRows(regions, metric) : [],
    metricLegend: metric ? metricLegend(metric) : [],
    groupLegend: colors.legend,
    groupColors: [...colors.colors.entries()],
    options,
    outermost: outermostRegions(data.geo),
    insets: insetsOf(data.geo, outermostRegions(data.geo)),
  };
}

/** Extent of the land shapes (scripts/derive-geometry.ts LAND_BBOX): the camera stays inside it, so no clip edge is in sight. */
export const LAND_EXTENT: Bounds = [[-58, 24], [68, 84]];

/** The latitude halfway between two others on the Web Mercator map (what the live map draws). */
function midLat(s: number, n: number): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return (360 / Math.PI) * Math.atan(Math.exp((y(s) + y(n)) / 2)) - 90;
}

/**
 * The default frame: the view's extent, centred on the mapped (non-background) countries' centroid
 * (the countries the data covers, area-weighted on the sphere), so the first zoom heads for the middle of Europe, not the North Sea.
 */
export function defaultFrame(view: View, data: SvgData): MapFrame {
  const ids = new Set(data.regions.filter((r) => r.level === 0).map((r) => r.id));
  const mapped: Feature<Geometry>[] = data.geo.countries.features.filter((f) => ids.has(String(f.id)));
  const [lon] = geoCentroid({ type: 'FeatureCollection', features: mapped });
  // Centred in longitude only: centring on the centroid's latitude (≈ 49° N) too would stretch the
  // frame far into Africa to keep the North Cape in view, wider than any screen can show whole.
  const [[, s0], [, n0]] = view.extent;
  const [[w, s], [e, n]] = centredBounds(view.extent, [r2(lon), midLat(s0, n0)]);
  return { bounds: [[r2(w), r2(s)], [r2(e), r2(n)]], maxBounds: LAND_EXTENT };
}

/** The client's configuration for one figure. `base` is the site's base path (import.meta.env.BASE_URL). */
export function mapConfig(p: PreparedMap, views: readonly View[], data: SvgData, href: (path: string) => string, regionPages: string[] = []): MapConfig {
  const { clusters: _c, regions: _r, ...url } = urlContextFrom(p.view.id, views, data);
  const v = p.view;
  return {
    view: { id: v.id, title: v.title, layers: v.layers, regionLevel: v.regionLevel, colorBy: v.colorBy, extent: v.extent },
    dataUrl: href('/maps/data.json'),
    seriesUrl: href('/data/series/'),
    geo: { countries: href('/data/geo/countries.topo.json'), nuts2: href('/data/geo/nuts2.topo.json') },
    url,
    groupColors: p.groupColors,
    outermost: p.outermost,
    frame: defaultFrame(v, data),
    pages: { cluster: href('/clusters/'), region: href('/regions/'), regions: regionPages },
  };
}
