/**
 * The compact data one map needs, and the filter logic shared by the build (table, summary,
 * static SVG) and the browser (live map, table rows), so both always show the same rows.
 * No zod and no d3 here: this module is bundled into the map client.
 */
import { readerNote, readerSource } from '../../lib/editorial-notes';
import type { Cluster, Link, Metric, Network, Region, Status } from '../../schemas/generated';
import type { View, ViewFilters } from '../../schemas/view';

export interface MapCluster {
  id: string;
  name: string;
  city: string;
  country: string;
  nuts2: string | null;
  lon: number;
  lat: number;
  sector: string;
  /** Primary EOCIC category (first of `categories`), null when none was assigned. */
  category: string | null;
  ecosystems: string[];
  website: string | null;
  members: number | null;
  /** The year `members` refers to (null when it is unknown). */
  sizeYear: number | null;
  status: Status;
  source: string;
}

export type MapLink = Pick<Link, 'id' | 'source' | 'target' | 'kind' | 'type' | 'networkId' | 'field' | 'status' | 'evidence' | 'sourceUrl'>;

export interface MapRegion {
  id: string;
  level: 0 | 2;
  name: string;
  country: string;
  /** Metric values keyed by metric id; a missing key or null = no data (nulls are left out of the JSON). */
  values: Record<string, number | null>;
  /** Eurostat flags of the value keyed by metric id, where the metric is an imported indicator. */
  flags: Record<string, string>;
  /** Reference period of the value keyed by metric id, where known. */
  periods: Record<string, string>;
}

export interface MapData {
  /** Data vintage from the manifest (ISO date). */
  vintage: string;
  clusters: MapCluster[];
  links: MapLink[];
  networks: Pick<Network, 'id' | 'name'>[];
  regions: MapRegion[];
  metrics: Metric[];
}

/** Reader-side filter state; the view's `filters` are its starting point. */
export interface MapFilters {
  categories: string[];
  ecosystems: string[];
  countries: string[];
  linkKinds: ('declared' | 'suggested')[];
}

export const UNASSIGNED = 'Unassigned';

/** Build the compact map data from the pipeline's files (build time only). */
export function toMapData(input: { vintage: string; clusters: Cluster[]; links: Link[]; networks: Network[]; regions: Region[]; metrics: Metric[] }): MapData {
  const metricIds = input.metrics.map((m) => m.id);
  return {
    vintage: input.vintage,
    clusters: input.clusters.map((c) => ({
      id: c.id, name: c.name, city: c.city, country: c.country, nuts2: c.nuts2, lon: c.lon, lat: c.lat,
      sector: c.sector, category: c.categories[0] ?? null, ecosystems: c.ecosystems, website: c.website,
      members: c.members, sizeYear: c.sizeYear, status: c.status,
      // The source as readers get it: the panel names the cluster's page for the address checked.
      source: readerSource(c.source, false),
    })),
    links: input.links.map((l) => ({
      id: l.id, source: l.source, target: l.target, kind: l.kind, type: l.type, networkId: l.networkId,
      // A link through a network is evidenced by the network's name (the details panel shows it); the
      // members' quoted evidence, two sentences per link, stays on the cluster pages: the map's default
      // data must stay within its byte budget as networks grow (it was half of the links' bytes).
      // A suggested link's evidence is the atlas's own sentence (same field, distance): the panel's heading
      // already says what a suggestion is, and the cluster pages give the sentence in full.
      field: l.field, status: l.status, evidence: l.networkId === null && l.kind === 'declared' ? readerNote(l.evidence) : null, sourceUrl: l.sourceUrl,
    })),
    networks: input.networks.map((n) => ({ id: n.id, name: n.name })),
    regions: input.regions.map((r) => {
      const values: Record<string, number | null> = {};
      const flags: Record<string, string> = {};
      const periods: Record<string, string> = {};
      for (const id of metricIds) {
        const v = r.values[id];
        if (v === null || v === undefined) continue;
        values[id] = v;
        const indicator = r.indicators[id];
        if (indicator?.flags) flags[id] = indicator.flags;
        if (indicator?.period) periods[id] = indicator.period;
      }
      return { id: r.id, level: r.level, name: r.name, country: r.country, values, flags, periods };
    }),
    metrics: input.metrics,
  };
}

