/**
 * Values on hover and on focus for a line chart drawn by src/features/charts: a vertical rule at a
 * year and a line of text under the chart with every series' value that year. The pointer picks the
 * nearest year; with the keyboard the chart is one tab stop, and the arrows, Home and End move the
 * year. The text sits in a polite live region, so a screen reader hears it as it changes.
 */
import type { LineChartInput } from '../charts/types';
import { formatWith } from '../charts/format';
import { el } from './details';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Where the renderer put the first and the last year: the x axis baseline is the last line of the
 * axes group (line-chart.ts draws it from frame.left to frame.right). null when it is not found.
 */
export function yearSpan(svg: SVGSVGElement): { left: number; right: number; top: number; bottom: number } | null {
  const axis = svg.querySelector('g')?.lastElementChild;
  if (!axis || axis.tagName.toLowerCase() !== 'line') return null;
  const n = (a: string) => Number(axis.getAttribute(a));
  const [left, right, bottom] = [n('x1'), n('x2'), n('y1')];
  return Number.isFinite(left) && right > left ? { left, right, top: 26, bottom } : null;
}

/** The readout's text for year index `i`: "2013: Andalucía 36.2%, España 26.1%; EU no value". */
export function readoutText(input: LineChartInput, i: number): string {
  const format = input.format ?? formatWith(input.unit);
  const parts = input.series.map((s) => {
    const v = s.values[i] ?? null;
    const flags = s.flags?.[i] ?? '';
    return `${s.label} ${v === null ? 'no value' : format(v)}${flags ? ` (flag ${flags})` : ''}`;
  });
  return `${input.years[i]}: ${parts.join(', ')}`;
}

export function attachReadout(figure: HTMLElement, input: LineChartInput, year: number | null): void {
  const svg = figure.querySelector<SVGSVGElement>('svg');
  const span = svg ? yearSpan(svg) : null;
  if (!svg || !span || input.years.length === 0) return;
  const n = input.years.length;
  const xOf = (i: number) => (n > 1 ? span.left + (i * (span.right - span.left)) / (n - 1) : (span.left + span.right) / 2);
  const rule = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of [['y1', String(span.top)], ['y2', String(span.bottom)], ['stroke', '#1a1a1a'], ['stroke-width', '1'], ['class', 'map-chart__rule']]) rule.setAttribute(k!, v!);
  rule.setAttribute('visibility', 'hidden');
  svg.append(rule);
  const text = el('p', 'map-chart__readout');
  text.setAttribute('aria-live', 'polite');
  figure.querySelector('.map-chart__svg')?.after(text);
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End');

  const start = year === null ? n - 1 : Math.max(0, input.years.indexOf(year));
  let at = start;
  const show = (i: number) => {
    at = Math.max(0, Math.min(n - 1, i));
    const x = String(Math.round(xOf(at) * 10) / 10);
    rule.setAttribute('x1', x);
    rule.setAttribute('x2', x);
    rule.setAttribute('visibility', 'visible');
    text.textContent = readoutText(input, at);
  };
  text.textContent = `Point at the chart, or focus it and use the arrow keys, to read the values of a year.`;
  svg.addEventListener('pointermove', (e) => {
    const box = svg.getBoundingClientRect();
    const width = svg.viewBox.baseVal?.width || box.width;
    if (box.width <= 0) return;
    const x = ((e.clientX - box.left) / box.width) * width;
    show(Math.round(n > 1 ? ((x - span.left) / (span.right - span.left)) * (n - 1) : 0));
  });
  svg.addEventListener('focus', () => show(at));
  svg.addEventListener('keydown', (e) => {
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowUp: at + 1, ArrowDown: at - 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    show(to);
  });
}
