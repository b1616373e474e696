/**
 * A line chart over years as an SVG string: a region against its country and the EU, up to five
 * lines, each labelled at its end (and told apart by dash pattern, not colour alone). Missing years
 * break the line; a lone value is drawn as a dot; values with Eurostat flags are open circles whose
 * tooltip explains the flag. Pure and DOM-free: build time and browser alike.
 */
import { explainFlags, flagLetters } from './flags';
import { formatTick, formatWith } from './format';
import { spreadLabels } from './labels';
import { linear } from './linear';
import { charWidth, checkId, fit, openSvg, r1, x } from './svg';
import { GRID, MAX_SERIES, MUTED, SERIES_STYLES, type SeriesStyle } from './styles';
import type { LineChartInput, Series } from './types';

const TICK_SIZE = 12;
const LABEL_SIZE = 13;
/** Labels longer than this many characters are cut with "…" (full name in the tooltip and table). */
export const LABEL_CHARS = 22;
/** End labels take at most this share of the chart's width, so a long name never squeezes the plot. */
const LABEL_SHARE = 0.3;

/** How many characters a line's end label may have in a chart `width` px wide (the subject is bold). */
export function labelChars(width: number, subject: boolean): number {
  return Math.max(6, Math.min(LABEL_CHARS, Math.floor((width * LABEL_SHARE) / charWidth(LABEL_SIZE, subject))));
}
const LABEL_GAP = 15;
const POINT_R = 3.5;

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Every finite value of every series. */
const allValues = (series: readonly Series[]): number[] =>
  series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));

/** True when at least one series has a value: an empty chart is not worth drawing. */
export function hasValues(series: readonly Series[]): boolean {
  return allValues(series).length > 0;
}

function checkInput(input: LineChartInput): void {
  checkId(input.id);
  if (input.series.length > MAX_SERIES) throw new Error(`line chart "${input.id}": ${input.series.length} series, expected at most ${MAX_SERIES}`);
  for (const s of input.series) {
    if (s.values.length !== input.years.length || (s.flags && s.flags.length !== input.years.length)) {
      throw new Error(`line chart "${input.id}", series ${s.id}: ${s.values.length} values for ${input.years.length} years, expected one per year`);
    }
  }
}

/** Room a year label needs on the axis (px): four digits and a gap. */
const YEAR_ROOM = 4 * charWidth(TICK_SIZE) + 16;

/** Year ticks: every year when they fit in `span` px, else every 2nd, 5th or 10th (multiples of it). */
function yearTicks(years: readonly number[], span: number): number[] {
  const fits = Math.max(2, Math.floor(span / YEAR_ROOM) + 1);
  const step = [1, 2, 5, 10, 20].find((s) => years.filter((y) => y % s === 0).length <= fits) ?? 50;
  return years.filter((y) => y % step === 0);
}

/** Path of one series: "M…L…" runs over consecutive values, broken where a year has none. */
function linePath(values: readonly (number | null)[], px: (i: number) => number, py: (v: number) => number): string {
  let d = '';
  let open = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return void (open = false);
    d += `${open ? 'L' : 'M'}${r1(px(i))},${r1(py(v))}`;
    open = true;
  });
  return d;
}

/** Index of the last year with a value, or -1. */
const lastIndex = (values: readonly (number | null)[]): number => values.findLastIndex((v) => v !== null && Number.isFinite(v));

/** Dots: values with flags (open), values without a neighbour (a run of one) and the last value. */
function points(s: Series, style: SeriesStyle, years: readonly number[], px: (i: number) => number, py: (v: number) => number, format: (v: number) => string): string {
  const last = lastIndex(s.values);
  const has = (i: number) => s.values[i] !== null && s.values[i] !== undefined;
  let out = '';
  s.values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    const flags = s.flags?.[i] ?? '';
    if (!flags && i !== last && (has(i - 1) || has(i + 1))) return;
    const fill = flags ? '#fff' : style.color;
    const tip = `${s.label}, ${years[i]}: ${format(v)}${flags ? ` (${explainFlags(flags)})` : ''}`;
    out += `<circle cx="${r1(px(i))}" cy="${r1(py(v))}" r="${POINT_R}" fill="${fill}" stroke="${style.color}" stroke-width="1.5"><title>${x(tip)}</title></circle>`;
  });
  return out;
}