/** The group a cluster is coloured by: its primary category or its first ecosystem. */
export function groupOf(cluster: Pick<MapCluster, 'category' | 'ecosystems'>, colorBy: View['colorBy']): string {
  return (colorBy === 'category' ? cluster.category : cluster.ecosystems[0]) ?? UNASSIGNED;
}

export function initialFilters(view: View): MapFilters {
  const f: ViewFilters = view.filters;
  return { categories: [...f.categories], ecosystems: [...f.ecosystems], countries: [...f.countries], linkKinds: [...f.linkKinds] };
}

/** Does a cluster pass the filters? Empty lists let everything through. */
export function clusterMatches(c: MapCluster, f: MapFilters): boolean {
  if (f.countries.length > 0 && !f.countries.includes(c.country)) return false;
  if (f.categories.length > 0 && !f.categories.includes(c.category ?? UNASSIGNED)) return false;
  if (f.ecosystems.length > 0 && !c.ecosystems.some((e) => f.ecosystems.includes(e))) return false;
  return true;
}

export function visibleClusters(clusters: readonly MapCluster[], f: MapFilters): MapCluster[] {
  return clusters.filter((c) => clusterMatches(c, f));
}

/** Links whose two ends are both visible and whose kind is selected. */
export function visibleLinks(links: readonly MapLink[], visibleIds: ReadonlySet<string>, f: Pick<MapFilters, 'linkKinds'>): MapLink[] {
  return links.filter((l) => f.linkKinds.includes(l.kind) && visibleIds.has(l.source) && visibleIds.has(l.target));
}

/** The metric with the classes of `level` where it has its own (Metric.levelClasses), else as it is. */
export function metricAtLevel(metric: Metric, level: 0 | 2): Metric {
  const own = metric.levelClasses?.find((c) => c.level === level);
  return own ? { ...metric, breaks: own.breaks, colors: own.colors } : metric;
}

/** The metric with this id, with the classes of `level`; null when there is none. */
export function metricById(metrics: readonly Metric[], id: string | null | undefined, level: 0 | 2): Metric | null {
  const m = metrics.find((x) => x.id === id);
  return m ? metricAtLevel(m, level) : null;
}

/** Metrics the reader may pick in this view, in the pipeline's order, with the classes of its level. */
export function metricsFor(view: View, metrics: readonly Metric[]): Metric[] {
  const atLevel = metrics.filter((m) => m.levels.includes(view.regionLevel)).map((m) => metricAtLevel(m, view.regionLevel));
  return view.metrics.length > 0 ? atLevel.filter((m) => view.metrics.includes(m.id)) : atLevel;
}

/**
 * The metric a view opens with: `view.metric`, or the first metric of its level; null when the
 * data has none at that level. A metric id the data does not have is a build error naming the view.
 */
export function resolveMetric(view: View, metrics: readonly Metric[]): Metric | null {
  const offered = metricsFor(view, metrics);
  if (view.metric === null) return offered[0] ?? null;
  const m = offered.find((x) => x.id === view.metric);
  if (!m) {
    throw new Error(`src/data/views.ts: view "${view.id}" asks for metric "${view.metric}" at level ${view.regionLevel}; the data has: ${offered.map((x) => x.id).join(', ') || '(no metrics at that level)'}`);
  }
  return m;
}

/** Sorted distinct values, for filter options. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The filter options a reader can choose from, derived from the data. */
export function filterOptions(clusters: readonly MapCluster[]): { categories: string[]; ecosystems: string[]; countries: string[] } {
  return {
    categories: distinct(clusters.map((c) => c.category ?? UNASSIGNED)),
    ecosystems: distinct(clusters.flatMap((c) => c.ecosystems)),
    countries: distinct(clusters.map((c) => c.country)),
  };
}
