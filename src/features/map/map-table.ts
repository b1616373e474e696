/**
 * Rows and columns of the table under every map: one row per visible cluster, the same rows
 * the map draws. Each cell carries its display text and a sort key (number, string or null =
 * sorted last), so the server renders it and the browser sorts it without re-deriving values.
 */
import type { Metric } from '../../schemas/generated';
import type { View } from '../../schemas/view';
import { groupOf, type MapCluster, type MapRegion } from './map-data';
import { formatNumber, formatValue } from './map-format';
import { metricColumnLabel } from './map-text';

/** What the table needs of a view (the server's View and the client's ClientView both fit). */
type TableView = Pick<View, 'layers' | 'regionLevel' | 'colorBy'>;

export interface TableColumn {
  key: string;
  label: string;
  /** Numbers align right and sort numerically. */
  numeric: boolean;
}

export interface TableCell {
  text: string;
  sort: string | number | null;
}

export interface TableRow {
  id: string;
  cells: TableCell[];
  status: MapCluster['status'];
}

const STATUS_LABEL: Record<MapCluster['status'], string> = {
  official: 'Official',
  compiled: 'Compiled',
  needs_check: 'Needs check',
  illustrative: 'Illustrative',
};
export const statusLabel = (s: MapCluster['status']) => STATUS_LABEL[s];

export function tableColumns(view: TableView, metric: Metric | null): TableColumn[] {
  const cols: TableColumn[] = [
    { key: 'name', label: 'Cluster', numeric: false },
    { key: 'city', label: 'City', numeric: false },
    { key: 'country', label: 'Country', numeric: false },
    { key: 'group', label: view.colorBy === 'category' ? 'Category' : 'Ecosystem', numeric: false },
    { key: 'members', label: 'Members', numeric: true },
    { key: 'status', label: 'Status', numeric: false },
  ];
  if (metric && view.layers.includes('regions')) {
    cols.push({ key: 'metric', label: metricColumnLabel(view.regionLevel, metric), numeric: true });
  }
  return cols;
}

/** The region whose value is shown beside a cluster: its country or its NUTS-2 region. */
function regionOf(c: MapCluster, level: 0 | 2, byId: ReadonlyMap<string, MapRegion>): MapRegion | undefined {
  const id = level === 0 ? c.country : c.nuts2;
  return id ? byId.get(id) : undefined;
}

/** The metric cell of a cluster's row: the value of its region (the browser rewrites it per year). */
export function metricCell(level: 0 | 2, c: MapCluster, byId: ReadonlyMap<string, MapRegion>, metric: Metric): TableCell {
  const v = regionOf(c, level, byId)?.values[metric.id] ?? null;
  return { text: v === null ? 'no data' : formatValue(v, metric.unit, metric.decimals), sort: v };
}

/** Rows sorted by cluster name (the table's default order). */
export function tableRows(view: TableView, clusters: readonly MapCluster[], regions: readonly MapRegion[], metric: Metric | null): TableRow[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const withMetric = metric !== null && view.layers.includes('regions');
  return [...clusters]
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
    .map((c) => {
      const group = groupOf(c, view.colorBy);
      const cells: TableCell[] = [
        { text: c.name, sort: c.name.toLowerCase() },
        { text: c.city, sort: c.city.toLowerCase() },
        { text: c.country, sort: c.country },
        { text: group, sort: group.toLowerCase() },
        { text: c.members === null ? '–' : formatNumber(c.members, 0), sort: c.members },
        { text: STATUS_LABEL[c.status], sort: c.status },
      ];
      if (withMetric && metric) cells.push(metricCell(view.regionLevel, c, byId, metric));
      return { id: c.id, cells, status: c.status };
    });
}

export interface RegionRow {
  id: string;
  name: string;
  /** Formatted value with unit, or "no data". */
  value: string;
  flags: string;
}

/** Regions by a metric's value, highest first (ties by name); regions without a value last. */
export function regionRows(regions: readonly MapRegion[], metric: Metric): RegionRow[] {
  const v = (r: MapRegion) => r.values[metric.id] ?? null;
  return [...regions]
    .sort((a, b) => {
      const va = v(a);
      const vb = v(b);
      if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name, 'en') : va === null ? 1 : -1;
      return vb - va || a.name.localeCompare(b.name, 'en');
    })
    .map((r) => ({ id: r.id, name: r.name, value: formatValue(v(r), metric.unit, metric.decimals), flags: r.flags[metric.id] ?? '' }));
}
