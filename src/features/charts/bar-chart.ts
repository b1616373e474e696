/**
 * A ranked bar chart as an SVG string: the regions with the largest and smallest values, one
 * highlighted (bold label, dark bar and a tinted band: never colour alone), skipped stretches shown
 * as "… N more". Bars start at zero, so negative values (changes) point left. Pure and DOM-free.
 */
import { explainFlags } from './flags';
import { formatTick, formatWith } from './format';
import { rankItems, topAndBottom, type RankRow } from './rank';
import { linear } from './linear';
import { charWidth, checkId, fit, openSvg, r1, x } from './svg';
import { BAR, BAR_HIGHLIGHT, GRID, HIGHLIGHT_BAND, INK, MUTED } from './styles';
import type { BarChartInput } from './types';

const ROW = 22;
const BAR_H = 14;
const SIZE = 12;
/** Names longer than this are cut with "…" (the full name is in the tooltip and the table). */
export const BAR_LABEL_CHARS = 26;
const TOP = 8;
const AXIS = 26;

/** The rows a bar chart shows (exported for its table: the same rows, in the same order). */
export function barRows(input: BarChartInput): RankRow[] {
  return topAndBottom(rankItems(input.items), input.top ?? 10, input.bottom ?? 10, input.highlight);
}

function rowMarkup(row: RankRow, y: number, width: number, left: number, px: (v: number) => number, valueX: number, format: (v: number) => string, highlight?: string): string {
  if (row.kind === 'gap') {
    return `<text x="${left - 8}" y="${r1(y + ROW / 2)}" dy="0.32em" text-anchor="end" fill="${MUTED}" font-size="${SIZE}">… ${row.hidden} more</text>`;
  }
  const { item } = row;
  const on = item.id === highlight;
  const label = `${item.rank}. ${fit(item.shortLabel ?? item.label, BAR_LABEL_CHARS)}`;
  const x0 = px(Math.min(0, item.value));
  const w = Math.max(Math.abs(px(item.value) - px(0)), 0.5);
  const tip = `${item.rank}. ${item.label}: ${format(item.value)}${item.flags ? ` (${explainFlags(item.flags)})` : ''}`;
  const weight = on ? ' font-weight="700"' : '';
  const band = on ? `<rect x="0" y="${r1(y)}" width="${width}" height="${ROW}" fill="${HIGHLIGHT_BAND}"/>` : '';
  return (
    `<g data-id="${x(item.id)}"${on ? ' data-highlight="true"' : ''}>${band}<title>${x(tip)}</title>` +
    `<text x="${left - 8}" y="${r1(y + ROW / 2)}" dy="0.32em" text-anchor="end" fill="${INK}" font-size="${SIZE}"${weight}>${x(label)}</text>` +
    `<rect x="${r1(x0)}" y="${r1(y + (ROW - BAR_H) / 2)}" width="${r1(w)}" height="${BAR_H}" fill="${on ? BAR_HIGHLIGHT : BAR}"/>` +
    `<text x="${valueX}" y="${r1(y + ROW / 2)}" dy="0.32em" text-anchor="end" fill="${INK}" font-size="${SIZE}"${weight}>${x(format(item.value))}${item.flags ? ` ${x(item.flags)}` : ''}</text></g>`
  );
}

/** The chart as an SVG string (see BarChartInput for the options). */
export function barChartSvg(input: BarChartInput): string {
  checkId(input.id);
  const rows = barRows(input);
  const width = input.width ?? 560;
  const format = input.format ?? formatWith(input.unit);
  const items = rows.flatMap((r) => (r.kind === 'item' ? [r.item] : []));
  const height = TOP + rows.length * ROW + AXIS;
  const head = openSvg(input.id, 'bar', width, height, input.title, input.description);
  if (items.length === 0) return `${head}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${MUTED}" font-size="${SIZE}">No values</text></svg>`;
  const labelChars = Math.max(...items.map((i) => [...`${i.rank}. ${fit(i.shortLabel ?? i.label, BAR_LABEL_CHARS)}`].length + (i.id === input.highlight ? 2 : 0)));
  const valueChars = Math.max(...items.map((i) => [...`${format(i.value)} ${i.flags ?? ''}`].length));
  const left = Math.ceil(labelChars * charWidth(SIZE) + 12);
  const valueX = width - 4;
  const right = Math.floor(valueX - valueChars * charWidth(SIZE) - 8);
  const values = items.map((i) => i.value);
  const scale = linear(Math.min(0, ...values), Math.max(0, ...values), 4, left, right);
  const bottom = TOP + rows.length * ROW;
  let grid = `<g fill="${MUTED}" font-size="${SIZE}">`;
  for (const t of scale.ticks(4)) {
    const gx = r1(scale(t));
    grid += `<line x1="${gx}" x2="${gx}" y1="${TOP}" y2="${bottom}" stroke="${t === 0 ? MUTED : GRID}"/>`;
    grid += `<text x="${gx}" y="${bottom + 6}" dy="0.71em" text-anchor="middle">${x(formatTick(t))}</text>`;
  }
  grid += `<text x="${valueX}" y="${bottom + 6}" dy="0.71em" text-anchor="end">${x(input.unit)}</text></g>`;
  const body = rows.map((row, i) => rowMarkup(row, TOP + i * ROW, width, left, scale, valueX, format, input.highlight)).join('');
  // The grid goes under the bars; the highlighted row's band covers it, on purpose.
  return `${head}${grid}${body}</svg>`;
}
