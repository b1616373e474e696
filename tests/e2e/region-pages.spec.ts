/**
 * The region profiles (/regions/<code>/) and their index, in the production build: a page for every
 * NUTS-2 region of the geometry and every country, and an index that lists them all, sorted by
 * country and name without JavaScript and by any column with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
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