function axes(frame: Frame, years: readonly number[], yTicks: number[], px: (i: number) => number, py: (v: number) => number, unit: string): string {
  let out = `<g fill="${MUTED}" font-size="${TICK_SIZE}">`;
  for (const t of yTicks) {
    const y = r1(py(t));
    out += `<line x1="${frame.left}" x2="${frame.right}" y1="${y}" y2="${y}" stroke="${GRID}"/>`;
    out += `<text x="${frame.left - 6}" y="${y}" dy="0.32em" text-anchor="end">${x(formatTick(t))}</text>`;
  }
  for (const year of yearTicks(years, frame.right - frame.left)) {
    const i = years.indexOf(year);
    const cx = r1(px(i));
    out += `<line x1="${cx}" x2="${cx}" y1="${frame.bottom}" y2="${frame.bottom + 4}" stroke="${MUTED}"/>`;
    out += `<text x="${cx}" y="${frame.bottom + 6}" dy="0.71em" text-anchor="middle">${year}</text>`;
  }
  out += `<text x="${frame.left - 6}" y="14" text-anchor="start">${x(unit)}</text>`;
  return `${out}<line x1="${frame.left}" x2="${frame.right}" y1="${frame.bottom}" y2="${frame.bottom}" stroke="${MUTED}"/></g>`;
}

/** Labels at the line ends, spread so they never overlap; cut names keep the full one as a tooltip. */
function endLabels(series: readonly Series[], frame: Frame, width: number, px: (i: number) => number, py: (v: number) => number): string {
  const slots = series.flatMap((s, index) => {
    const last = lastIndex(s.values);
    return last < 0 ? [] : [{ index, want: py(s.values[last] as number), x: px(last) }];
  });
  const ys = spreadLabels(slots, LABEL_GAP, frame.top, frame.bottom);
  return slots
    .map((slot) => {
      const s = series[slot.index]!;
      const style = SERIES_STYLES[slot.index]!;
      const shown = fit(s.label, labelChars(width, slot.index === 0));
      const tip = shown === s.label ? '' : `<title>${x(s.label)}</title>`;
      const weight = slot.index === 0 ? ' font-weight="700"' : '';
      return `<text x="${r1(slot.x + 8)}" y="${r1(ys.get(slot.index) ?? slot.want)}" dy="0.32em" fill="${style.color}" font-size="${LABEL_SIZE}"${weight}>${tip}${x(shown)}</text>`;
    })
    .join('');
}

/** Frame of the plot: room on the left for the widest tick, on the right for the longest label. */
function frameFor(input: LineChartInput, tickLabels: string[], width: number, height: number): Frame {
  const tickChars = Math.max(...tickLabels.map((t) => t.length), 1);
  // The subject's label is bold, so it counts wider.
  const labelWidth = Math.max(...input.series.map((s, i) => Math.min(labelChars(width, i === 0), [...s.label].length) * charWidth(LABEL_SIZE, i === 0)), 1);
  const flagged = input.series.some((s) => s.flags?.some(Boolean));
  return {
    left: Math.ceil(tickChars * charWidth(TICK_SIZE) + 12),
    right: Math.floor(width - labelWidth - 14),
    top: 26,
    bottom: height - (flagged ? 46 : 28),
  };
}

/** A note under the axis naming the flags that appear (the page explains them in words). */
function flagNote(input: LineChartInput, frame: Frame): string {
  const letters = flagLetters(input.series.flatMap((s) => s.flags ?? []));
  if (letters.length === 0) return '';
  return `<text x="${frame.left - 6}" y="${frame.bottom + 38}" fill="${MUTED}" font-size="${TICK_SIZE}">○ value with a Eurostat flag (${x(letters.join(', '))}), see the table</text>`;
}

/** The chart as an SVG string (see LineChartInput for the options). */
export function lineChartSvg(input: LineChartInput): string {
  checkInput(input);
  const { id, years, series, unit } = input;
  const width = input.width ?? 560;
  const height = input.height ?? 300;
  const format = input.format ?? formatWith(unit);
  const values = allValues(series);
  const head = openSvg(id, 'line', width, height, input.title, input.description);
  if (values.length === 0) {
    return `${head}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${MUTED}" font-size="${LABEL_SIZE}">No values in these years</text></svg>`;
  }
  // A zero baseline keeps bar-like readings honest: the distance from the axis is the value.
  const [lo, hi] = [Math.min(0, ...values), Math.max(0, ...values)];
  const yTicks = linear(lo, hi, 5, 0, 1).ticks(5);
  const frame = frameFor(input, yTicks.map(formatTick), width, height);
  const y = linear(lo, hi, 5, frame.bottom, frame.top);
  const step = years.length > 1 ? (frame.right - frame.left) / (years.length - 1) : 0;
  const px = (i: number) => (years.length > 1 ? frame.left + i * step : (frame.left + frame.right) / 2);
  const py = (v: number) => y(v);
  const lines = series
    .map((s, i) => {
      const style = SERIES_STYLES[i]!;
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      const d = linePath(s.values, px, py);
      const path = d ? `<path d="${d}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${dash} stroke-linejoin="round"/>` : '';
      return `<g data-series="${x(s.id)}">${path}${points(s, style, years, px, py, format)}</g>`;
    })
    .join('');
  return `${head}${axes(frame, years, yTicks, px, py, unit)}${lines}${endLabels(series, frame, width, px, py)}${flagNote(input, frame)}</svg>`;
}
