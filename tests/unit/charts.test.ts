import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  barChartSvg, barChartTable, explainFlags, flagLetters, hasValues, lineChartSvg, lineChartTable, rankItems,
  SERIES_STYLES, tableHtml, topAndBottom, type BarChartInput, type LineChartInput,
} from '../../src/features/charts';
import { spreadLabels } from '../../src/features/charts/labels';
import { contrastRatio } from '../../src/lib/contrast';

const dir = join(import.meta.dirname, '../fixtures/charts');
type Case = { kind: 'line'; input: LineChartInput } | { kind: 'bar'; input: BarChartInput };
const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const load = (name: string): Case => JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8'));

/** Compare with the stored file; on mismatch write `<stem>-changed.<ext>` beside it for review. */
function expectFile(name: string, file: string, actual: string) {
  const path = join(dir, name, file);
  if (!existsSync(path)) {
    if (process.env['CI']) throw new Error(`expected output ${path} is missing`);
    writeFileSync(path, actual);
  }
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) writeFileSync(path.replace(/\.(\w+)$/, '-changed.$1'), actual);
  expect(actual).toBe(expected);
}

describe('each fixture folder renders as its expected SVG and table', () => {
  test.each(cases)('%s', (name) => {
    const c = load(name);
    const svg = c.kind === 'line' ? lineChartSvg(c.input) : barChartSvg(c.input);
    const table = tableHtml(c.kind === 'line' ? lineChartTable(c.input) : barChartTable(c.input), c.input.title);
    expectFile(name, 'expected.svg', `${svg}\n`);
    expectFile(name, 'expected-table.html', `${table}\n`);
  });
});

const lombardia = () => (load('line-region-country-eu') as Extract<Case, { kind: 'line' }>).input;
const ranking = () => (load('bar-highlight-in-middle') as Extract<Case, { kind: 'bar' }>).input;

test('lineChartSvg names the chart by <title> and <desc> through aria-labelledby, text escaped', () => {
  const svg = lineChartSvg(lombardia());
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-unemp-t c-unemp-d"/);
  expect(svg).toContain('<title id="c-unemp-t">Unemployment rate, Lombardia &lt;&amp;&gt; &quot;Italia&quot;, 2006–2017</title>');
  expect(svg).not.toMatch(/<&>/);
});

test('lineChartSvg labels every line at its end, in the order of the series', () => {
  const labels = [...lineChartSvg(lombardia()).matchAll(/<text [^>]*font-size="13"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
  expect(labels).toEqual(['Lombardia', 'Italy', 'EU (28 countries)']);
});

test('lineChartSvg tells lines apart by dash pattern as well as colour', () => {
  const svg = lineChartSvg(lombardia());
  const paths = [...svg.matchAll(/<path [^>]*>/g)].map((m) => m[0]);
  expect(paths).toHaveLength(3);
  expect(paths[0]).not.toContain('stroke-dasharray');
  expect(paths[1]).toContain('stroke-dasharray="7 4"');
  expect(paths[2]).toContain('stroke-dasharray="2 3"');
});

test('lineChartSvg breaks a line at a missing year instead of joining across it', () => {
  const eu = /<g data-series="EU28"><path d="([^"]+)"/.exec(lineChartSvg(lombardia()))?.[1] ?? '';
  expect(eu.match(/M/g)).toHaveLength(2);
});

test('lineChartSvg draws flagged values as open circles explained in their tooltip, and notes the flags', () => {
  const svg = lineChartSvg(lombardia());
  expect(svg).toMatch(/<circle [^>]*fill="#fff"[^>]*><title>Lombardia, 2007: 3\.4% \(b: break in time series\)<\/title>/);
  expect(svg).toContain('○ value with a Eurostat flag (b, u), see the table');
});

test('lineChartSvg draws a value with no neighbour as a dot, so it is not lost', () => {
  const svg = lineChartSvg((load('line-colliding-long-labels') as Extract<Case, { kind: 'line' }>).input);
  expect(svg).toContain('<title>A lone value, 2016: 9%</title>');
});

test('lineChartSvg cuts a label longer than 30 % of the width with "…" and keeps the full name as its tooltip', () => {
  const svg = lineChartSvg((load('line-colliding-long-labels') as Extract<Case, { kind: 'line' }>).input);
  expect(svg).toContain('<title>Provence-Alpes-Côte d’Azur</title>Provence-Alp…</text>');
});

