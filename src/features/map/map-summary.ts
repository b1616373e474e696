/**
 * The short text summary printed under every map (and read by screen readers): what is shown,
 * how many, where most clusters are, and the metric's extremes, always with the metric's source.
 */
import type { Metric } from '../../schemas/generated';
import type { View } from '../../schemas/view';
import { groupOf, type MapCluster, type MapLink, type MapRegion } from './map-data';
import { formatValue } from './map-format';

export interface SummaryInput {
  view: Pick<View, 'colorBy' | 'regionLevel'>;
  clusters: readonly MapCluster[];
  links: readonly MapLink[];
  /** Regions at the view's level. */
  regions: readonly MapRegion[];
  metric: Metric | null;
  /** Layers currently shown. */
  layers: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Top `n` keys by count, ties by name, as "A (3), B (2)". */
function top(values: readonly string[], n: number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
    .slice(0, n)
    .map(([k, c]) => `${k} (${c})`)
    .join(', ');
}

/** Most countries without a cluster are named; past this many, only their number is given. */
const MAX_NAMED_GAPS = 8;

/**
 * The mapped countries (those of the regions shown) this selection has no cluster in, by code as
 * "Most are in" names them: a gap in the list, not a country without clusters.
 */
function countriesWithout(clusters: readonly MapCluster[], regions: readonly MapRegion[]): string | null {
  const mapped = new Set(regions.map((r) => r.country));
  const present = new Set(clusters.map((c) => c.country));
  const gaps = [...mapped].filter((code) => !present.has(code)).sort();
  if (gaps.length === 0) return null;
  if (gaps.length > MAX_NAMED_GAPS) return `${gaps.length} of the ${mapped.size} mapped countries have none in this selection.`;
  return `None in this list for ${gaps.join(', ')}.`;
}

export function summarise({ view, clusters, links, regions, metric, layers }: SummaryInput): string {
  const parts: string[] = [];
  if (layers.includes('clusters')) {
    if (clusters.length === 0) {
      parts.push('No cluster matches the current filters.');
    } else {
      const countries = new Set(clusters.map((c) => c.country)).size;
      parts.push(`The map shows ${plural(clusters.length, 'cluster')} in ${plural(countries, 'country', 'countries')}.`);
      parts.push(`Most are in ${top(clusters.map((c) => c.country), 3)}.`);
      const by = view.colorBy === 'category' ? 'category' : 'ecosystem';
      parts.push(`Largest groups by ${by}: ${top(clusters.map((c) => groupOf(c, view.colorBy)), 3)}.`);
      const gaps = countriesWithout(clusters, regions);
      if (gaps) parts.push(gaps);
      const sized = clusters.filter((c) => c.members !== null).length;
      parts.push(`Marker size shows member organisations, known for ${sized.toLocaleString('en')} of ${plural(clusters.length, 'cluster')}; the others are drawn small.`);
      const check = clusters.filter((c) => c.status === 'needs_check').length;
      const illus = clusters.filter((c) => c.status === 'illustrative').length;
      if (check > 0 || illus > 0) {
        const bits = [check > 0 ? `${plural(check, 'entry', 'entries')} still need checking` : '', illus > 0 ? `${plural(illus, 'entry', 'entries')} are illustrative only` : ''].filter(Boolean);
        parts.push(`${bits.join('; ')}.`.replace(/^./, (s) => s.toUpperCase()));
      }
    }
  }
  if (layers.includes('links')) {
    const declared = links.filter((l) => l.kind === 'declared').length;
    const suggested = links.length - declared;
    parts.push(`Cooperation: ${plural(declared, 'declared link')} and ${plural(suggested, 'suggested same-field pairing')} (suggestions are not existing partnerships).`);
  }
  if (layers.includes('regions')) {
    if (!metric) {
      parts.push('No regional indicator is available for these regions yet.');
    } else {
      const level = view.regionLevel === 0 ? 'countries' : 'NUTS-2 regions';
      const withValue = regions.filter((r) => typeof r.values[metric.id] === 'number').sort((a, b) => (b.values[metric.id]! - a.values[metric.id]!) || a.id.localeCompare(b.id));
      const missing = regions.length - withValue.length;
      const src = `Source: ${metric.source}${metric.vintage ? `, ${metric.vintage}` : ''}.`;
      if (withValue.length === 0) {
        parts.push(`${level[0]!.toUpperCase()}${level.slice(1)} are shaded by ${metric.label}, but no region has a value yet. ${src}`);
      } else {
        const hi = withValue[0]!;
        const lo = withValue[withValue.length - 1]!;
        const ends = withValue.length > 1
          ? ` Highest: ${hi.name} (${formatValue(hi.values[metric.id], metric.unit, metric.decimals)}); lowest: ${lo.name} (${formatValue(lo.values[metric.id], metric.unit, metric.decimals)}).`
          : ` Only ${hi.name} has a value (${formatValue(hi.values[metric.id], metric.unit, metric.decimals)}).`;
        const none = missing > 0 ? ` ${plural(missing, 'region')} without data are shown hatched.` : '';
        parts.push(`${level[0]!.toUpperCase()}${level.slice(1)} are shaded by ${metric.label}.${ends}${none} ${src}`);
      }
    }
  }
  return parts.join(' ');
}
