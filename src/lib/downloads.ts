/**
 * Every download the site offers, built at build time from the generated data:
 *  - per map view: `<view>-clusters.csv`, `<view>-links.csv` (views with the links layer),
 *    `<view>-regions.csv` (views with the regions layer) and `<view>.json` with all of them;
 *  - the whole dataset: `clusters.csv`, `links.csv`, `networks.csv`, `regions.csv`, `indicators.csv` and
 *    `cluster-atlas.json`.
 * Region values are in long format with every year of every series: one row per region,
 * indicator and year that has a value or a flag (region, indicator, year, value, flags); a
 * region-year without a row has no value. What each indicator is sits in `indicators.csv` and
 * in the JSON's `metrics`.
 * Each CSV has a CSVW sidecar `<name>.csv-metadata.json` (title, source, licence, vintage, columns);
 * each JSON carries the same facts in a `meta` block. Rows keep their own `status` and `source`.
 * Pure: data in, file texts out (the endpoint src/pages/downloads/[file].ts serves them).
 */
import type { Cluster, Link, Manifest, Metric, Network, Region, SeriesFile } from '../schemas/generated';
import type { View } from '../schemas/view';
import { clusterMatches, initialFilters, metricsFor, toMapData, visibleLinks } from '../features/map/map-data';
import { csvwMetadata, toCsv, type CsvColumn, type DownloadMeta } from './csv-export';

export interface DownloadInput {
  readonly views: readonly View[];
  readonly clusters: readonly Cluster[];
  readonly links: readonly Link[];
  readonly networks: readonly Network[];
  readonly regions: readonly Region[];
  readonly metrics: readonly Metric[];
  /** Every year of each metric that has a series, keyed by metric id (src/lib/generated-data.ts loadAllSeries). */
  readonly series: ReadonlyMap<string, SeriesFile>;
  readonly manifest: Manifest;
  /** Absolute URL of a site path (adds origin and base). */
  readonly absolute: (path: string) => string;
}

export interface DownloadFile {
  /** File name under /downloads/. */
  readonly name: string;
  readonly format: 'csv' | 'json' | 'csvw';
  /** `dataset` or a view id: which list the file belongs to. */
  readonly group: string;
  /** What a reader sees in the list. */
  readonly label: string;
  readonly body: string;
}

/** One row of the long regions table: a region × metric × year value. */
export interface RegionValueRow {
  readonly region: Region;
  readonly metric: Metric;
  /** Reference year; null for metrics that are not a time series (cluster counts). */
  readonly year: number | null;
  /** The period as shown: the year, "2008–2013" for a change, the vintage date for counts. */
  readonly period: string | null;
  readonly value: number | null;
  readonly flags: string;
}

const text = (v: string | null | undefined) => v ?? null;
const list = (v: readonly string[]) => v.join('|');

export const CLUSTER_COLUMNS: readonly CsvColumn<Cluster>[] = [
  { name: 'id', title: 'Stable id (used in /clusters/<id>/ and deep links)', datatype: 'string', value: (c) => c.id },
  { name: 'name', title: 'Official name', datatype: 'string', value: (c) => c.name },
  { name: 'city', title: 'City', datatype: 'string', value: (c) => c.city },
  { name: 'country', title: 'Eurostat country code (EL = Greece, UK = United Kingdom)', datatype: 'string', value: (c) => c.country },
  { name: 'nuts2', title: 'NUTS-2 (2021) region code', datatype: 'string', value: (c) => c.nuts2 },
  { name: 'lat', title: 'Latitude, WGS84 degrees', datatype: 'number', value: (c) => c.lat },
  { name: 'lon', title: 'Longitude, WGS84 degrees', datatype: 'number', value: (c) => c.lon },
  { name: 'sector', title: 'Sector as described by the source', datatype: 'string', value: (c) => c.sector },
  { name: 'categories', title: 'EOCIC cluster categories, |-separated (assigned by the editors)', datatype: 'string', value: (c) => list(c.categories) },
  { name: 'ecosystems', title: 'EU industrial ecosystems, |-separated', datatype: 'string', value: (c) => list(c.ecosystems) },
  { name: 'org_type', title: 'Organisation type', datatype: 'string', value: (c) => c.orgType },
  { name: 'founded', title: 'Year founded', datatype: 'integer', value: (c) => c.founded },
  { name: 'members', title: 'Number of member organisations, as stated by size_source_url for size_year', datatype: 'integer', value: (c) => c.members },
  { name: 'members_firms', title: 'Companies among the members', datatype: 'integer', value: (c) => c.membersFirms },
  { name: 'employees', title: 'People employed by the member firms', datatype: 'integer', value: (c) => c.employees },
  { name: 'size_year', title: 'Year the counts refer to', datatype: 'integer', value: (c) => c.sizeYear },
  { name: 'size_source_url', title: 'Address of the page that states the counts', datatype: 'string', value: (c) => c.sizeSourceUrl },
  { name: 'website', title: 'Website', datatype: 'string', value: (c) => c.website },
  { name: 'status', title: 'How far the row was checked: official, compiled, needs_check, illustrative', datatype: 'string', value: (c) => c.status },
  { name: 'source', title: 'Source of the row', datatype: 'string', value: (c) => c.source },
  { name: 'source_url', title: 'Address of the source', datatype: 'string', value: (c) => c.sourceUrl },
  { name: 'note', title: 'What was checked, in the editors’ words', datatype: 'string', value: (c) => c.note },
];

