/**
 * What every part of the live map shares: the configuration, the data with its lookups, the map,
 * the store and the DOM root. Built once in client.ts; modules receive it and read from it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import type { Metric } from '../../schemas/generated';
import type { MapState } from '../url-state/url-state';
import type { MapConfig } from './config';
import type { GeoProps } from './features';
import { metricAtLevel, metricById, type MapCluster, type MapData, type MapRegion } from './map-data';
import type { Store, UiState } from './store';

export interface MapContext {
  readonly root: HTMLElement;
  readonly cfg: MapConfig;
  readonly data: MapData;
  readonly shapes: Feature<Geometry, GeoProps>[];
  readonly map: MapLibreMap;
  readonly store: Store;
  readonly defaults: MapState;
  readonly clustersById: ReadonlyMap<string, MapCluster>;
  /** Regions of the view's level. */
  readonly regionsById: ReadonlyMap<string, MapRegion>;
  readonly colors: ReadonlyMap<string, string>;
  /** The metrics the view offers, at its level (for the region details). */
  readonly viewMetrics: readonly Metric[];
  metricOf(id: string | null): Metric | null;
  /** Country names at their label points (mapped countries, then background ones). */
  readonly countryLabels: readonly PlaceLabel[];
  /** Text for the screen reader's live region. */
  announce(text: string): void;
  /** Mark the map busy until its next `idle` (tests and the bench wait on data-map-state). */
  busy(): void;
  $<T extends HTMLElement>(selector: string): T | null;
  /**
   * The metric and regional values a state shows (its year, or its change): set by time.ts once the
   * map runs; until then the state's metric and the regions as loaded (the default year).
   */
  timeView(s: UiState): { metric: Metric | null; regions: readonly MapRegion[]; byId: ReadonlyMap<string, MapRegion>; when: string; years: readonly number[] };
}

export interface PlaceLabel {
  key: string;
  text: string;
  lon: number;
  lat: number;
  kind: 'country' | 'background' | 'city' | 'focus';
}

/** Label points of the land shapes (`centroid`, computed with the geometry: inside the largest part). */
export function countryLabels(land: readonly Feature<Geometry, GeoProps>[]): PlaceLabel[] {
  const out: PlaceLabel[] = [];
  for (const f of land) {
    const at = f.properties?.centroid;
    if (!at || !f.properties?.name) continue;
    out.push({ key: `n:${String(f.id)}`, text: f.properties.name, lon: at[0], lat: at[1], kind: f.properties.background ? 'background' : 'country' });
  }
  return out;
}

export interface Lookups {
  clustersById: Map<string, MapCluster>;
  regionsById: Map<string, MapRegion>;
  viewMetrics: Metric[];
  metricOf(id: string | null): Metric | null;
}

export function lookups(cfg: MapConfig, data: MapData): Lookups {
  const level = cfg.view.regionLevel;
  const offered = new Set(cfg.url.views.find((v) => v.id === cfg.view.id)?.metrics ?? []);
  return {
    clustersById: new Map(data.clusters.map((c) => [c.id, c])),
    regionsById: new Map(data.regions.filter((r) => r.level === level).map((r) => [r.id, r])),
    viewMetrics: data.metrics.filter((m) => offered.has(m.id)).map((m) => metricAtLevel(m, level)),
    metricOf: (id) => metricById(data.metrics, id, level),
  };
}
