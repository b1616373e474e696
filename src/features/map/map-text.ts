/**
 * The words the map shows about its current state — legend title and source line, table captions,
 * the metric column's header — written once, used by the server (MapFigure.astro) and by the live
 * map's DOM render, so a cold link, a control and Back/Forward all give the same text.
 */
import type { Metric } from '../../schemas/generated';
import type { YearRange } from '../url-state/time-params';
import { legendWhen } from './time-text';

type MetricText = Pick<Metric, 'label' | 'unit' | 'source' | 'vintage' | 'status'>;

/**
 * "GDP per inhabitant (PPS)"; a unit is left out when it is a bare "%" or the label already names it
 * ("…, percentage points"; a "% of …" unit when the label gives a %), and follows a comma when it has brackets of its own ("…, location
 * quotient (EU28 = 1)": no brackets in brackets).
 */
export function legendTitle(m: MetricText): string {
  if (!m.unit || m.unit === '%') return m.label;
  const named = m.label.toLowerCase().includes(m.unit.toLowerCase()) || (m.unit.startsWith('%') && m.label.includes('%'));
  if (named) return m.label;
  return m.unit.includes('(') ? `${m.label}, ${m.unit}` : `${m.label} (${m.unit})`;
}

/** A label that names its own period ("Change in unemployment rate, 2008–2013 …"). */
const NAMES_PERIOD = /\b\d{4}[–-]\d{4}\b/;

/** The legend's heading: the title and the year or range shown, the year left out when the label names the period. */
export function legendHeading(m: MetricText, year: number | null, change: YearRange | null): string {
  return `${legendTitle(m)}${!change && NAMES_PERIOD.test(m.label) ? '' : legendWhen(year, change)}`;
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
