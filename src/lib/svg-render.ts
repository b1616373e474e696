/**
 * Static SVG picture of a map view, rendered at build time from the same data as the live map.
 * It serves readers without JavaScript, print, and (through sharp) the social preview image.
 * Pure: data in, SVG string out; every data-derived text is XML-escaped.
 *
 * Layout: the map on the left (Europe in ETRS89-LAEA-like azimuthal equal-area), a side panel
 * with title and legends on the right, outermost regions as insets in the map's lower-left corner.
 */
import { geoArea, geoAzimuthalEqualArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { Metric } from '../schemas/generated';
import type { Bounds, View } from '../schemas/view';
import { clusterMatches, groupOf, initialFilters, metricById, resolveMetric, visibleLinks, type MapCluster, type MapData, type MapFilters } from '../features/map/map-data';
import { clusterRadius, colorFor, groupColor, groupColors, LINK_STYLE, metricLegend, sizeKey, type LegendEntry } from '../features/map/map-legend';
import { escapeXml as x } from './svg-escape';
import { legendHeading } from '../features/map/map-text';
import { shortName } from '../features/map/map-page';

export type GeoProps = { name?: string; country?: string; outermost?: boolean } | null;
export interface SvgGeo {
  countries: FeatureCollection<Geometry, GeoProps>;
  nuts2: FeatureCollection<Geometry, GeoProps>;
}
export interface SvgData extends MapData {
  geo: SvgGeo;
}
export interface SvgOptions {
  /** Pixel size of the whole picture (map + panel). Default 1200 × 800. */
  width?: number;
  height?: number;
  /** Extent to fit instead of the view's (e.g. a cluster page's neighbourhood). */
  extent?: Bounds;
  /** Filters instead of the view's defaults. */
  filters?: MapFilters;
  /** Metric id instead of the view's default. */
  metric?: string;
  /** Draw this cluster / region emphasised. */
  highlight?: { cluster?: string; region?: string };
  /** Side panel with title and legends (default true). */
  panel?: boolean;
  /** Prefix for ids inside the SVG so several can share a page. Default `m-<view id>`. */
  idPrefix?: string;
}

const LAND = '#e4e4e0';
const BORDER = '#ffffff';
const COUNTRY_LINE = '#8a8a8a';
const SEA = '#f2f6f9';
const PANEL_W = 300;
const FONT = 'font-family="system-ui, sans-serif"';

/** Points along the border of a lon/lat box, so the projection fits the box's curved outline. */
function boxOutline([[w, s], [e, n]]: Bounds): MultiPoint {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = w + ((e - w) * i) / 10;
    const lat = s + ((n - s) * i) / 10;
    pts.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates: pts };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * d3-geo reads polygons on the sphere: an exterior ring must run clockwise, otherwise it means
 * "the whole globe except this". GeoJSON (RFC 7946) files wind the other way, so a polygon whose
 * area exceeds a hemisphere has its rings reversed. Returns a new feature; the input is untouched.
 */
export function windForD3<F extends Feature<Geometry, GeoProps>>(f: F): F {
  const g = f.geometry;
  // Each polygon is checked on its own: a MultiPolygon may mix both windings.
  const fix = (rings: number[][][]) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings);
  if (g.type === 'Polygon') {
    const c = fix(g.coordinates);
    return c === g.coordinates ? f : { ...f, geometry: { ...g, coordinates: c } };
  }
  if (g.type === 'MultiPolygon') {
    const c = g.coordinates.map(fix);
    return c.every((p, i) => p === g.coordinates[i]) ? f : { ...f, geometry: { ...g, coordinates: c } };
  }
  return f;
}

const windCache = new WeakMap<FeatureCollection<Geometry, GeoProps>, Feature<Geometry, GeoProps>[]>();
/** Features of a collection, wound for d3 (cached per collection). */
function features(fc: FeatureCollection<Geometry, GeoProps>): Feature<Geometry, GeoProps>[] {
  let fs = windCache.get(fc);
  if (!fs) {
    fs = fc.features.map(windForD3);
    windCache.set(fc, fs);
  }
  return fs;
}

