/**
 * The MapLibre style, built in code: no remote tiles, glyphs, sprites or fonts (the site makes no
 * request to any other host). Labels are HTML (tooltip, details), so there is no symbol layer.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LINK_STYLE } from './map-legend';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Zoom up to which dense points merge into counted bubbles (MapLibre GeoJSON clustering). */
export const CLUSTER_MAX_ZOOM = 5;
/**
 * Points closer than this many pixels merge: about one marker diameter, so only markers that would
 * overlap do (at 18 px most of Europe merged into grey groups at the default zoom, hiding the
 * ecosystem colours; measured with data-rendered-bubbles in the e2e tests).
 */
export const CLUSTER_RADIUS_PX = 9;

/** Map layers that belong to each toggleable layer. */
export const LAYER_GROUPS = {
  regions: ['regions-fill', 'regions-nodata', 'regions-line'],
  links: ['links-suggested', 'links-declared'],
  clusters: ['cluster-bubbles', 'cluster-points'],
} as const;

export const HATCH = 'hatch';

/**
 * Visibility of each toggleable map layer under a state's layers and link kinds. The style is built
 * with it and paint.ts sets it: a layer whose visibility changes re-tiles its source in the worker,
 * so the map's first frame must already match the first state (else `init` re-tiles every source).
 */
export function layerVisibility(shown: readonly string[], linkKinds: readonly string[]): Map<string, 'visible' | 'none'> {
  const out = new Map<string, 'visible' | 'none'>();
  for (const [group, ids] of Object.entries(LAYER_GROUPS)) {
    for (const id of ids) out.set(id, shown.includes(group) ? 'visible' : 'none');
  }
  for (const kind of ['declared', 'suggested'] as const) {
    out.set(`links-${kind}`, shown.includes('links') && linkKinds.includes(kind) ? 'visible' : 'none');
  }
  return out;
}

export interface StyleData {
  land: FeatureCollection;
  regions: FeatureCollection;
  clusters: FeatureCollection;
  links: FeatureCollection;
  /** The group colours the cluster markers use (a group's bubble takes its most common one). */
  groupColors: readonly string[];
  /** The first state's layer visibility (layerVisibility); layers not named are visible. */
  visibility: ReadonlyMap<string, 'visible' | 'none'>;
}

/** Colour of a group bubble when no colour is counted (never expected: every marker has one). */
export const GROUP_BUBBLE_FALLBACK = '#4a5560';

/** Per colour, how many of a bubble's clusters have it (MapLibre clusterProperties: map, reduce). */
export function groupCounts(colors: readonly string[]): Record<string, ExpressionSpecification> {
  return Object.fromEntries(colors.map((c, i) => [`g${i}`, ['+', ['case', ['==', ['get', 'color'], c], 1, 0]] as ExpressionSpecification]));
}

/** A bubble's colour: the colour most of its clusters have (the first in legend order on a tie). */
export function mainColor(colors: readonly string[]): ExpressionSpecification | string {
  if (colors.length === 0) return GROUP_BUBBLE_FALLBACK;
  if (colors.length === 1) return colors[0]!;
  const counts = colors.map((_, i) => ['get', `g${i}`] as ExpressionSpecification);
  const most = ['max', ...counts] as ExpressionSpecification;
  const cases = colors.flatMap((c, i) => [['==', counts[i]!, most], c]);
  return ['case', ...cases, GROUP_BUBBLE_FALLBACK] as unknown as ExpressionSpecification;
}

