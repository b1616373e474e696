/**
 * Search: the plain form on every page opens /search/?q=…, where Pagefind (indexed at build
 * time, served from this site) finds chapters, clusters and regions with no other host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE, OUT_DIR, SITE_ORIGIN } from '../support/site.ts';

test('the header search form opens the search page with the query, which finds a known cluster', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(SITE_ORIGIN) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(`${BASE}about/`);
  const form = page.getByRole('banner').getByRole('search');
  await form.getByRole('searchbox').fill('Minalogic');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=Minalogic$`));
  await expect(page.locator('#search-status')).toContainText(/\d+ results? for “Minalogic”/);
  // The cluster's own page is among the results, with the name highlighted in its excerpt or title.
  const hit = page.locator('#search-results li', { has: page.locator('mark', { hasText: /minalogic/i }) });
  await expect(hit.first()).toBeVisible();
  await expect(page.locator('#search-results li h2 a', { hasText: 'Minalogic' }).first()).toHaveAttribute('href', new RegExp(`^${BASE}`));
  expect(foreign).toEqual([]);
});

test('search results link to pages of the site, and a result opens its page', async ({ page }) => {
  await page.goto(`${BASE}search/?q=State%20aid`);
  const links = page.locator('#search-results li h2 a');
  await expect(links.first()).toBeVisible();
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^${BASE}`));
  await links.first().click();
  await expect(page.locator('main h1')).toBeVisible();
});

test('a query with no match says so in the live status line', async ({ page }) => {
  await page.goto(`${BASE}search/?q=zzqqxxnotaword`);
  await expect(page.getByRole('status')).toHaveText('No results for “zzqqxxnotaword”.');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

/* ---------- What a result shows and which pages a query finds (issue 14, loose ends) ---------- */

interface BuiltCluster { id: string; name: string; shortName: string | null; city: string; sector: string; nuts2: string | null; status: string }
interface BuiltRegion { id: string; level: number; name: string }
const built = <T>(file: string): T => JSON.parse(readFileSync(join(OUT_DIR, 'data', file), 'utf8')) as T;
const { clusters } = built<{ clusters: BuiltCluster[] }>('clusters.json');
const { regions } = built<{ regions: BuiltRegion[] }>('regions.json');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The results of a query as the search page shows them: kind, title, link path and snippet text. */
async function resultsFor(page: Page, query: string) {
  await page.goto(`${BASE}search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toHaveText(/results? for|No results/);
  return page.locator('#search-results li').evaluateAll((items) => items.map((li) => ({
    kind: li.querySelector('.kind')?.textContent ?? '',
    title: li.querySelector('h2 a')?.textContent ?? '',
    path: new URL(li.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname,
    snippet: li.querySelector('p')?.textContent ?? '',
  })));
}
const clusterOf = (path: string) => clusters.find((c) => path.endsWith(`/clusters/${c.id}/`));

test('a cluster result is titled with the name alone, and its snippet keeps labels and values apart', async ({ page }) => {
  const cluster = clusters.find((c) => c.id === 'minalogic')!;
  const results = await resultsFor(page, cluster.name);
  const own = results.find((r) => r.path === `${BASE}clusters/${cluster.id}/`);
  expect(own, 'the cluster page is a result').toBeDefined();
  expect(own!.title).toBe(cluster.name);
  for (const r of results) expect(r.title, r.path).not.toMatch(/(Official|Compiled|Needs check|Illustrative)$/);
  // The facts list reads "City Grenoble. Region …", not "CityGrenobleRegion…".
  expect(own!.snippet).toContain(`City ${cluster.city}.`);
  expect(own!.snippet).not.toContain(`City${cluster.city}`);
});

test('a city finds the clusters located there, not every cluster that lists one of them as a partner', async ({ page }) => {
  const results = await resultsFor(page, 'Lyon');
  const inLyon = clusters.filter((c) => [c.name, c.shortName ?? '', c.city].some((field) => fold(field).includes('lyon')));
  expect(inLyon.length).toBeGreaterThan(0);
  const found = results.filter((r) => r.kind === 'Cluster').map((r) => clusterOf(r.path)?.id);
  expect(found.sort()).toEqual(inLyon.map((c) => c.id).sort());
});

test('a region name that no page holds finds no unrelated cluster', async ({ page }) => {
  // "Bayern" is the NUTS-1 name of Bavaria; the atlas names its NUTS-2 regions (Oberbayern, …). Pagefind
  // falls back to a short start of the word ("BA", the short name of Pôle Mer Bretagne Atlantique).
  const results = await resultsFor(page, 'Bayern');
  for (const r of results.filter((x) => x.kind === 'Cluster')) expect(clusterOf(r.path)?.nuts2 ?? '', r.path).toMatch(/^DE2/);
  expect(results.map((r) => r.path)).not.toContain(`${BASE}clusters/pole-mer-ba/`);
});

for (const id of ['ITC4', 'DE21']) {
  test(`the region ${id} is found by its NUTS-2 code and by its name, its snippet keeping labels and values apart`, async ({ page }) => {
    const region = regions.find((r) => r.id === id && r.level === 2)!;
    const byCode = await resultsFor(page, region.id);
    expect(byCode[0]?.path).toBe(`${BASE}regions/${region.id}/`);
    expect(byCode[0]?.title).toContain(`${region.name} (${region.id})`);
    // Its facts read "NUTS 2021 code ITC4.", not "NUTS 2021 codeITC4" run together.
    expect(byCode[0]?.snippet).toContain(`code ${region.id}`);
    expect(byCode[0]?.snippet).not.toMatch(new RegExp(`code${region.id}|Name${region.name}`));
    const byName = await resultsFor(page, region.name);
    expect(byName.slice(0, 3).map((r) => r.path)).toContain(`${BASE}regions/${region.id}/`);
  });
}
