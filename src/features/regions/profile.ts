/**
 * What a region's profile page (/regions/<code>/) says about each indicator: the latest value with
 * its year and flags, its rank in its country and in Europe in that year, and the chart of the
 * region against its country and the EU. Pure: generated data in, page facts out.
 */
import { formatWith, rankItems, type LineChartInput } from '../charts';
import type { Metric, Region } from '../../schemas/generated';
import { comparisonSeries, latestOf, trimYears, valuesInYear, type YearSeries } from './series';

/** A rank: 1 = the highest value, `of` = how many had a value that year. */
export interface Rank {
  readonly rank: number;
  readonly of: number;
}

export interface IndicatorProfile {
  readonly metric: Metric;
  /** The region's latest value: year from the series, else the period of regions.json. */
  readonly latest: { readonly value: number; readonly period: string; readonly flags: string } | null;
  /** Among the NUTS-2 regions of its country (null for a country, or when it has no value). */
  readonly rankInCountry: Rank | null;
  /** Among the NUTS-2 regions of Europe (or the countries, for a country page). */
  readonly rankInEurope: Rank | null;
  /** Region vs country vs EU over the years, or null without a series for the region. */
  readonly chart: LineChartInput | null;
}

/**
 * Metrics a profile lists: statistics of the region's level that some region of that level has.
 * Cluster counts (`clusters`) and the atlas's own specialisation quotients (`sq-*`, computed from
 * the clusters listed here, not from statistics) are shown apart, not as indicators.
 */
export function profileMetrics(metrics: readonly Metric[], regions: readonly Region[], level: 0 | 2): Metric[] {
  const ofLevel = regions.filter((r) => r.level === level);
  return metrics.filter(
    (m) => m.id !== 'clusters' && !m.id.startsWith('sq-') && m.levels.includes(level) && ofLevel.some((r) => Number.isFinite(r.values[m.id] ?? NaN)),
  );
}

/** The rank of `id` among `values` (largest first, ties share a rank), or null if it has none. */
export function rankIn(values: ReadonlyMap<string, number>, id: string): Rank | null {
  if (!values.has(id)) return null;
  const ranked = rankItems([...values].map(([geo, value]) => ({ id: geo, label: geo, value })));
  const rank = ranked.find((r) => r.id === id)?.rank;
  return rank === undefined ? null : { rank, of: ranked.length };
}

/** Values of `peers` in the latest year: from the series when there is one, else regions.json. */
function peerValues(metric: Metric, peers: readonly Region[], file: YearSeries | null, year: number | null): Map<string, number> {
  const out = new Map<string, number>();
  const inYear = file && year !== null ? valuesInYear(file, year) : null;
  for (const p of peers) {
    const v = inYear ? inYear.get(p.id)?.value : p.values[metric.id];
    if (v !== null && v !== undefined && Number.isFinite(v)) out.set(p.id, v);
  }
  return out;
}

/** Numbers as the profile shows them: the unit is in the header, the axis and the caption; only "%" sticks. */
export function valueText(value: number, unit: string, decimals?: number): string {
  return formatWith(unit === '%' ? '%' : '', decimals)(value);
}

/** A chart needs years to draw a line through: a one-year series (a derived change) gets none. */
function chartFor(metric: Metric, region: Region, country: Region | null, file: YearSeries): LineChartInput | null {
  if (file.years.length < 2) return null;
  const lines = comparisonSeries(file, region, country);
  if (!lines.some((s) => s.id === region.id)) return null;
  const { years, series } = trimYears(file.years, lines);
  const others = series.slice(1).map((s) => s.label);
  const against = others.length ? ` against ${others.join(' and ')}` : '';
  return {
    id: `chart-${metric.id}`,
    title: `${metric.label}: ${region.name}, ${years[0]}–${years.at(-1)}`,
    description: `Line chart of ${metric.label.toLowerCase()} (${metric.unit}) in ${region.name}${against}, ${years[0]} to ${years.at(-1)}. The table below it lists every value.`,
    years,
    series,
    unit: metric.unit,
    format: (v) => valueText(v, metric.unit, metric.decimals),
    // Narrower than the renderer's default, so a phone (≈ 360 px wide) shows its text at ≈ 85 %.
    width: 420,
    height: 260,
  };
}

/** Every indicator of a profile page, in the order of `metrics`. */
export function indicatorProfiles(
  region: Region,
  regions: readonly Region[],
  metrics: readonly Metric[],
  seriesOf: (metricId: string) => YearSeries | null,
): IndicatorProfile[] {
  const country = region.level === 2 ? (regions.find((r) => r.level === 0 && r.id === region.country) ?? null) : null;
  const europe = regions.filter((r) => r.level === region.level);
  const inCountry = regions.filter((r) => r.level === 2 && r.country === region.country);
  return profileMetrics(metrics, regions, region.level).map((metric) => {
    const file = seriesOf(metric.id);
    const fromSeries = file ? latestOf(file, region.id) : null;
    const stored = region.indicators[metric.id];
    const value = region.values[metric.id];
    const latest = fromSeries
      ? { value: fromSeries.value, period: String(fromSeries.year), flags: fromSeries.flags }
      : value !== null && value !== undefined && Number.isFinite(value)
        ? { value, period: stored?.period ?? metric.vintage ?? '', flags: stored?.flags ?? '' }
        : null;
    const year = fromSeries?.year ?? null;
    return {
      metric,
      latest,
      rankInCountry: region.level === 2 && latest ? rankIn(peerValues(metric, inCountry, file, year), region.id) : null,
      rankInEurope: latest ? rankIn(peerValues(metric, europe, file, year), region.id) : null,
      chart: file ? chartFor(metric, region, country, file) : null,
    };
  });
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The short source of the summary table: "Eurostat tgs00010" and the vintage without the code it
 * starts with ("downloaded 2018 or early 2019 (values 2006–2017)"); the chart's caption names the
 * dataset in full. Without a dataset code, the source as it is.
 */
export function shortSource(metric: Pick<Metric, 'source' | 'datasetCode' | 'vintage'>): { label: string; vintage: string | null } {
  const code = metric.datasetCode;
  if (!code) return { label: metric.source, vintage: metric.vintage };
  const publisher = metric.source.split(',')[0]?.trim() || metric.source;
  const vintage = metric.vintage?.startsWith(`${code}, `) ? metric.vintage.slice(code.length + 2) : metric.vintage;
  return { label: `${publisher} ${code}`, vintage };
}

/** The dataset code to add to a source line: none when the source or the vintage already names it. */
export function sourceLine(metric: Pick<Metric, 'source' | 'datasetCode' | 'vintage'>): { code: string | null } {
  const code = metric.datasetCode;
  return { code: code && !metric.source.includes(code) && !(metric.vintage ?? '').includes(code) ? code : null };
}