test('lineChartSvg refuses more than five series and series of the wrong length', () => {
  const input = lombardia();
  const many = { ...input, series: [...input.series, ...input.series] };
  expect(() => lineChartSvg(many)).toThrow('6 series, expected at most 5');
  const short = { ...input, series: [{ id: 'X', label: 'X', values: [1] }] };
  expect(() => lineChartSvg(short)).toThrow('series X: 1 values for 12 years');
  expect(() => lineChartSvg({ ...input, id: '1 bad' })).toThrow('chart id "1 bad"');
});

test('hasValues is false for series of nulls only', () => {
  expect(hasValues([{ id: 'a', label: 'a', values: [null, null] }])).toBe(false);
  expect(hasValues([{ id: 'a', label: 'a', values: [null, 0] }])).toBe(true);
});

test('line colours are dark enough for their end labels on white (4.5:1)', () => {
  for (const style of SERIES_STYLES) expect(contrastRatio(style.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
});

test('spreadLabels keeps labels at least the gap apart and inside the plot', () => {
  const ys = spreadLabels([{ index: 0, want: 100 }, { index: 1, want: 100 }, { index: 2, want: 195 }], 15, 10, 200);
  expect([ys.get(0), ys.get(1), ys.get(2)]).toEqual([100, 115, 195]);
  const low = spreadLabels([{ index: 0, want: 199 }, { index: 1, want: 200 }], 15, 10, 200);
  expect([low.get(0), low.get(1)]).toEqual([185, 200]);
});

test('lineChartTable has one row per year from the first to the last value, "–" where none', () => {
  const table = lineChartTable({ ...lombardia(), series: [{ id: 'X', label: 'X', values: [null, null, 1, null, 2, null, null, null, null, null, null, null] }] });
  expect(table.rows.map((r) => r.key)).toEqual(['2008', '2009', '2010']);
  expect(table.rows.map((r) => r.cells[0]?.text)).toEqual(['1%', '–', '2%']);
});

test('tableHtml escapes headers and values and explains flags', () => {
  const html = tableHtml(barChartTable(ranking()), 'A <caption>');
  expect(html).toContain('<caption>A &lt;caption&gt;</caption>');
  expect(html).toContain('Région &lt;b&gt;Centre&lt;/b&gt;');
  expect(html).toContain('<abbr class="flag" title="u: low reliability">u</abbr>');
});

test('rankItems ranks largest first, ties sharing a rank, and leaves out missing values', () => {
  const ranked = rankItems(ranking().items);
  expect(ranked.map((r) => `${r.rank}${r.id}`)).toEqual(['1A', '2B', '2D', '4E', '5C', '6F', '7G', '8H', '9I']);
});

test('topAndBottom keeps the highlighted item in its place between gaps', () => {
  const shown = (h: string) => topAndBottom(rankItems(ranking().items), 2, 2, h).map((r) => (r.kind === 'gap' ? `…${r.hidden}` : r.item.id));
  expect(shown('C')).toEqual(['A', 'B', '…2', 'C', '…2', 'H', 'I']);
  // F's gap to the bottom two would hide G alone: G is shown instead.
  expect(shown('F')).toEqual(['A', 'B', '…3', 'F', 'G', 'H', 'I']);
});

test('topAndBottom shows a single skipped item instead of a gap row for it', () => {
  const rows = topAndBottom(rankItems(ranking().items), 4, 4);
  expect(rows.every((r) => r.kind === 'item')).toBe(true);
  expect(rows).toHaveLength(9);
});

test('barChartSvg marks the highlighted bar by weight, band and colour, not colour alone', () => {
  const svg = barChartSvg(ranking());
  const g = /<g data-id="C" data-highlight="true">.*?<\/g>/.exec(svg)?.[0] ?? '';
  expect(g).toContain('font-weight="700"');
  expect(g).toContain('fill="#fbeee4"');
  expect(svg.match(/data-highlight/g)).toHaveLength(1);
  expect(svg).toContain('>… 2 more<');
});

test('explainFlags and flagLetters read several flags per value', () => {
  expect(explainFlags('bu')).toBe('b: break in time series, u: low reliability');
  expect(flagLetters(['up', '', 'b'])).toEqual(['b', 'p', 'u']);
});