interface Ctx {
  view: View;
  data: SvgData;
  metric: Metric | null;
  clusters: MapCluster[];
  colors: ReturnType<typeof groupColors>;
  regionValues: Map<string, number | null>;
  id: string;
  highlight: SvgOptions['highlight'];
}

function fillOf(ctx: Ctx, regionId: string | number | undefined): string {
  if (!ctx.metric || regionId === undefined) return LAND;
  const v = ctx.regionValues.get(String(regionId));
  if (v === undefined) return LAND; // not a region of the data (e.g. a neighbouring country)
  return v === null ? `url(#${ctx.id}-nodata)` : colorFor(v, ctx.metric);
}

/** One frame of geography: regions, borders, links, clusters. */
function drawFrame(ctx: Ctx, projection: GeoProjection, opts: { outermost: boolean; features?: Feature<Geometry, GeoProps>[] }): string {
  const path = geoPath(projection).digits(1);
  const out: string[] = [];
  const showRegions = ctx.view.layers.includes('regions');
  const isOuter = (f: Feature<Geometry, GeoProps>) => f.properties?.outermost === true;
  const nuts = opts.features ?? features(ctx.data.geo.nuts2).filter((f) => isOuter(f) === opts.outermost);
  const countries = opts.outermost ? [] : features(ctx.data.geo.countries);
  // Land and level-0 choropleth.
  for (const f of countries) {
    const d = path(f);
    if (!d) continue;
    const fill = showRegions && ctx.view.regionLevel === 0 ? fillOf(ctx, f.id) : LAND;
    out.push(`<path d="${d}" fill="${fill}" stroke="${BORDER}" stroke-width="0.5"/>`);
  }
  // NUTS-2 choropleth (always drawn in insets, where the country layer is absent).
  if ((showRegions && ctx.view.regionLevel === 2) || opts.outermost) {
    for (const f of nuts) {
      const d = path(f);
      if (!d) continue;
      const fill = showRegions && ctx.view.regionLevel === 2 ? fillOf(ctx, f.id) : LAND;
      const hl = ctx.highlight?.region !== undefined && ctx.highlight.region === f.id;
      out.push(`<path d="${d}" fill="${fill}" stroke="${hl ? '#000' : BORDER}" stroke-width="${hl ? 2 : 0.4}"/>`);
    }
  }
  if (countries.length > 0) {
    const borders = countries.map((f) => path(f)).filter(Boolean).join('');
    if (borders) out.push(`<path d="${borders}" fill="none" stroke="${COUNTRY_LINE}" stroke-width="0.6"/>`);
  }
  if (ctx.highlight?.region !== undefined && ctx.view.regionLevel === 0) {
    const f = countries.find((c) => c.id === ctx.highlight?.region);
    const d = f ? path(f) : null;
    if (d) out.push(`<path d="${d}" fill="none" stroke="#000" stroke-width="2"/>`);
  }
  const inFrame = opts.outermost
    ? ctx.clusters.filter((c) => nuts.some((f) => f.id === c.nuts2))
    : ctx.clusters.filter((c) => !c.nuts2 || !outermostIds(ctx).has(c.nuts2));
  if (ctx.view.layers.includes('links') && !opts.outermost) {
    const ids = new Set(inFrame.map((c) => c.id));
    const byId = new Map(inFrame.map((c) => [c.id, c]));
    const links = visibleLinks(ctx.data.links, ids, initialFiltersOf(ctx));
    // Suggested first so declared links stay on top.
    for (const kind of ['suggested', 'declared'] as const) {
      const st = LINK_STYLE[kind];
      const d = links.filter((l) => l.kind === kind).map((l) => {
        const a = byId.get(l.source)!;
        const b = byId.get(l.target)!;
        return path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] });
      }).filter(Boolean).join('');
      if (d) out.push(`<path d="${d}" fill="none" stroke="${st.color}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash.join(' ')}"` : ''} stroke-opacity="0.8"/>`);
    }
  }
  if (ctx.view.layers.includes('clusters')) {
    // Big markers first so small ones stay visible on top.
    const ordered = [...inFrame].sort((a, b) => clusterRadius(b.members) - clusterRadius(a.members) || a.id.localeCompare(b.id));
    for (const c of ordered) {
      const p = projection([c.lon, c.lat]);
      if (!p) continue;
      const color = groupColor(ctx.colors.colors, groupOf(c, ctx.view.colorBy));
      const r = clusterRadius(c.members);
      const hl = ctx.highlight?.cluster === c.id;
      // Same status keys as the live map: needs_check = dark ring, illustrative = hollow.
      const fill = c.status === 'illustrative' ? '#ffffff' : color;
      const stroke = hl ? '#000' : c.status === 'needs_check' ? '#111111' : c.status === 'illustrative' ? color : '#ffffff';
      const width = hl ? 2.5 : c.status === 'official' || c.status === 'compiled' ? 1.2 : 2;
      out.push(`<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="${hl ? r + 3 : r}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"><title>${x(c.name)}</title></circle>`);
    }
  }
  return out.join('');
}

/**
 * The highlighted cluster once more, on top of every other marker: a white halo and its name beside it
 * (right of the point, or left when the point is in the frame's right third), so a locator shows which
 * of the dots the page is about. Empty when nothing is highlighted or the cluster is out of the frame.
 */
function highlightOverlay(ctx: Ctx, projection: GeoProjection, mapW: number, height: number): string {
  const c = ctx.highlight?.cluster === undefined ? undefined : ctx.clusters.find((k) => k.id === ctx.highlight?.cluster);
  const p = c ? projection([c.lon, c.lat]) : null;
  if (!c || !p || p[0] < 0 || p[0] > mapW || p[1] < 0 || p[1] > height) return '';
  const r = clusterRadius(c.members) + 3;
  const fill = c.status === 'illustrative' ? '#ffffff' : groupColor(ctx.colors.colors, groupOf(c, ctx.view.colorBy));
  const right = p[0] < mapW * (2 / 3);
  const tx = right ? p[0] + r + 6 : p[0] - r - 6;
  return [
    `<g class="highlight"><circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="${r + 3}" fill="none" stroke="#ffffff" stroke-width="4"/>`,
    `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="${r}" fill="${fill}" stroke="#000" stroke-width="2.5"><title>${x(c.name)}</title></circle>`,
    `<text x="${r1(tx)}" y="${r1(p[1] + 5)}" text-anchor="${right ? 'start' : 'end'}" font-size="15" font-weight="700" ${FONT} fill="#111" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${x(truncate(c.name, 36))}</text></g>`,
  ].join('');
}

const outerCache = new WeakMap<object, Set<string>>();
function outermostIds(ctx: Ctx): Set<string> {
  let s = outerCache.get(ctx.data.geo.nuts2);
  if (!s) {
    s = new Set(ctx.data.geo.nuts2.features.filter((f) => f.properties?.outermost === true).map((f) => String(f.id)));
    outerCache.set(ctx.data.geo.nuts2, s);
  }
  return s;
}
const filtersOf = new WeakMap<Ctx, MapFilters>();
function initialFiltersOf(ctx: Ctx): MapFilters {
  return filtersOf.get(ctx) ?? initialFilters(ctx.view);
}

function legendRows(entries: LegendEntry[], x0: number, y0: number, id: string, shape: 'rect' | 'circle'): { svg: string; height: number } {
  const out: string[] = [];
  entries.forEach((e, i) => {
    const y = y0 + i * 18;
    const fill = e.noData ? `url(#${id}-nodata)` : e.color;
    out.push(shape === 'rect'
      ? `<rect x="${x0}" y="${y}" width="14" height="12" fill="${fill}" stroke="#999" stroke-width="0.5"/>`
      : `<circle cx="${x0 + 7}" cy="${y + 6}" r="5" fill="${fill}" stroke="#fff"/>`);
    out.push(`<text x="${x0 + 20}" y="${y + 10}" font-size="11" ${FONT} fill="#222">${x(truncate(e.label, 40))}</text>`);
  });
  return { svg: out.join(''), height: entries.length * 18 };
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Greedy word wrap by character count (SVG has no text flow); at most `lines` lines. */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) return [...out.slice(0, lines - 1), truncate(out.slice(lines - 1).join(' '), width)];
  return out;
}