export const LINK_COLUMNS: readonly CsvColumn<Link>[] = [
  { name: 'id', title: 'Link id', datatype: 'string', value: (l) => l.id },
  { name: 'source', title: 'Cluster id at one end', datatype: 'string', value: (l) => l.source },
  { name: 'target', title: 'Cluster id at the other end', datatype: 'string', value: (l) => l.target },
  { name: 'kind', title: 'declared (backed by evidence) or suggested (same field, other country; not an existing partnership)', datatype: 'string', value: (l) => l.kind },
  { name: 'type', title: 'Link type', datatype: 'string', value: (l) => l.type },
  { name: 'network_id', title: 'Network the link comes from', datatype: 'string', value: (l) => l.networkId },
  { name: 'field', title: 'Shared field', datatype: 'string', value: (l) => l.field },
  { name: 'status', title: 'How far the link was checked', datatype: 'string', value: (l) => l.status },
  { name: 'evidence', title: 'Evidence for a declared link', datatype: 'string', value: (l) => l.evidence },
  { name: 'source_url', title: 'Address of the evidence', datatype: 'string', value: (l) => l.sourceUrl },
];

export const NETWORK_COLUMNS: readonly CsvColumn<Network>[] = [
  { name: 'id', title: 'Network id', datatype: 'string', value: (n) => n.id },
  { name: 'name', title: 'Name', datatype: 'string', value: (n) => n.name },
  { name: 'field', title: 'Field', datatype: 'string', value: (n) => n.field },
  { name: 'year_start', title: 'Year founded', datatype: 'integer', value: (n) => n.yearStart },
  { name: 'coordinator_id', title: 'Cluster id of the coordinator', datatype: 'string', value: (n) => n.coordinatorId },
  { name: 'member_ids', title: 'Cluster ids of the members, |-separated', datatype: 'string', value: (n) => list(n.memberIds) },
  { name: 'url', title: 'Website', datatype: 'string', value: (n) => n.url },
  { name: 'status', title: 'How far the row was checked', datatype: 'string', value: (n) => n.status },
  { name: 'source', title: 'Source of the row', datatype: 'string', value: (n) => n.source },
];

export const REGION_VALUE_COLUMNS: readonly CsvColumn<RegionValueRow>[] = [
  { name: 'region', title: 'Country code (level 0) or NUTS-2 (2021) code', datatype: 'string', value: (r) => r.region.id },
  { name: 'level', title: '0 = country, 2 = NUTS-2 region', datatype: 'integer', value: (r) => r.region.level },
  { name: 'name', title: 'Region name', datatype: 'string', value: (r) => r.region.name },
  { name: 'country', title: 'Eurostat country code', datatype: 'string', value: (r) => r.region.country },
  { name: 'indicator', title: 'Indicator id (described in indicators.csv)', datatype: 'string', value: (r) => r.metric.id },
  { name: 'year', title: 'Reference year (empty for cluster counts)', datatype: 'integer', value: (r) => r.year },
  { name: 'period', title: 'Reference period as shown: the year, or first–last year of a change', datatype: 'string', value: (r) => r.period },
  { name: 'value', title: 'Value (empty = no data, never zero)', datatype: 'number', value: (r) => r.value },
  { name: 'unit', title: 'Unit of the value', datatype: 'string', value: (r) => r.metric.unit },
  { name: 'flags', title: 'Eurostat observation flags as published (b break, u low reliability, e estimated, p provisional, d definition differs)', datatype: 'string', value: (r) => r.flags || null },
  { name: 'status', title: 'official, compiled, needs_check or illustrative', datatype: 'string', value: (r) => r.metric.status },
  { name: 'dataset_code', title: 'Eurostat dataset code', datatype: 'string', value: (r) => r.metric.datasetCode },
];

