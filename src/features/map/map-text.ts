/**
 * The words the map shows about its current state — legend title and source line, table captions,
 * the metric column's header — written once, used by the server (MapFigure.astro) and by the live
 * map's DOM render, so a cold link, a control and Back/Forward all give the same text.
 */
import type { Metric } from '../../schemas/generated';

type MetricText = Pick<Metric, 'label' | 'unit' | 'source' | 'vintage' | 'status'>;

/** "Unemployment rate (% of active population)"; a bare "%" unit is left out (the label says it). */
export function legendTitle(m: MetricText): string {
  return `${m.label}${m.unit && m.unit !== '%' ? ` (${m.unit})` : ''}`;
}

export function legendSource(m: MetricText): string {
  return `Source: ${m.source}${m.vintage ? `, ${m.vintage}` : ''}. Status: ${m.status.replace('_', ' ')}.`;
}

/** Caption of the cluster table, with the number of rows the filters leave. */
export function clusterCaption(title: string, shown: number): string {
  return `Clusters on the map “${title}” (${shown} shown). Choose a name to highlight it on the map.`;
}

export function regionCaption(level: 0 | 2, m: Pick<Metric, 'label'>): string {
  return `${level === 0 ? 'Countries' : 'NUTS-2 regions'} by ${m.label}, highest first; regions without data last. Choose a name to select it on the map.`;
}

/** Header of the cluster table's last column: the metric of the cluster's country or region. */
export function metricColumnLabel(level: 0 | 2, m: Pick<Metric, 'label'>): string {
  return `${m.label} (${level === 0 ? 'country' : 'region'})`;
}
