/**
 * What the map's chart panel draws, from the state and the series: the inputs of the line chart
 * (the chosen regions over the years, with the first one's country and the EU where the series has
 * them) and of the ranked bar chart (every region of the map in the year shown, or its change).
 * Pure: the renderers in src/features/charts turn these into SVG and tables.
 */
import type { BarChartInput, LineChartInput, Series as ChartSeries } from '../charts/types';
import { MAX_SERIES } from '../charts/styles';
import { formatWith } from '../charts/format';
import type { Metric } from '../../schemas/generated';
import type { YearRange } from '../url-state/time-params';
import type { MapRegion } from './map-data';
import type { Series } from './series-loader';

/** EU aggregates as Eurostat codes them, the current one first, with the names readers know. */
export const EU_AGGREGATES: readonly (readonly [string, string])[] = [
  ['EU27_2020', 'EU (27 countries, 2020)'],
  ['EU28', 'EU (28 countries, 2013–2020)'],
];

export interface ChartState {
  readonly selected: { readonly kind: 'cluster' | 'region'; readonly id: string } | null;
  readonly compare: readonly string[];
  readonly year: number | null;
  readonly change: YearRange | null;
}

export interface Names {
  /** Names of regions and countries by code (level 2 and level 0 of the data). */
  readonly byId: ReadonlyMap<string, Pick<MapRegion, 'name' | 'country'>>;
}

/** The regions the line chart is about: the selected region first, then the compared ones. */
export function chartSubjects(s: ChartState, known: ReadonlySet<string>): string[] {
  const first = s.selected?.kind === 'region' && known.has(s.selected.id) ? [s.selected.id] : [];
  return [...new Set([...first, ...s.compare.filter((id) => known.has(id))])].slice(0, MAX_SERIES);
}

const hasAny = (values: readonly (number | null)[] | undefined) => values?.some((v) => v !== null) ?? false;

function line(series: Series, id: string, label: string): ChartSeries {
  return { id, label, values: series.values[id] ?? series.years.map(() => null), flags: series.flags[id] ?? series.years.map(() => '') };
}

/**
 * The line chart's input, or null when no region is chosen. After the subjects come the first
 * subject's country and the EU, while there is room and the series has values for them (never an
 * empty line: the unemployment series, for one, is published for regions only).
 */
export function lineInput(id: string, metric: Metric, series: Series, subjects: readonly string[], names: Names): LineChartInput | null {
  if (subjects.length === 0) return null;
  const nameOf = (code: string) => names.byId.get(code)?.name ?? code;
  const out = subjects.map((code) => line(series, code, nameOf(code)));
  const extra: [string, string][] = [];
  const country = names.byId.get(subjects[0]!)?.country;
  if (country && country !== subjects[0]) extra.push([country, nameOf(country)]);
  const eu = EU_AGGREGATES.find(([code]) => hasAny(series.values[code]));
  if (eu) extra.push([eu[0], eu[1]]);
  for (const [code, label] of extra) {
    if (out.length >= MAX_SERIES || subjects.includes(code) || !hasAny(series.values[code])) continue;
    out.push(line(series, code, label));
  }
  const first = series.years[0];
  const last = series.years[series.years.length - 1];
  const who = out.map((s) => s.label);
  return {
    id,
    title: `${metric.label}, ${first}–${last}`,
    description: `${who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}`} over the years ${first} to ${last}. The table gives every value.`,
    years: series.years,
    series: out,
    unit: metric.unit,
    format: formatWith(metric.unit, metric.decimals),
  };
}

/** The ranked bar chart of every region of the map, with the selected one highlighted. */
export function barInput(id: string, metric: Metric, regions: readonly MapRegion[], s: ChartState, when: string): BarChartInput {
  const highlight = s.selected?.kind === 'region' ? s.selected.id : undefined;
  return {
    id,
    title: `${metric.label}: highest and lowest regions, ${when}`,
    description: `Regions ranked by ${metric.label.charAt(0).toLowerCase()}${metric.label.slice(1)} in ${when}, the ten highest and the ten lowest${highlight ? ', with the selected region in its place' : ''}.`,
    items: regions.map((r) => ({ id: r.id, label: r.name, value: r.values[metric.id] ?? null, flags: r.flags[metric.id] ?? '' })),
    ...(highlight ? { highlight } : {}),
    top: 10,
    bottom: 10,
    unit: metric.unit,
    format: formatWith(metric.unit, metric.decimals),
  };
}

/** "2013" or "2008–2013": the time a view shows, for titles and captions. */
export function whenText(year: number | null, change: YearRange | null, years: readonly number[]): string {
  if (change) return `${change.from}–${change.to}`;
  const y = year ?? years[years.length - 1];
  return y === undefined ? '' : String(y);
}
