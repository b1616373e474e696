/**
 * The cluster and region pages and the downloads, in the production build: one page per cluster,
 * country and NUTS-2 region (no more, no fewer), their facts, pictures and links into the maps.
 * The region profiles' own checks (every geometry feature, values from the raw files, charts and
 * sorting) are in region-pages.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Cluster, Region } from '../../src/schemas/generated';
import { OUT_DIR } from '../support/site';
import { readerSource } from '../../src/lib/editorial-notes';
import { guardPage, waitForMapIdle } from '../support/map-page';

const built = (file: string) => JSON.parse(readFileSync(join(OUT_DIR, 'data', file), 'utf8'));
const clusters: Cluster[] = built('clusters.json').clusters;
const regions: Region[] = built('regions.json').regions;
const withClusters = regions.filter((r) => clusters.some((c) => (r.level === 0 ? c.country === r.id : c.nuts2 === r.id)));
const withoutClusters = regions.filter((r) => !withClusters.includes(r));
const pagesIn = (dir: string) => readdirSync(join(OUT_DIR, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

test('every cluster of clusters.json has a page, with its locator and preview picture, and no other cluster page exists', () => {
  expect(pagesIn('clusters')).toEqual(clusters.map((c) => c.id).sort());
  for (const c of clusters) {
    for (const file of ['index.html', 'locator.svg', 'preview.png']) expect(existsSync(join(OUT_DIR, 'clusters', c.id, file)), `${c.id}/${file}`).toBe(true);
  }
});

test('every country and NUTS-2 region of regions.json has a page, with its locator and preview picture, and no other region page exists', () => {
  expect(withClusters.length).toBeGreaterThan(20);
  expect(withoutClusters.length).toBeGreaterThan(50);
  expect(pagesIn('regions')).toEqual(regions.map((r) => r.id).sort());
  for (const r of regions) {
    for (const file of ['index.html', 'locator.svg', 'preview.png']) expect(existsSync(join(OUT_DIR, 'regions', r.id, file)), `${r.id}/${file}`).toBe(true);
  }
});

test('a cluster page shows its facts with source and status, its picture and partners, without JavaScript, and opens the map with it selected', async ({ page }) => {
  const guard = await guardPage(page);
  const cluster = clusters.find((c) => c.status === 'needs_check') ?? clusters[0]!;
  await page.goto(`/clusters/${cluster.id}/`);
  await expect(page.locator('h1')).toContainText(cluster.name);
  await expect(page).toHaveTitle(new RegExp(' · Cluster Atlas$'));
  await expect(page.locator('h1 .badge')).toHaveClass(new RegExp(`badge--${cluster.status}`));
  await expect(page.locator('.defs')).toContainText(readerSource(cluster.source, true));
  await expect(page.locator('script')).toHaveCount(0);
  const img = page.locator('.entity__map img');
  await expect(img).toHaveJSProperty('complete', true);
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(new RegExp(`/clusters/${cluster.id}/preview\\.png$`));
  const png = await page.request.get(new URL(og!).pathname);
  expect(png.headers()['content-type']).toContain('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  await expect(page.getByRole('heading', { name: 'Suggested partners in other countries' })).toBeVisible();

  await page.getByRole('link', { name: 'Open on the cooperation map' }).click();
  await expect(page).toHaveURL(new RegExp(`/maps/cooperation/\\?sel=cluster:${cluster.id}$`));
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);
  expect(guard.errors).toEqual([]);
});

test('every cluster page names its source and its https source page and shows its status badge; needs_check rows are badged on their page and in the index', async ({ page, request }) => {
  const attr = (url: string) => url.replace(/&/g, '&amp;');
  for (const c of clusters) {
    const html = await (await request.get(`/clusters/${c.id}/`, { maxRetries: 2 })).text();
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    expect(h1, c.id).toContain(`badge--${c.status}`);
    expect(c.sourceUrl, c.id).toMatch(/^https:\/\//);
    expect(html, c.id).toContain(`href="${attr(c.sourceUrl)}"`);
  }
  await page.goto('/clusters/');
  const unchecked = clusters.filter((c) => c.status === 'needs_check');
  expect(unchecked.length).toBeGreaterThan(0);
  for (const c of unchecked) {
    await expect(page.locator('li').filter({ has: page.locator(`a[href$="/clusters/${c.id}/"]`) }).locator('.badge--needs_check'), c.id).toHaveText('Needs check');
  }
});

test('declared partners link to each other’s pages', async ({ page }) => {
  const links: { kind: string; source: string; target: string }[] = built('links.json').links;
  const declared = links.find((l) => l.kind === 'declared')!;
  const partner = clusters.find((c) => c.id === declared.target)!;
  await page.goto(`/clusters/${declared.source}/`);
  await expect(page.locator('section[aria-labelledby="declared"]').getByRole('link', { name: partner.name })).toHaveAttribute('href', `/clusters/${partner.id}/`);
});

test('a region page lists its clusters and links to a map with it selected; a region without clusters says so', async ({ page }) => {
  const guard = await guardPage(page);
  const region = withClusters.find((r) => r.level === 2)!;
  await page.goto(`/regions/${region.id}/`);
  await expect(page.locator('h1')).toHaveText(`${region.name} (${region.id})`);
  const mine = clusters.filter((c) => c.nuts2 === region.id);
  await expect(page.locator('section[aria-labelledby="clusters"] > ul > li')).toHaveCount(mine.length);
  await expect(page.locator('script')).toHaveCount(0);

  // The link opens a NUTS-2 map with the region selected (restoring a selection is tested in deeplink-restore).
  const href = await page.locator('.entity__map figcaption a').getAttribute('href');
  expect(href).toMatch(new RegExp(`^/maps/[a-z0-9-]+/\\?sel=region:${region.id}$`));
  const target = await page.request.get(href!);
  expect(target.ok()).toBe(true);
  expect(await target.text()).toContain('data-map');

  const lonely = withoutClusters.find((r) => r.level === 2)!;
  await page.goto(`/regions/${lonely.id}/`);
  await expect(page.locator('section[aria-labelledby="clusters"]')).toContainText('None in this list');
  expect(guard.errors).toEqual([]);
});

test('the cluster and region indexes link to every page', async ({ page }) => {
  await page.goto('/clusters/');
  await expect(page.locator('main a[href^="/clusters/"]:not([href="/clusters/"])')).toHaveCount(clusters.length);
  await page.goto('/regions/');
  await expect(page.locator('main tbody a[href^="/regions/"]')).toHaveCount(regions.length);
});

test('downloads are CSV with a formula guard and CSVW metadata, and JSON with source, licence and vintage', async ({ request }) => {
  const csv = await request.get('/downloads/clusters.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('id,name,city,country,nuts2,lat,lon,sector,categories,ecosystems,org_type,founded,members,members_firms,employees,size_year,size_source_url,website,status,source,source_url,note');
  expect(lines.length).toBeGreaterThan(clusters.length); // quoted cells may hold line breaks
  expect(text).not.toMatch(/(^|,|\r\n)[=+@]/);

  const meta = await (await request.get('/downloads/clusters.csv-metadata.json')).json();
  const manifest = built('manifest.json');
  expect(meta['dc:modified']).toBe(manifest.vintage);
  expect(meta['dc:license']).toContain('licence');

  const all = await (await request.get('/downloads/cluster-atlas.json')).json();
  expect(all.clusters).toHaveLength(clusters.length);
  expect(all.meta.vintage).toBe(manifest.vintage);
  expect(all.meta.sources.length).toBe(manifest.sources.length);
  for (const view of ['overview', 'cooperation']) {
    expect((await request.get(`/downloads/${view}.json`)).ok()).toBe(true);
    expect((await request.get(`/downloads/${view}-clusters.csv`)).ok()).toBe(true);
  }
});
