/**
 * The MapLibre map itself: style with the first state's data (so the worker tiles each source
 * once), camera from the state or the view's default frame, controls, and the test hooks.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapState } from '../url-state/url-state';
import type { MapInputs } from './boot';
import type { MapConfig } from './config';
import { clusterFeatures, linkFeatures, regionFeatures } from './features';
import type { Lookups } from './context';
import type { Shown } from './paint';
import { limitFor } from './camera';
import { buildStyle, HATCH, hatchImage, layerVisibility } from './style';

/** Highest zoom: a city block; the data is no finer than a city's coordinates. */
const MAX_ZOOM = 12;

export function isTesting(): boolean {
  return (window as unknown as { __MAP_COUNTS__?: boolean }).__MAP_COUNTS__ === true;
}

export function createMap(cfg: MapConfig, inputs: MapInputs, look: Lookups, first: MapState, shown: Shown, container: HTMLElement): MapLibreMap {
  const { lib, land, shapes } = inputs;
  const colors = new Map(cfg.groupColors);
  // The camera stays over the land (no clip edge in sight), unless the link opens outside it.
  const limit = limitFor(cfg.frame.maxBounds, first.camera ? [first.camera.lon, first.camera.lat] : [10, 50]);
  const map = new lib.Map({
    ...(limit ? { maxBounds: limit } : {}),
    container,
    style: buildStyle({
      land: { type: 'FeatureCollection', features: land },
      regions: regionFeatures(shapes, look.regionsById, look.metricOf(first.metric)),
      clusters: clusterFeatures(shown.clusters, cfg.view, colors),
      links: linkFeatures(shown.links, look.clustersById),
      groupColors: [...new Set(cfg.groupColors.map(([, c]) => c))],
      visibility: layerVisibility(first.layers, first.links),
    }, cfg.view.regionLevel),
    ...(first.camera
      ? { center: [first.camera.lon, first.camera.lat] as [number, number], zoom: first.camera.zoom }
      : { bounds: cfg.frame.bounds, fitBoundsOptions: { padding: 16 } }),
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: MAX_ZOOM,
    fadeDuration: 0,
    // Lets the e2e tests read the pixels back (window.__MAP_COUNTS__); it costs a buffer copy per
    // frame, so readers go without it.
    canvasContextAttributes: { preserveDrawingBuffer: isTesting() },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', `Interactive map: ${cfg.view.title}. Arrow keys pan, plus and minus zoom, Enter selects what is at the centre. The table below lists every cluster shown.`);
  // The no-data hatch is drawn in code and handed over when the style first asks for it.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH && !map.hasImage(HATCH)) map.addImage(HATCH, hatchImage(look.metricOf(first.metric)?.noDataColor ?? '#d9d9d9'));
  });
  return map;
}

/** Counts of what is drawn now (deduplicated across tiles), for tests and the bench. */
export function countRendered(map: MapLibreMap, root: HTMLElement): void {
  const seen = new Set<string>();
  let clusters = 0;
  let bubbles = 0;
  for (const f of map.queryRenderedFeatures({ layers: ['cluster-points', 'cluster-bubbles'] })) {
    const bubble = f.properties['point_count'] !== undefined;
    const key = bubble ? `b${f.properties['cluster_id']}` : `p${f.properties['id']}`;
    if (seen.has(key)) continue;
    seen.add(key);
    clusters += bubble ? Number(f.properties['point_count']) : 1;
    if (bubble) bubbles++;
  }
  const ids = (layers: string[]) => [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'])))].sort();
  const links = ids(['links-declared', 'links-suggested']);
  const regions = ids(['regions-fill', 'regions-nodata']);
  root.dataset['renderedClusters'] = String(clusters);
  // How many markers stand alone (their colour visible) and how many groups there are.
  root.dataset['renderedBubbles'] = String(bubbles);
  root.dataset['renderedLinks'] = String(links.length);
  root.dataset['renderedRegions'] = String(regions.length);
  // Which ones, so a test that finds a count off can name the features.
  root.dataset['renderedLinkIds'] = links.join(' ');
  root.dataset['renderedRegionIds'] = regions.join(' ');
}