function panel(ctx: Ctx, x0: number, height: number): string {
  const out: string[] = [`<rect x="${x0}" y="0" width="${PANEL_W}" height="${height}" fill="#ffffff"/>`];
  let y = 30;
  for (const line of wrap(ctx.view.title, 24, 3)) {
    out.push(`<text x="${x0 + 16}" y="${y}" font-size="18" font-weight="700" ${FONT} fill="#111">${x(line)}</text>`);
    y += 22;
  }
  const section = (label: string, entries: LegendEntry[], shape: 'rect' | 'circle') => {
    if (entries.length === 0 || y > height - 40) return;
    y += 10;
    // The heading wraps (up to 3 lines of ~38 bold characters, the panel's width) rather than being cut.
    const lines = wrap(label, 38, 3);
    lines.forEach((line, i) => out.push(`<text x="${x0 + 16}" y="${y + i * 15}" font-size="12" font-weight="700" ${FONT} fill="#333">${x(line)}</text>`));
    y += 8 + (lines.length - 1) * 15;
    const fit = Math.max(0, Math.floor((height - y - 10) / 18));
    const rows = legendRows(entries.slice(0, fit), x0 + 16, y, ctx.id, shape);
    out.push(rows.svg);
    y += rows.height + 4;
  };
  if (ctx.view.layers.includes('regions') && ctx.metric) {
    section(legendHeading(ctx.metric, ctx.metric.defaultYear, null), metricLegend(ctx.metric), 'rect');
  }
  if (ctx.view.layers.includes('clusters')) {
    section(ctx.view.colorBy === 'category' ? 'Clusters by category' : 'Clusters by ecosystem', ctx.colors.legend, 'circle');
  }
  if (ctx.view.layers.includes('links') && y < height - 60) {
    y += 10;
    for (const kind of ['declared', 'suggested'] as const) {
      const st = LINK_STYLE[kind];
      out.push(`<line x1="${x0 + 16}" y1="${y + 6}" x2="${x0 + 34}" y2="${y + 6}" stroke="${st.color}" stroke-width="${st.width + 0.5}"${st.dash ? ` stroke-dasharray="${st.dash.join(' ')}"` : ''}/>`);
      out.push(`<text x="${x0 + 40}" y="${y + 10}" font-size="11" ${FONT} fill="#222">${x(st.short)}</text>`);
      y += 18;
    }
  }
  if (ctx.view.layers.includes('clusters') && y < height - 80) {
    const statuses = new Set(ctx.clusters.map((c) => c.status));
    y += 6;
    if (statuses.has('needs_check')) {
      out.push(`<circle cx="${x0 + 23}" cy="${y + 6}" r="5" fill="#777" stroke="#111" stroke-width="2"/><text x="${x0 + 36}" y="${y + 10}" font-size="11" ${FONT} fill="#222">Needs check (dark ring)</text>`);
      y += 18;
    }
    if (statuses.has('illustrative')) {
      out.push(`<circle cx="${x0 + 23}" cy="${y + 6}" r="5" fill="#fff" stroke="#777" stroke-width="2"/><text x="${x0 + 36}" y="${y + 10}" font-size="11" ${FONT} fill="#222">Illustrative only (hollow)</text>`);
      y += 18;
    }
    // The picture claims no more about size than the data holds (as the live legend does).
    const size = sizeKey(ctx.clusters.map((c) => c.members));
    const sizeNote = size.known === 0 ? 'All markers drawn alike: no member count is known.' : `Marker size: member organisations, known for ${size.known} of ${size.total}; the others are small dots.`;
    for (const line of wrap(sizeNote, 44, 2)) {
      out.push(`<text x="${x0 + 16}" y="${y + 10}" font-size="11" ${FONT} fill="#222">${x(line)}</text>`);
      y += 14;
    }
  }
  const src = ctx.metric && ctx.view.layers.includes('regions') ? `Regions: ${ctx.metric.source}${ctx.metric.vintage ? `, ${ctx.metric.vintage}` : ''}. ` : '';
  const foot = wrap(`${src}Boundaries © EuroGeographics; Natural Earth. Data vintage ${ctx.data.vintage}.`, 46, 7);
  foot.forEach((line, i) => out.push(`<text x="${x0 + 16}" y="${height - 12 - (foot.length - 1 - i) * 13}" font-size="10" ${FONT} fill="#555">${x(line)}</text>`));
  return out.join('');
}

