/**
 * State → map: the sources' data and the layers' visibility and filters. Only what changed is
 * touched (setData re-tiles a source in the worker; visibility and filters are cheap).
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { filtersOf } from '../url-state/url-state';
import type { MapContext } from './context';
import { clusterFeatures, linkFeatures, regionFeatures } from './features';
import { clusterMatches, visibleLinks, type MapCluster, type MapLink } from './map-data';
import { clusterRadius } from './map-legend';
import { changed, type Cause, type UiState } from './store';
import { LAYER_GROUPS } from './style';

export const FILTER_KEYS = ['ecosystems', 'categories', 'countries', 'links', 'layers'] as const;

/** What the filters of a state leave on the map. */
export interface Shown {
  clusters: MapCluster[];
  ids: ReadonlySet<string>;
  links: MapLink[];
}

export function shownBy(ctx: Pick<MapContext, 'data'>, s: UiState): Shown {
  const f = filtersOf(s);
  const clusters = ctx.data.clusters.filter((c) => clusterMatches(c, f));
  const ids = new Set(clusters.map((c) => c.id));
  return { clusters, ids, links: visibleLinks(ctx.data.links, ids, f) };
}

function source(ctx: MapContext, id: string): GeoJSONSource | undefined {
  return ctx.map.getSource(id) as GeoJSONSource | undefined;
}

function paintLayers(ctx: MapContext, s: UiState): void {
  const { map } = ctx;
  for (const [group, ids] of Object.entries(LAYER_GROUPS)) {
    for (const id of ids) map.setLayoutProperty(id, 'visibility', s.layers.includes(group) ? 'visible' : 'none');
  }
  for (const kind of ['declared', 'suggested'] as const) {
    map.setLayoutProperty(`links-${kind}`, 'visibility', s.layers.includes('links') && s.links.includes(kind) ? 'visible' : 'none');
  }
}

function paintSelection(ctx: MapContext, s: UiState): void {
  const sel = s.selected;
  const c = sel?.kind === 'cluster' ? ctx.clustersById.get(sel.id) : undefined;
  const features = c ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] }, properties: { r: clusterRadius(c.members) } }] : [];
  source(ctx, 'selected')?.setData({ type: 'FeatureCollection', features });
  ctx.map.setFilter('region-selected', ['==', ['get', 'id'], sel?.kind === 'region' ? sel.id : '']);
}

/**
 * Paint `s` (the map was created with the first state's data in its style, so `init` only sets
 * visibility and selection). `shown` is what the filters leave (computed once per change).
 */
export function paint(ctx: MapContext, s: UiState, p: UiState, cause: Cause, shown: Shown): void {
  const all = cause === 'init';
  if (!all && changed(s, p, FILTER_KEYS)) {
    source(ctx, 'clusters')?.setData(clusterFeatures(shown.clusters, ctx.cfg.view, ctx.colors));
    source(ctx, 'links')?.setData(linkFeatures(shown.links, ctx.clustersById));
  }
  if (!all && changed(s, p, ['metric'])) source(ctx, 'regions')?.setData(regionFeatures(ctx.shapes, ctx.regionsById, ctx.metricOf(s.metric)));
  if (all || changed(s, p, ['layers', 'links'])) paintLayers(ctx, s);
  if (all || changed(s, p, ['selected'])) paintSelection(ctx, s);
  if (all || changed(s, p, [...FILTER_KEYS, 'metric', 'selected'])) ctx.busy();
}