export const INDICATOR_COLUMNS: readonly CsvColumn<Metric>[] = [
  { name: 'indicator', title: 'Indicator id', datatype: 'string', value: (m) => m.id },
  { name: 'label', title: 'Indicator', datatype: 'string', value: (m) => m.label },
  { name: 'unit', title: 'Unit', datatype: 'string', value: (m) => m.unit },
  { name: 'levels', title: 'Region levels, |-separated (0 = countries, 2 = NUTS-2)', datatype: 'string', value: (m) => m.levels.join('|') },
  { name: 'first_year', title: 'First year with a value', datatype: 'integer', value: (m) => m.years[0] ?? null },
  { name: 'last_year', title: 'Last year with a value', datatype: 'integer', value: (m) => m.years.at(-1) ?? null },
  { name: 'default_year', title: 'Year the maps open on', datatype: 'integer', value: (m) => m.defaultYear },
  { name: 'source', title: 'Source', datatype: 'string', value: (m) => m.source },
  { name: 'source_url', title: 'Address of the source', datatype: 'string', value: (m) => m.sourceUrl },
  { name: 'dataset_code', title: 'Eurostat dataset code', datatype: 'string', value: (m) => m.datasetCode },
  { name: 'vintage', title: 'Data vintage', datatype: 'string', value: (m) => m.vintage },
  { name: 'status', title: 'official, compiled, needs_check or illustrative', datatype: 'string', value: (m) => m.status },
  { name: 'note', title: 'How the value is made', datatype: 'string', value: (m) => m.note },
];

/** The rows of one region and metric: every year of its series that has a value or a flag. */
function rowsOf(region: Region, metric: Metric, series: SeriesFile | undefined): RegionValueRow[] {
  const indicator = region.indicators[metric.id];
  if (!series) {
    // Not a time series (cluster counts), or no series file given: the value the maps show.
    return [{ region, metric, year: metric.defaultYear, period: text(indicator?.period) ?? metric.vintage, value: region.values[metric.id] ?? null, flags: indicator?.flags ?? '' }];
  }
  const values = series.values[region.id];
  const flags = series.flags[region.id];
  return series.years.flatMap((year, i) => {
    const value = values?.[i] ?? null;
    const flag = flags?.[i] ?? '';
    if (value === null && flag === '') return [];
    const period = year === metric.defaultYear && indicator ? indicator.period : String(year);
    return [{ region, metric, year, period, value, flags: flag }];
  });
}

/** Region × metric × year rows for these regions and metrics (a metric only where its level matches). */
export function regionValueRows(regions: readonly Region[], metrics: readonly Metric[], series: ReadonlyMap<string, SeriesFile> = new Map()): RegionValueRow[] {
  return regions.flatMap((region) => metrics.filter((m) => m.levels.includes(region.level)).flatMap((m) => rowsOf(region, m, series.get(m.id))));
}

/** A value row as plain JSON: region, indicator, year, period, value, flags. */
const plainRow = (r: RegionValueRow) => ({ region: r.region.id, indicator: r.metric.id, year: r.year, period: r.period, value: r.value, flags: r.flags });

/** The clusters, links and regions a view shows when it opens (its default filters). */
export function viewSubset(view: View, input: Pick<DownloadInput, 'clusters' | 'links' | 'regions' | 'metrics'>) {
  const filters = initialFilters(view);
  const mapData = toMapData({ vintage: '', clusters: [...input.clusters], links: [...input.links], networks: [], regions: [], metrics: [] });
  const visibleIds = new Set(mapData.clusters.filter((c) => clusterMatches(c, filters)).map((c) => c.id));
  const clusters = input.clusters.filter((c) => visibleIds.has(c.id));
  const linkIds = new Set(visibleLinks(mapData.links, visibleIds, filters).map((l) => l.id));
  const links = view.layers.includes('links') ? input.links.filter((l) => linkIds.has(l.id)) : [];
  const metrics = view.layers.includes('regions') ? metricsFor(view, input.metrics) : [];
  const regions = view.layers.includes('regions') ? input.regions.filter((r) => r.level === view.regionLevel) : [];
  return { clusters, links, metrics, regions };
}

