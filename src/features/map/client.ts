/**
 * The live map: loaded by loader.ts when a map nears the viewport. Fetches the compact data and
 * the geometry (same origin), builds the MapLibre style in code, and keeps map, controls, table,
 * details, legend, summary and URL in step through one store.
 */
import type { GeoJSONSource, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Metric } from '../../schemas/generated';
import { clusterMatches, metricAtLevel, metricById, visibleLinks, type MapCluster, type MapData, type MapRegion } from './map-data';
import { clusterRadius, metricLegend } from './map-legend';
import { summarise } from './map-summary';
import { regionRows } from './map-table';
import { defaultState, filtersOf, type MapState } from '../url-state/url-state';
import type { MapConfig } from './config';
import { wireControls } from './controls';
import { clusterDetails, clusterTooltip, el, regionDetails, regionTooltip, swatch } from './details';
import { clusterFeatures, linkFeatures, regionFeatures, type GeoProps } from './features';
import { changed, createStore, type Cause, type UiState } from './store';
import { buildStyle, HATCH, hatchImage, LAYER_GROUPS } from './style';
import { markRow, showRows } from './table';
import { createUrlSync } from './url-sync';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

function decode(topo: Topology, name: string): Feature<Geometry, GeoProps>[] {
  const obj = topo.objects[name] as GeometryCollection<GeoProps> | undefined;
  if (!obj) throw new Error(`geometry object "${name}" missing`);
  return (feature(topo, obj) as unknown as { features: Feature<Geometry, GeoProps>[] }).features;
}

