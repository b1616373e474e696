/**
 * What the server hands the map client, in the root element's `data-config` attribute (JSON, escaped
 * by Astro as an attribute). Built by `mapConfig()` in src/features/map/map-page.ts at build time.
 */
import type { Bounds, LayerId } from '../../schemas/view';
import type { UrlContext } from '../url-state/url-state';

export interface ClientView {
  id: string;
  title: string;
  layers: LayerId[];
  regionLevel: 0 | 2;
  colorBy: 'category' | 'ecosystem';
  extent: Bounds;
}

export interface OutermostRegion {
  id: string;
  name: string;
  bounds: Bounds;
}

export interface MapConfig {
  view: ClientView;
  /** URL of the compact map data (MapData JSON), shared by all views. */
  dataUrl: string;
  /** Folder of the series files (`<seriesUrl><metric id>.json`, every year; fetched when needed). */
  seriesUrl: string;
  /** TopoJSON of countries (object `countries`) and NUTS-2 (object `nuts2`). */
  geo: { countries: string; nuts2: string };
  /** Everything a deep link may name, except the cluster and region ids (taken from the data). */
  url: Omit<UrlContext, 'clusters' | 'regions'>;
  /** Colour of each cluster group, fixed at build so the picture and the live map agree. */
  groupColors: [string, string][];
  outermost: OutermostRegion[];
  /** The camera's default frame and limits (built in map-page.ts). */
  frame: MapFrame;
  /** Where the details panel links: `${cluster}<id>/`, `${region}<id>/` for the ids in `regions`. */
  pages: { cluster: string; region: string; regions: string[] };
}

export interface MapFrame {
  /** Bounds the default camera fits: the view's extent, centred on the mapped regions. */
  bounds: Bounds;
  /** The land's extent: the camera never shows beyond it (no straight clip edges in sight). */
  maxBounds: Bounds;
}
