/**
 * The reader's hands on the map: hover (tooltip), click (select, or open a group), Enter on the
 * focused canvas (select what is nearest its centre), and the tables (choose a row: select its
 * cluster or region). Every choice goes to the store; the camera moves through camera.ts.
 */
import type { MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Point } from 'geojson';
import type { CameraControl } from './camera';
import { boundsOf, SELECT_ZOOM, withSurroundings } from './camera';
import type { MapContext } from './context';
import { clusterTooltip, el, regionTooltip } from './details';
import type { Shown } from './paint';

/** Distance in CSS pixels within which Enter on the canvas picks a cluster near the centre. */
export const PICK_RADIUS_PX = 48;
const PICK_LAYERS = ['cluster-points', 'cluster-bubbles', 'regions-fill', 'regions-nodata'];

export interface Interactions {
  /** Select a cluster and bring it into view (search, table). */
  selectCluster(id: string): void;
  selectRegion(id: string): void;
}

export function tooltipAt(ctx: MapContext, point: { x: number; y: number } | null, content: HTMLElement[] | null): void {
  const tip = ctx.$('.map__tooltip');
  if (!tip) return;
  if (!point || !content) {
    tip.hidden = true;
    return;
  }
  tip.replaceChildren(...content);
  tip.hidden = false;
  tip.style.left = `${Math.round(point.x + 12)}px`;
  tip.style.top = `${Math.round(point.y + 12)}px`;
}

function tooltipFor(ctx: MapContext, f: MapGeoJSONFeature): HTMLElement[] | null {
  const p = f.properties;
  if (f.layer.id === 'cluster-bubbles') return [el('strong', '', `${p['point_count']} clusters`), el('span', '', ' — click to zoom in')];
  if (f.layer.id === 'cluster-points') {
    const c = ctx.clustersById.get(String(p['id']));
    return c ? clusterTooltip(c) : null;
  }
  const v = ctx.timeView(ctx.store.get());
  const r = v.byId.get(String(p['id']));
  return r ? regionTooltip(r, v.metric, v.when) : null;
}

function openGroup(ctx: MapContext, camera: CameraControl, f: MapGeoJSONFeature): void {
  const src = ctx.map.getSource('clusters') as import('maplibre-gl').GeoJSONSource | undefined;
  void src?.getClusterExpansionZoom(Number(f.properties['cluster_id'])).then((zoom) => {
    camera.moveTo((f.geometry as Point).coordinates as [number, number], zoom);
  });
}

function choose(ctx: MapContext, camera: CameraControl, f: MapGeoJSONFeature | undefined): void {
  const { store } = ctx;
  if (!f) return store.update({ selected: null }, 'user');
  if (f.layer.id === 'cluster-bubbles') return openGroup(ctx, camera, f);
  const kind = f.layer.id === 'cluster-points' ? 'cluster' : 'region';
  store.update({ selected: { kind, id: String(f.properties['id']) } }, 'user');
}

/** The feature Enter picks: the shown cluster nearest the canvas centre, else the region under it. */
function nearestToCentre(ctx: MapContext, shown: () => Shown): MapGeoJSONFeature | { cluster: string } | undefined {
  const canvas = ctx.map.getCanvas();
  const cx = canvas.clientWidth / 2;
  const cy = canvas.clientHeight / 2;
  let best: { id: string; d: number } | null = null;
  for (const c of shown().clusters) {
    const p = ctx.map.project([c.lon, c.lat]);
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (d <= PICK_RADIUS_PX && (!best || d < best.d)) best = { id: c.id, d };
  }
  if (best && ctx.store.get().layers.includes('clusters')) return { cluster: best.id };
  return ctx.map.queryRenderedFeatures([cx, cy] as PointLike, { layers: ['regions-fill', 'regions-nodata'] })[0];
}

function wireCanvas(ctx: MapContext, camera: CameraControl, shown: () => Shown): void {
  const { map } = ctx;
  const queryAt = (point: PointLike) => map.queryRenderedFeatures(point, { layers: PICK_LAYERS })[0];
  map.on('mousemove', (e) => {
    const f = queryAt(e.point);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    tooltipAt(ctx, f ? e.point : null, f ? tooltipFor(ctx, f) : null);
  });
  map.on('mouseout', () => tooltipAt(ctx, null, null));
  map.on('click', (e) => choose(ctx, camera, queryAt(e.point)));
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    const hit = nearestToCentre(ctx, shown);
    if (hit && 'cluster' in hit) ctx.store.update({ selected: { kind: 'cluster', id: hit.cluster } }, 'user');
    else if (hit) choose(ctx, camera, hit);
    else ctx.announce('Nothing at the centre of the map: move it with the arrow keys, then press Enter.');
  });
}

function wireTables(ctx: MapContext, api: Interactions, shown: () => Shown): void {
  const table = ctx.$<HTMLTableElement>('.map-table');
  // Keyboard focus on a table row shows the same tooltip at the cluster's place on the map.
  table?.addEventListener('focusin', (e) => {
    const id = (e.target as HTMLElement).closest('tr')?.dataset['id'];
    const c = id ? ctx.clustersById.get(id) : undefined;
    if (!c || !shown().ids.has(c.id)) return tooltipAt(ctx, null, null);
    const p = ctx.map.project([c.lon, c.lat]);
    const box = ctx.map.getContainer();
    const inside = p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight;
    tooltipAt(ctx, inside ? p : null, inside ? clusterTooltip(c) : null);
  });
  table?.addEventListener('focusout', () => tooltipAt(ctx, null, null));
  ctx.root.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('.map-table__select');
    if (!b) return;
    const sel = ctx.store.get().selected;
    const region = b.dataset['region'];
    const id = region ?? b.dataset['id'];
    if (!id) return;
    if (sel?.id === id) return ctx.store.update({ selected: null }, 'user');
    if (region) api.selectRegion(region);
    else api.selectCluster(id);
  });
}

export function wireInteractions(ctx: MapContext, camera: CameraControl, shown: () => Shown): Interactions {
  const api: Interactions = {
    selectCluster(id) {
      const c = ctx.clustersById.get(id);
      ctx.store.update({ selected: { kind: 'cluster', id } }, 'user');
      if (c) camera.moveTo([c.lon, c.lat], Math.max(ctx.map.getZoom(), SELECT_ZOOM));
    },
    selectRegion(id) {
      ctx.store.update({ selected: { kind: 'region', id } }, 'user');
      const b = regionBounds(ctx, id);
      if (b) camera.fit(b);
    },
  };
  wireCanvas(ctx, camera, shown);
  wireTables(ctx, api, shown);
  return api;
}

/** The frame a selected region is fitted to: its shape's bounds (outermost parts included) with its surroundings (camera.ts). */
export function regionBounds(ctx: Pick<MapContext, 'shapes'>, id: string) {
  const f = ctx.shapes.find((s) => String(s.id ?? '') === id);
  const b = f ? boundsOf(f.geometry) : null;
  return b ? withSurroundings(b) : null;
}
