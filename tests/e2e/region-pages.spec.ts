/**
 * The region profiles (/regions/<code>/) and their index, in the production build: a page for every
 * NUTS-2 region of the geometry and every country, and an index that lists them all, sorted by
 * country and name without JavaScript and by any column with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { DatasetsFile } from '../../src/schemas/generated';
import type { Region } from '../../src/schemas/generated';
import { guardPage } from '../support/map-page';
import { OUT_DIR } from '../support/site';

const built = (file: string) => JSON.parse(readFileSync(join(OUT_DIR, 'data', file), 'utf8'));
const regions: Region[] = built('regions.json').regions;
const nuts2Ids: string[] = built('geo/nuts2.topo.json').objects.nuts2.geometries.map((g: { id: string }) => g.id).sort();
const countries = regions.filter((r) => r.level === 0);
const pageHtml = (code: string) => readFileSync(join(OUT_DIR, 'regions', code, 'index.html'), 'utf8');

test('every NUTS-2 region of the geometry and every country has a profile page naming it and its code', () => {
  expect(nuts2Ids.length).toBeGreaterThan(280);
  expect(countries.length).toBeGreaterThan(25);
  const names = new Map(regions.map((r) => [r.id, r.name]));
  for (const code of [...nuts2Ids, ...countries.map((c) => c.id)]) {
    const html = pageHtml(code);
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
    const name = (names.get(code) ?? '').replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    expect.soft(h1, `${code}: h1`).toContain(code.length === 2 ? name : `(${code})`);
    expect.soft(html, `${code}: link to the map with the region selected`).toContain(`?sel=region:${code}`);
  }
});

test('the regions index lists every region and country once, sorted by country and name, with no controls without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/regions/');
  const links = await page.locator('main tbody th a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links.toSorted()).toEqual(regions.map((r) => `/regions/${r.id}/`).toSorted());
  await expect(page.locator('main thead button')).toHaveCount(0);
  const countryCol = await page.locator('#nuts2 ~ .table-wrap tbody tr td:nth-child(2)').allTextContents();
  expect(countryCol).toEqual(countryCol.toSorted((a, b) => a.localeCompare(b, 'en')));
  await context.close();
});

test('with JavaScript the index sorts by name, country and value from the column headers, announcing the order', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/regions/');
  const table = page.locator('#nuts2 ~ .table-wrap table');
  const names = () => table.locator('tbody th a').allTextContents();
  await table.getByRole('button', { name: /Region and code/ }).click();
  await expect(table.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await names();
  expect(ascending).toEqual(ascending.toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  await table.getByRole('button', { name: /Clusters/ }).click();
  await table.getByRole('button', { name: /Clusters/ }).click();
  await expect(table.locator('thead th', { hasText: 'Clusters' })).toHaveAttribute('aria-sort', 'descending');
  const counts = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).map(Number);
  expect(counts).toEqual(counts.toSorted((a, b) => b - a));
  expect(counts[0]).toBeGreaterThan(1);
  expect(guard.errors).toEqual([]);
});

/** A cell of a raw Eurostat TSV: the series key's dimensions, geo, year, value and flags. */
interface RawCell { readonly geo: string; readonly year: number; readonly value: number; readonly flags: string }

/**
 * The cells of data/raw/<file> whose key matches `filter` (e.g. unit=PC, age=Y_GE15, sex=T) for the
 * NUTS-2 regions with a page, left out: codes the pipeline dropped (split, merged, boundary change).
 * Read straight from the published file, not from the pipeline's output.
 */
function rawCells(file: string, filter: Record<string, string>): RawCell[] {
  const [head, ...lines] = readFileSync(join('data', 'raw', file), 'utf8').trimEnd().split('\n');
  const [keyHead = '', ...yearCells] = (head ?? '').split('\t');
  const dims = keyHead.split('\\')[0]!.split(',');
  const years = yearCells.map((y) => Number(y.trim()));
  const datasets: DatasetsFile = built('datasets.json');
  const dropped = new Set(datasets.files.find((f) => f.file === file)?.dropped.map((d) => d.code));
  const pages = new Set(regions.filter((r) => r.level === 2).map((r) => r.id));
  return lines.flatMap((line) => {
    const [key = '', ...cells] = line.split('\t');
    const parts = key.split(',');
    const geo = parts.at(-1) ?? '';
    if (!pages.has(geo) || dropped.has(geo) || Object.entries(filter).some(([dim, v]) => parts[dims.indexOf(dim)] !== v)) return [];
    return cells.flatMap((cell, i) => {
      const m = /^\s*([-\d.]+)\s*([a-z]*)\s*$/.exec(cell);
      return m ? [{ geo, year: years[i]!, value: Number(m[1]), flags: m[2] ?? '' }] : [];
    });
  });
}

/** `count` cells evenly spread over the list (a fixed sample: the same cells on every run). */
const spread = <T>(all: readonly T[], count: number): T[] => Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);

/** The region's own cell (first value column) for `year` in the table under the chart of `metric`. */
function tableCell(html: string, metric: string, year: number): string | null {
  const start = html.indexOf(`<h2 id="${metric}">`);
  if (start < 0) return null;
  const table = html.slice(start, html.indexOf('</table>', start));
  return new RegExp(`<th scope="row">${year}</th><td class="num">(.*?)</td>`).exec(table)?.[1] ?? null;
}

for (const [metric, file, filter] of [
  ['unemp_rate', 'tgs00010.tsv', { unit: 'PC', age: 'Y_GE15', sex: 'T' }],
  ['gdp_pps_hab', 'nama_10r_3gdp.tsv', { freq: 'A', unit: 'PPS_EU27_2020_HAB' }],
] as const) {
  test(`cells of the raw ${file} appear, value and flags, in the ${metric} table of their region's page`, () => {
    const cells = rawCells(file, filter);
    expect(cells.length, 'raw cells of NUTS-2 regions with a page').toBeGreaterThan(1000);
    for (const cell of spread(cells, 24)) {
      const shown = tableCell(pageHtml(cell.geo), metric, cell.year);
      const where = `${cell.geo} ${cell.year} (raw ${cell.value}${cell.flags ? ` ${cell.flags}` : ''})`;
      expect.soft(shown, `${where}: a table cell`).not.toBeNull();
      const number = Number((shown ?? '').replace(/<abbr.*$/, '').replace(/[,%\s]/g, ''));
      expect.soft(number, `${where}: value shown`).toBe(cell.value);
      const flags = /<abbr class="flag"[^>]*>([a-z]+)<\/abbr>/.exec(shown ?? '')?.[1] ?? '';
      expect.soft(flags, `${where}: flags shown`).toBe(cell.flags);
    }
  });
}