export async function startMap(root: HTMLElement, ownsUrl: boolean): Promise<void> {
  const cfg = JSON.parse(root.dataset['config'] ?? '{}') as MapConfig;
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const message = $('.map__message');
  const live = $('.map__live');
  const fail = (why: string) => {
    root.dataset['mapState'] = 'error';
    if (message) {
      message.hidden = false;
      message.textContent = `The interactive map could not be loaded (${why}). The summary, the table and the picture still show its data.`;
    }
  };
  if (message) {
    message.hidden = false;
    message.textContent = 'Loading the interactive map…';
  }

  let data: MapData;
  let land: Feature<Geometry, GeoProps>[];
  let shapes: Feature<Geometry, GeoProps>[];
  let maplibregl: typeof import('maplibre-gl');
  try {
    // MapLibre is its own chunk, fetched in parallel with the data; the app code stays small.
    const [lib, d, countries, nuts] = await Promise.all([
      import('maplibre-gl'),
      fetchJson<MapData>(cfg.dataUrl),
      fetchJson<Topology>(cfg.geo.countries),
      cfg.view.regionLevel === 2 ? fetchJson<Topology>(cfg.geo.nuts2) : Promise.resolve(null),
    ]);
    maplibregl = lib;
    maplibregl.setWorkerUrl(workerUrl);
    data = d;
    land = decode(countries, 'countries');
    shapes = nuts ? decode(nuts, 'nuts2') : land;
  } catch (err) {
    fail(err instanceof Error ? err.message : 'the data did not load');
    return;
  }

  const clustersById = new Map(data.clusters.map((c) => [c.id, c]));
  const regionsById = new Map(data.regions.filter((r) => r.level === cfg.view.regionLevel).map((r) => [r.id, r]));
  const colors = new Map(cfg.groupColors);
  const context = { ...cfg.url, clusters: data.clusters.map((c) => c.id).sort(), regions: data.regions.map((r) => r.id).sort() };
  const defaults = defaultState(context);
  const noticeSlot = $('.map__notice') ?? root;
  const sync = ownsUrl ? createUrlSync(context, noticeSlot) : null;
  const first: MapState = sync?.initial ?? defaults;
  const level = cfg.view.regionLevel;
  const metricOf = (id: string | null): Metric | null => metricById(data.metrics, id, level);
  const offered = new Set(cfg.url.views.find((v) => v.id === cfg.view.id)?.metrics ?? []);
  const viewMetrics = data.metrics.filter((m) => offered.has(m.id)).map((m) => metricAtLevel(m, level));

  const canvasBox = $('.map__canvas');
  const table = $<HTMLTableElement>('.map-table');
  const tooltip = $('.map__tooltip');
  const details = $('.map__details');
  if (!canvasBox) return fail('the page has no map frame');
  canvasBox.hidden = false;

  const testing = (window as unknown as { __MAP_COUNTS__?: boolean }).__MAP_COUNTS__ === true;
  // The first picture goes into the style itself, so the worker tiles each source once.
  const firstShown = data.clusters.filter((c) => clusterMatches(c, filtersOf(first)));
  const firstLinks = visibleLinks(data.links, new Set(firstShown.map((c) => c.id)), filtersOf(first));
  const map = new maplibregl.Map({
    container: canvasBox,
    style: buildStyle({
      land: { type: 'FeatureCollection', features: land },
      regions: regionFeatures(shapes, regionsById, metricOf(first.metric)),
      clusters: clusterFeatures(firstShown, cfg.view, colors),
      links: linkFeatures(firstLinks, clustersById),
    }, cfg.view.regionLevel),
    ...(first.camera ? { center: [first.camera.lon, first.camera.lat] as [number, number], zoom: first.camera.zoom } : { bounds: cfg.view.extent, fitBoundsOptions: { padding: 12 } }),
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 12,
    fadeDuration: 0,
    // Lets the e2e tests read the pixels back (window.__MAP_COUNTS__); it costs a buffer copy per
    // frame, so readers go without it.
    canvasContextAttributes: { preserveDrawingBuffer: testing },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', `Interactive map: ${cfg.view.title}. Arrow keys pan, plus and minus zoom. The table below lists every cluster shown.`);

  map.on('error', (e) => {
    root.dataset['mapError'] = e.error?.message ?? 'map error';
    fail(e.error?.message ?? 'a map error');
  });

  const store = createStore({ ...first, hover: null });
  const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
  const announce = (text: string) => {
    if (live) live.textContent = text;
  };
  const move = (opts: { center: [number, number]; zoom?: number }) => (reducedMotion() ? map.jumpTo(opts) : map.easeTo({ ...opts, duration: 600 }));
  const fit = (b: [[number, number], [number, number]]) => map.fitBounds(b, { padding: 12, ...(reducedMotion() ? { animate: false } : { duration: 600 }) });
  const busy = () => {
    root.dataset['mapState'] = 'loading';
    map.triggerRepaint();
  };

  // ── what each part of the state changes ──
  let shownIds = new Set<string>();
  function applyFilters(s: UiState, cause: Cause): void {
    const f = filtersOf(s);
    const shown = cause === 'init' ? firstShown : data.clusters.filter((c) => clusterMatches(c, f));
    shownIds = new Set(shown.map((c) => c.id));
    const links = cause === 'init' ? firstLinks : visibleLinks(data.links, shownIds, f);
    if (cause !== 'init') {
      source('clusters')?.setData(clusterFeatures(shown, cfg.view, colors));
      source('links')?.setData(linkFeatures(links, clustersById));
    }
    root.dataset['expectedClusters'] = String(shown.length);
    root.dataset['expectedLinks'] = String(s.layers.includes('links') ? links.length : 0);
    if (table) showRows(table, shownIds);
    const summary = $('.map__summary');
    if (summary) summary.textContent = summarise({ view: { ...cfg.view, description: '', metric: s.metric, metrics: [], filters: { ...f } }, clusters: shown, links, regions: [...regionsById.values()], metric: metricOf(s.metric), layers: s.layers });
    busy();
  }

  function applyMetric(s: UiState, cause: Cause): void {
    const m = metricOf(s.metric);
    if (cause !== 'init') source('regions')?.setData(regionFeatures(shapes, regionsById, m));
    const box = $('.map-legend__metric');
    if (box && m && cause !== 'init') {
      const title = el('p', 'map-legend__title', m.label, m.unit && m.unit !== '%' ? ` (${m.unit})` : '');
      const list = el('ul', 'map-legend__list');
      for (const e of metricLegend(m)) list.append(el('li', '', swatch(e.color, e.noData), e.label));
      const src = el('p', 'map-legend__source', `Source: ${m.source}${m.vintage ? `, ${m.vintage}` : ''}. Status: ${m.status.replace('_', ' ')}.`);
      box.replaceChildren(title, list, src);
    }
    const body = root.querySelector<HTMLTableSectionElement>('.map-regions__table tbody');
    if (body && m && cause !== 'init') {
      body.replaceChildren(...regionRows([...regionsById.values()], m).map((r) => el('tr', '', el('td', '', r.name), el('td', '', r.id), el('td', 'num', r.value), el('td', '', r.flags))));
      const name = root.querySelector('.map-regions__metric');
      if (name) name.textContent = m.label;
      const caption = root.querySelector('.map-regions__table caption');
      if (caption) caption.textContent = `${cfg.view.regionLevel === 0 ? 'Countries' : 'NUTS-2 regions'} by ${m.label}, highest first; regions without data last.`;
    }
    busy();
  }

  function applyLayers(s: UiState): void {
    for (const [group, ids] of Object.entries(LAYER_GROUPS)) {
      for (const id of ids) map.setLayoutProperty(id, 'visibility', s.layers.includes(group) ? 'visible' : 'none');
    }
    for (const kind of ['declared', 'suggested'] as const) {
      map.setLayoutProperty(`links-${kind}`, 'visibility', s.layers.includes('links') && s.links.includes(kind) ? 'visible' : 'none');
    }
    for (const part of root.querySelectorAll<HTMLElement>('[data-legend-layer]')) part.hidden = !s.layers.includes(part.dataset['legendLayer'] ?? '');
    busy();
  }

  function applySelection(s: UiState, cause: Cause): void {
    const sel = s.selected;
    const c = sel?.kind === 'cluster' ? clustersById.get(sel.id) : undefined;
    const r = sel?.kind === 'region' ? regionsById.get(sel.id) : undefined;
    source('selected')?.setData({ type: 'FeatureCollection', features: c ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon, c.lat] }, properties: { r: clusterRadius(c.members) } }] : [] });
    map.setFilter('region-selected', ['==', ['get', 'id'], r?.id ?? '']);
    if (table) {
      const row = markRow(table, c?.id ?? null);
      const wrap = row?.closest<HTMLElement>('.map-table-wrap');
      if (row && wrap && cause !== 'init') wrap.scrollTop = row.offsetTop - wrap.clientHeight / 2;
    }
    if (details) {
      const headingId = `${root.id}-details-title`;
      const close = el('button', 'map-details__close', 'Close details') as HTMLButtonElement;
      close.type = 'button';
      close.addEventListener('click', () => store.update({ selected: null }, 'user'));
      const body = c ? clusterDetails(c, data, clustersById, headingId) : r ? regionDetails(r, viewMetrics, headingId) : null;
      details.hidden = body === null;
      details.replaceChildren(...(body ? [...body, close] : []));
    }
    if (cause !== 'init') announce(c ? `Selected cluster ${c.name}, ${c.city}.` : r ? `Selected region ${r.name}.` : 'Selection cleared.');
    if (c && panNext) {
      const inView = map.getBounds().contains([c.lon, c.lat]);
      if (!inView || map.getZoom() < 4) move({ center: [c.lon, c.lat], zoom: Math.max(map.getZoom(), 5) });
    }
    panNext = false;
    busy();
  }

  function showTooltip(point: { x: number; y: number } | null, content: HTMLElement[] | null): void {
    if (!tooltip) return;
    if (!point || !content) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren(...content);
    tooltip.hidden = false;
    tooltip.style.left = `${Math.round(point.x + 12)}px`;
    tooltip.style.top = `${Math.round(point.y + 12)}px`;
  }

  let panNext = false;
  const renderControls = wireControls(root, store, data.clusters, {
    reset: () => {
      store.update({ ...defaults, hover: null }, 'user');
      fit(cfg.view.extent);
    },
    jumpTo: (b) => fit(b),
    select: (id) => {
      panNext = true;
      store.update({ selected: { kind: 'cluster', id } }, 'user');
    },
  });

  store.subscribe((s, p, cause) => {
    const all = cause === 'init';
    if (all || changed(s, p, ['ecosystems', 'categories', 'countries', 'links', 'layers'])) applyFilters(s, cause);
    if (all || changed(s, p, ['metric'])) applyMetric(s, cause);
    if (all || changed(s, p, ['layers', 'links'])) applyLayers(s);
    if (all || changed(s, p, ['selected'])) applySelection(s, cause);
    if (cause === 'restore' && changed(s, p, ['camera'])) {
      if (s.camera) map.jumpTo({ center: [s.camera.lon, s.camera.lat], zoom: s.camera.zoom });
      else fit(cfg.view.extent);
    }
    if (cause === 'user' && changed(s, p, ['ecosystems', 'categories', 'countries'])) announce(`Showing ${shownIds.size} of ${data.clusters.length} clusters.`);
    renderControls(s);
  });

  // ── map events ──
  const queryAt = (point: PointLike): MapGeoJSONFeature | undefined =>
    map.queryRenderedFeatures(point, { layers: ['cluster-points', 'cluster-bubbles', 'regions-fill', 'regions-nodata'] })[0];

  function tooltipFor(f: MapGeoJSONFeature): HTMLElement[] | null {
    const p = f.properties;
    if (f.layer.id === 'cluster-bubbles') return [el('strong', '', `${p['point_count']} clusters`), el('span', '', ' — click to zoom in')];
    if (f.layer.id === 'cluster-points') {
      const c = clustersById.get(String(p['id']));
      return c ? clusterTooltip(c) : null;
    }
    const r = regionsById.get(String(p['id']));
    return r ? regionTooltip(r, metricOf(store.get().metric)) : null;
  }

  // The no-data hatch is drawn in code and handed over when the style first asks for it.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH && !map.hasImage(HATCH)) map.addImage(HATCH, hatchImage(metricOf(first.metric)?.noDataColor ?? '#d9d9d9'));
  });
  map.on('load', () => {
    store.update({}, 'init');
    sync?.connect(store);
    if (message) message.hidden = true;
    $('.map__controls')?.removeAttribute('hidden');
    root.classList.add('is-live');
  });

  map.on('mousemove', (e) => {
    const f = queryAt(e.point);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    showTooltip(f ? e.point : null, f ? tooltipFor(f) : null);
  });
  map.on('mouseout', () => showTooltip(null, null));
  map.on('click', (e) => {
    const f = queryAt(e.point);
    if (!f) return store.update({ selected: null }, 'user');
    if (f.layer.id === 'cluster-bubbles') {
      const id = Number(f.properties['cluster_id']);
      void source('clusters')?.getClusterExpansionZoom(id).then((zoom) => {
        const g = f.geometry as GeoJSON.Point;
        move({ center: g.coordinates as [number, number], zoom });
      });
      return;
    }
    if (f.layer.id === 'cluster-points') return store.update({ selected: { kind: 'cluster', id: String(f.properties['id']) } }, 'user');
    store.update({ selected: { kind: 'region', id: String(f.properties['id']) } }, 'user');
  });
  map.on('moveend', (e) => {
    if (!('originalEvent' in e) || !e.originalEvent) return; // only moves made by the reader go to the URL
    const c = map.getCenter();
    store.update({ camera: { zoom: map.getZoom(), lat: c.lat, lon: c.lng } }, 'camera');
  });
  // Camera frames since load, for tests: an animated move takes many, a reduced-motion jump one.
  let moves = 0;
  if (testing) map.on('move', () => void moves++);
  map.on('idle', () => {
    // Counting what is drawn queries every rendered feature (seconds with 50,000 links on software
    // WebGL), so it runs only when a test asks for it (window.__MAP_COUNTS__, set by the e2e helper).
    if (testing) {
      countRendered();
      root.dataset['moves'] = String(moves);
    }
    const b = map.getBounds();
    root.dataset['bounds'] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)).join(',');
    root.dataset['mapState'] = 'idle';
  });

  // Keyboard focus on a table row shows the same tooltip at the cluster's place on the map.
  table?.addEventListener('focusin', (e) => {
    const id = (e.target as HTMLElement).closest('tr')?.dataset['id'];
    const c = id ? clustersById.get(id) : undefined;
    if (!c || !shownIds.has(c.id)) return showTooltip(null, null);
    const p = map.project([c.lon, c.lat]);
    const inside = p.x >= 0 && p.y >= 0 && p.x <= canvasBox.clientWidth && p.y <= canvasBox.clientHeight;
    showTooltip(inside ? p : null, inside ? clusterTooltip(c) : null);
  });
  table?.addEventListener('focusout', () => showTooltip(null, null));
  table?.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.map-table__select');
    if (!b?.dataset['id']) return;
    panNext = true;
    store.update({ selected: store.get().selected?.id === b.dataset['id'] ? null : { kind: 'cluster', id: b.dataset['id'] } }, 'user');
  });

  /** Counts of what is drawn now (deduplicated across tiles), for tests and the bench. */
  function countRendered(): void {
    const seen = new Set<string>();
    let clusters = 0;
    for (const f of map.queryRenderedFeatures({ layers: ['cluster-points', 'cluster-bubbles'] })) {
      const bubble = f.properties['point_count'] !== undefined;
      const key = bubble ? `b${f.properties['cluster_id']}` : `p${f.properties['id']}`;
      if (seen.has(key)) continue;
      seen.add(key);
      clusters += bubble ? Number(f.properties['point_count']) : 1;
    }
    const ids = (layers: string[]) => [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'])))].sort();
    const links = ids(['links-declared', 'links-suggested']);
    const regions = ids(['regions-fill', 'regions-nodata']);
    root.dataset['renderedClusters'] = String(clusters);
    root.dataset['renderedLinks'] = String(links.length);
    root.dataset['renderedRegions'] = String(regions.length);
    // Which ones, so a test that finds a count off can name the features.
    root.dataset['renderedLinkIds'] = links.join(' ');
    root.dataset['renderedRegionIds'] = regions.join(' ');
  }
}

export type { MapCluster, MapRegion };
