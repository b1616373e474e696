/**
 * Classes and colours: the choropleth classes come precomputed from the pipeline (Metric.breaks /
 * colors); cluster groups get a colour-blind-safe qualitative palette. Null handling lives here only.
 */
import type { Metric } from '../../schemas/generated';
import { formatNumber } from './map-format';

/**
 * Paul Tol's "muted" qualitative scheme (designed to stay distinct under the common colour-vision
 * deficiencies). Nine colours; groups beyond the ninth share OTHER_COLOR and are listed as "Other".
 */
export const GROUP_PALETTE = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'] as const;
export const OTHER_COLOR = '#777777';
export const OTHER_LABEL = 'Other';

/**
 * Class index of a value for ascending `breaks`: class i covers [breaks[i-1], breaks[i]).
 * Returns null for null, undefined and NaN ("no data", never class 0).
 */
export function classify(value: number | null | undefined, breaks: readonly number[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}

/** Fill colour of a value under a metric; the metric's no-data colour for missing values. */
export function colorFor(value: number | null | undefined, metric: Pick<Metric, 'breaks' | 'colors' | 'noDataColor'>): string {
  const i = classify(value, metric.breaks);
  if (i === null) return metric.noDataColor;
  return metric.colors[Math.min(i, metric.colors.length - 1)] ?? metric.noDataColor;
}

export interface LegendEntry {
  color: string;
  label: string;
  /** true for the "no data" entry, drawn hatched. */
  noData: boolean;
}

/** Legend rows of a metric, lowest class first, then "No data". */
export function metricLegend(metric: Pick<Metric, 'breaks' | 'colors' | 'noDataColor' | 'unit'>): LegendEntry[] {
  const b = metric.breaks;
  const unit = metric.unit === '%' ? '%' : '';
  const n = (x: number) => `${formatNumber(x)}${unit}`;
  // Whole-number counts with whole-number breaks read as "none", "1", "2–4", "10 or more".
  const counts = metric.unit === 'clusters' && b.every(Number.isInteger);
  const countLabel = (lo: number | undefined, hi: number | undefined): string => {
    if (hi === undefined) return `${n(lo!)} or more`;
    if (lo === undefined) return hi === 1 ? 'none in this list' : `under ${n(hi)}`;
    return hi - lo === 1 ? n(lo) : `${n(lo)}–${n(hi - 1)}`;
  };
  const entries: LegendEntry[] = metric.colors.map((color, i) => {
    let label: string;
    if (b.length === 0) label = 'All values';
    else if (counts) label = countLabel(b[i - 1], b[i]);
    else if (i === 0) label = `under ${n(b[0]!)}`;
    else if (i >= b.length) label = `${n(b[b.length - 1]!)} or more`;
    else label = `${n(b[i - 1]!)} to under ${n(b[i]!)}`;
    return { color, label, noData: false };
  });
  entries.push({ color: metric.noDataColor, label: 'No data', noData: true });
  return entries;
}

export interface GroupColors {
  /** Colour of each named group that has its own colour. */
  colors: ReadonlyMap<string, string>;
  /** Legend rows: the coloured groups (most frequent first), then "Other" when some groups share it. */
  legend: LegendEntry[];
}

/**
 * Give the most frequent groups (ties by name) a palette colour each; the rest share OTHER_COLOR.
 * Deterministic for the same input, so the static SVG and the live map agree.
 */
export function groupColors(groups: readonly string[]): GroupColors {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  ranked.forEach(([name], i) => {
    if (i < GROUP_PALETTE.length) {
      colors.set(name, GROUP_PALETTE[i]!);
      legend.push({ color: GROUP_PALETTE[i]!, label: name, noData: false });
    }
  });
  if (ranked.length > GROUP_PALETTE.length) legend.push({ color: OTHER_COLOR, label: OTHER_LABEL, noData: false });
  return { colors, legend };
}

/** Colour of a group under `groupColors`, OTHER_COLOR when it has none. */
export function groupColor(colors: GroupColors['colors'], group: string): string {
  return colors.get(group) ?? OTHER_COLOR;
}

/**
 * Marker radius in CSS pixels for a cluster with `members` member organisations: grows with the
 * square root (area ∝ members), 3–12 px; unknown size gets a fixed 4 px and an outline-only legend note.
 */
export function clusterRadius(members: number | null): number {
  if (members === null || !(members > 0)) return 4;
  return Math.round(Math.min(12, Math.max(3, 3 + Math.sqrt(members) / 3)) * 10) / 10;
}

/** Member counts the size key draws, up to the largest count of the list (area ∝ members, so 10× reads as about 3× the radius). */
const SIZE_KEY_STEPS = [10, 100, 500, 1000] as const;

/**
 * The size key of the legend: the steps up to the largest known count, each with its radius, and how
 * many clusters have a count at all — the key claims no more than the data holds.
 */
export function sizeKey(members: readonly (number | null)[]): { steps: { members: number; r: number }[]; known: number; total: number } {
  const known = members.filter((m): m is number => m !== null);
  const max = known.length > 0 ? Math.max(...known) : 0;
  const steps = SIZE_KEY_STEPS.filter((m) => m <= max).map((m) => ({ members: m, r: clusterRadius(m) }));
  return { steps, known: known.length, total: members.length };
}

/** Line styles of the two kinds of cooperation links, shared by the live map and the SVG. */
export const LINK_STYLE = {
  declared: { color: '#1f3a5f', width: 1.6, dash: null, label: 'Declared cooperation (network, agreement)', short: 'Declared cooperation' },
  suggested: { color: '#c2571a', width: 1.1, dash: [4, 3] as const, label: 'Suggested partner, same field (not an existing partnership)', short: 'Suggested, same field' },
} as const;