export function buildStyle(d: StyleData, regionLevel: 0 | 2): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': '#eef3f7' } },
    // No fill antialiasing: every fill edge is drawn over by a line (countries-line, regions-line),
    // and each antialiased fill costs a second draw pass and one more shader program, compiled
    // synchronously before the first frame (tens of ms each on software WebGL).
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#e4e4e0', 'fill-antialias': false } },
    // A region's colour and "no data" come from its feature state when a year or a change is shown
    // (year-paint.ts: a state update, no re-tiling), else from the source's properties. Filters
    // cannot read feature state, so the two layers hold every region and show theirs by opacity.
    { id: 'regions-fill', type: 'fill', source: 'regions', filter: ['>=', ['get', 'nd'], 0],
      paint: { 'fill-antialias': false, 'fill-color': ['coalesce', ['feature-state', 'fill'], ['get', 'fill']], 'fill-opacity': ['case', ['==', ['coalesce', ['feature-state', 'nd'], ['get', 'nd']], 0], 1, 0] } },
    { id: 'regions-nodata', type: 'fill', source: 'regions', filter: ['>=', ['get', 'nd'], 0],
      paint: { 'fill-antialias': false, 'fill-pattern': HATCH, 'fill-opacity': ['case', ['==', ['coalesce', ['feature-state', 'nd'], ['get', 'nd']], 1], 1, 0] } },
    { id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#ffffff', 'line-width': regionLevel === 2 ? 0.5 : 0.8 } },
    { id: 'countries-line', type: 'line', source: 'land', paint: { 'line-color': '#8a8a8a', 'line-width': 0.7 } },
    { id: 'region-selected', type: 'line', source: 'regions', filter: ['==', ['get', 'id'], ''], paint: { 'line-color': '#000000', 'line-width': 2.5 } },
    { id: 'links-suggested', type: 'line', source: 'links', filter: ['==', ['get', 'kind'], 'suggested'], layout: { 'line-cap': 'butt' },
      paint: { 'line-color': LINK_STYLE.suggested.color, 'line-width': LINK_STYLE.suggested.width, 'line-dasharray': [...LINK_STYLE.suggested.dash], 'line-opacity': 0.85 } },
    { id: 'links-declared', type: 'line', source: 'links', filter: ['==', ['get', 'kind'], 'declared'],
      paint: { 'line-color': LINK_STYLE.declared.color, 'line-width': LINK_STYLE.declared.width, 'line-opacity': 0.9 } },
    { id: 'cluster-bubbles', type: 'circle', source: 'clusters', filter: ['has', 'point_count'],
      // Coloured by the group most of its clusters belong to, with a dark double ring (a bubble, not a cluster).
      paint: { 'circle-color': mainColor(d.groupColors), 'circle-opacity': 0.9, 'circle-stroke-color': '#1b1f24', 'circle-stroke-width': 2.5,
        'circle-radius': ['step', ['get', 'point_count'], 9, 5, 12, 20, 16, 100, 21] } },
    { id: 'cluster-points', type: 'circle', source: 'clusters', filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': ['get', 'r'],
        // Illustrative rows are hollow; rows that need checking get a dark ring (legend: status).
        'circle-color': ['case', ['==', ['get', 'st'], 'illustrative'], '#ffffff', ['get', 'color']],
        'circle-stroke-color': ['match', ['get', 'st'], 'needs_check', '#111111', 'illustrative', ['get', 'color'], '#ffffff'],
        'circle-stroke-width': ['match', ['get', 'st'], 'needs_check', 2, 'illustrative', 2, 1.2],
      } },
    { id: 'selected-ring', type: 'circle', source: 'selected', paint: { 'circle-radius': ['+', ['get', 'r'], 4], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#000000', 'circle-stroke-width': 3 } },
  ];
  for (const layer of layers) {
    const v = d.visibility.get(layer.id);
    if (v) layer.layout = { ...layer.layout, visibility: v };
  }
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: d.land },
      // promoteId: feature state is keyed by the region code (year-paint.ts).
      regions: { type: 'geojson', data: d.regions, promoteId: 'id' },
      // Thin lines need little tile buffer; a coarser simplification keeps long lines cheap to tile.
      links: { type: 'geojson', data: d.links, buffer: 32, tolerance: 0.75 },
      clusters: { type: 'geojson', data: d.clusters, cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS_PX, clusterProperties: groupCounts(d.groupColors) },
      selected: { type: 'geojson', data: EMPTY },
    },
    layers,
  };
}

/** A 8×8 diagonal hatch on the no-data grey, drawn in code (no sprite file). RGBA bytes. */
export function hatchImage(noData: string): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexRgb(noData);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const line = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = line ? 140 : r;
      data[i + 1] = line ? 140 : g;
      data[i + 2] = line ? 140 : b;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

function hexRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [217, 217, 217];
}