/** Outermost regions drawn as a grid of small frames in the map's lower-left corner. */
function insets(ctx: Ctx, mapH: number): string {
  const outer = features(ctx.data.geo.nuts2).filter((f) => f.properties?.outermost === true).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  if (outer.length === 0) return '';
  const W = 84;
  const H = 64;
  const cols = 2;
  const rows = Math.ceil(outer.length / cols);
  const out: string[] = [];
  outer.forEach((f, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const ix = 8 + col * (W + 6);
    const iy = mapH - 8 - (rows - row) * (H + 6) + 6;
    const projection = geoMercator().fitExtent([[ix + 4, iy + 14], [ix + W - 4, iy + H - 4]], f);
    out.push(`<g><rect x="${ix}" y="${iy}" width="${W}" height="${H}" fill="${SEA}" stroke="#999" stroke-width="0.6"/>`);
    out.push(drawFrame(ctx, projection, { outermost: true, features: [f] }));
    out.push(`<text x="${ix + 3}" y="${iy + 10}" font-size="8.5" ${FONT} fill="#333">${x(truncate(shortName(f.properties?.name ?? String(f.id)), 20))}</text></g>`);
  });
  return out.join('');
}

/**
 * Render a view as a standalone SVG document (string). Deterministic: the same input gives the same
 * bytes (paths rounded to 0.1 px, features in data order, no clock or random ids).
 */
