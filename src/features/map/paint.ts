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
import { layerVisibility } from './style';

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
  for (const [id, v] of layerVisibility(s.layers, s.links)) ctx.map.setLayoutProperty(id, 'visibility', v);
}

function paintSelection(ctx: MapContext, s: UiState): void {
  const sel = s.selected;
  const c = sel?.kind === 'cluster' ? ctx.clustersById.get(sel.id) : undefined;
  const features = c ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] }, properties: { r: clusterRadius(c.members) } }] : [];
  source(ctx, 'selected')?.setData({ type: 'FeatureCollection', features });
  ctx.map.setFilter('region-selected', ['==', ['get', 'id'], sel?.kind === 'region' ? sel.id : '']);
}

/**
 * Paint `s`. The map was created from the first state (its data and layer visibility are in the
 * style), so `init` touches the map only for a selection: any other call then would re-tile a
 * source in the worker and draw the map again, about a second before `idle` on software WebGL.
 * `shown` is what the filters leave (computed once per change).
 */
export function paint(ctx: MapContext, s: UiState, p: UiState, cause: Cause, shown: Shown): void {
  const all = cause === 'init';
  if (!all && changed(s, p, FILTER_KEYS)) {
    source(ctx, 'clusters')?.setData(clusterFeatures(shown.clusters, ctx.cfg.view, ctx.colors));
    source(ctx, 'links')?.setData(linkFeatures(shown.links, ctx.clustersById));
  }
  if (!all && changed(s, p, ['metric'])) source(ctx, 'regions')?.setData(regionFeatures(ctx.shapes, ctx.regionsById, ctx.metricOf(s.metric)));
  if (changed(s, p, ['layers', 'links'])) paintLayers(ctx, s);
  const selection = changed(s, p, ['selected']) || (all && s.selected !== null);
  if (selection) paintSelection(ctx, s);
  if (selection || changed(s, p, FILTER_KEYS) || changed(s, p, ['metric'])) ctx.busy();
}
