/**
 * Static, accessible SVG charts as markup strings (no DOM, no zod, browser-safe).
 *
 *   lineChartSvg({ id, title, description, years, series: [{ id, label, values, flags? }], unit })
 *   barChartSvg({ id, title, description, items: [{ id, label, value, flags? }], highlight?, top?, bottom?, unit })
 *   tableHtml(lineChartTable(input) | barChartTable(input), caption)   – the same values as a table
 *
 * Every text from data is escaped. Put the SVG in the page as markup (Astro: `set:html`); give it
 * CSS `max-width: 100%; height: auto` so it scales. Each chart names itself through <title>/<desc>
 * (aria-labelledby); the table next to it carries the numbers for screen readers and print.
 */
export { lineChartSvg, hasValues, LABEL_CHARS } from './line-chart';
export { barChartSvg, barRows, BAR_LABEL_CHARS } from './bar-chart';
export { lineChartTable, barChartTable, tableHtml, type TableModel, type TableCell } from './table';
export { rankItems, topAndBottom, type Ranked, type RankRow } from './rank';
export { FLAG_MEANINGS, explainFlags, flagLetters } from './flags';
export { formatWith } from './format';
export { SERIES_STYLES, MAX_SERIES } from './styles';
export type { Series, LineChartInput, BarItem, BarChartInput, Format } from './types';