export function renderViewSvg(view: View, data: SvgData, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const withPanel = options.panel ?? true;
  const mapW = withPanel ? width - PANEL_W : width;
  const filters = options.filters ?? initialFilters(view);
  const metric = options.metric ? metricById(data.metrics, options.metric, view.regionLevel) : resolveMetric(view, data.metrics);
  const clusters = data.clusters.filter((c) => clusterMatches(c, filters));
  const regionValues = new Map<string, number | null>();
  if (metric) for (const r of data.regions) if (r.level === view.regionLevel) regionValues.set(r.id, r.values[metric.id] ?? null);
  const id = options.idPrefix ?? `m-${view.id}`;
  const ctx: Ctx = { view, data, metric, clusters, colors: groupColors(clusters.map((c) => groupOf(c, view.colorBy))), regionValues, id, highlight: options.highlight };
  filtersOf.set(ctx, filters);
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent([[10, 10], [mapW - 10, height - 10]], boxOutline(options.extent ?? view.extent));
  const noData = metric?.noDataColor ?? '#d9d9d9';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t">`,
    `<title id="${id}-t">${x(view.title)}</title>`,
    `<defs><pattern id="${id}-nodata" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${noData}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.5"/></pattern>`,
    `<clipPath id="${id}-clip"><rect width="${mapW}" height="${height}"/></clipPath></defs>`,
    `<rect width="${width}" height="${height}" fill="${SEA}"/>`,
    `<g clip-path="url(#${id}-clip)">${drawFrame(ctx, projection, { outermost: false })}${insets(ctx, height)}${highlightOverlay(ctx, projection, mapW, height)}</g>`,
    withPanel ? panel(ctx, mapW, height) : '',
    '</svg>',
  ].join('');
}