/** Licences of the sources, as one line ("each source keeps its own licence"). */
function licenceLine(manifest: Manifest): string {
  const named = manifest.sources.map((s) => `${s.name}: ${s.licence}`);
  return named.length > 0 ? `Each source keeps its own licence — ${named.join('; ')}` : 'See the sources named on each row';
}

function csvFiles<T>(name: string, group: string, label: string, rows: readonly T[], columns: readonly CsvColumn<T>[], meta: DownloadMeta): DownloadFile[] {
  return [
    { name: `${name}.csv`, format: 'csv', group, label, body: toCsv(rows, columns) },
    { name: `${name}.csv-metadata.json`, format: 'csvw', group, label: `${label} (CSVW metadata)`, body: `${JSON.stringify(csvwMetadata(`${name}.csv`, meta, columns), null, 2)}\n` },
  ];
}

/** Every download file, in a stable order. */
export function buildDownloads(input: DownloadInput): DownloadFile[] {
  const { manifest } = input;
  const sources = manifest.sources.map((s) => ({ name: s.name, licence: s.licence, url: s.url }));
  const metaFor = (title: string, description: string, page: string): DownloadMeta => ({
    title, description, vintage: manifest.vintage, licence: licenceLine(manifest), sources, page: input.absolute(page),
  });
  const files: DownloadFile[] = [];

  for (const view of input.views) {
    const sub = viewSubset(view, input);
    const page = `/maps/${view.id}/`;
    const meta = metaFor(`${view.title} — Cluster Atlas`, view.description, page);
    files.push(...csvFiles(`${view.id}-clusters`, view.id, 'Clusters (CSV)', sub.clusters, CLUSTER_COLUMNS, { ...meta, title: `${meta.title}: clusters` }));
    if (view.layers.includes('links')) files.push(...csvFiles(`${view.id}-links`, view.id, 'Cooperation links (CSV)', sub.links, LINK_COLUMNS, { ...meta, title: `${meta.title}: links` }));
    const regionRows = regionValueRows(sub.regions, sub.metrics, input.series);
    if (view.layers.includes('regions')) files.push(...csvFiles(`${view.id}-regions`, view.id, 'Region values (CSV)', regionRows, REGION_VALUE_COLUMNS, { ...meta, title: `${meta.title}: region values` }));
    files.push({
      name: `${view.id}.json`, format: 'json', group: view.id, label: 'All data of this map (JSON)',
      body: `${JSON.stringify({ meta, clusters: sub.clusters, links: sub.links, metrics: sub.metrics, regions: sub.regions, values: regionRows.map(plainRow) })}\n`,
    });
  }

  const all = metaFor('Cluster Atlas — whole dataset', 'Every cluster, cooperation link, network and regional value of the atlas.', '/data/');
  files.push(...csvFiles('clusters', 'dataset', 'Clusters (CSV)', input.clusters, CLUSTER_COLUMNS, { ...all, title: 'Cluster Atlas: clusters' }));
  files.push(...csvFiles('links', 'dataset', 'Cooperation links (CSV)', input.links, LINK_COLUMNS, { ...all, title: 'Cluster Atlas: cooperation links' }));
  files.push(...csvFiles('networks', 'dataset', 'Networks (CSV)', input.networks, NETWORK_COLUMNS, { ...all, title: 'Cluster Atlas: networks' }));
  const allRows = regionValueRows(input.regions, input.metrics, input.series);
  files.push(...csvFiles('regions', 'dataset', 'Region values, every year (CSV)', allRows, REGION_VALUE_COLUMNS, { ...all, title: 'Cluster Atlas: region values, every year' }));
  files.push(...csvFiles('indicators', 'dataset', 'Indicators: what each one is (CSV)', input.metrics, INDICATOR_COLUMNS, { ...all, title: 'Cluster Atlas: indicators' }));
  files.push({
    name: 'cluster-atlas.json', format: 'json', group: 'dataset', label: 'Whole dataset (JSON)',
    body: `${JSON.stringify({ meta: all, clusters: input.clusters, links: input.links, networks: input.networks, metrics: input.metrics, regions: input.regions, values: allRows.map(plainRow) })}\n`,
  });
  return files;
}
