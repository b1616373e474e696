/**
 * Deep links on the real map pages (production build, real Chromium): a link opened cold restores
 * its state, Back/Forward walk the reader's steps, a copied link reopens the same view, and hostile
 * links fall back to the defaults with a text-only notice, no console error and no dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import type { MapData } from '../../src/features/map/map-data';
import { guardPage, mapNumbers, waitForMapIdle, openFilter } from '../support/map-page';

async function mapData(page: Page): Promise<MapData> {
  return (await (await page.request.get('/maps/data.json')).json()) as MapData;
}

/** A French cluster with coordinates that is not the first row of any table (so selection is visible). */
async function frenchCluster(page: Page) {
  const data = await mapData(page);
  const fr = data.clusters.filter((c) => c.country === 'FR').sort((a, b) => a.id.localeCompare(b.id));
  expect(fr.length).toBeGreaterThan(2);
  return fr[1]!;
}

test('a deep link opened cold restores the filters, the camera and the selected cluster', async ({ page }) => {
  const guard = await guardPage(page);
  const cluster = await frenchCluster(page);
  const link = `/maps/cooperation/?country=FR&sel=cluster:${cluster.id}&at=7.00,${cluster.lat.toFixed(2)},${cluster.lon.toFixed(2)}`;
  await page.goto(link);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);

  await expect(map.locator('input[data-list="countries"][value="FR"]')).toBeChecked();
  await expect(map.locator('input[data-list="countries"][value="DE"]')).not.toBeChecked();
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);
  await expect(map.locator(`.map-table tbody tr[data-id="${cluster.id}"]`)).toHaveClass(/is-selected/);
  const { bounds } = await mapNumbers(map);
  const [w, s, e, n] = bounds;
  // At zoom 7 a ~1000 px wide map spans a few degrees around the centre.
  expect((w + e) / 2).toBeCloseTo(cluster.lon, 0);
  expect((s + n) / 2).toBeCloseTo(cluster.lat, 0);
  expect(e - w).toBeLessThan(15);
  await expect(map.locator('.url-notice')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe(new URL(link, 'http://x').search);
  expect(guard.errors).toEqual([]);
  expect(guard.outside).toEqual([]);
});

test('a selected region in a deep link is restored', async ({ page }) => {
  const data = await mapData(page);
  const region = data.regions.find((r) => r.level === 0 && data.clusters.some((c) => c.country === r.id))!;
  await page.goto(`/maps/overview/?sel=region:${region.id}`);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await expect(map.locator('.map__details h3')).toHaveText(region.name);
});

/** Two history steps on the overview map: the France filter, then a French cluster chosen in the table. */
async function filterThenSelect(page: Page) {
  const guard = await guardPage(page);
  const cluster = await frenchCluster(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const start = page.url();
  await openFilter(map, 'Country');
  await map.locator('input[data-list="countries"][value="FR"]').check();
  await expect(page).toHaveURL(/[?&]country=FR(&|$)/);
  await map.locator(`.map-table tbody tr[data-id="${cluster.id}"] .map-table__select`).click();
  await expect(page).toHaveURL(new RegExp(`sel=cluster:${cluster.id}`));
  return { guard, cluster, map, start };
}

test('Back and Forward walk the filter and selection steps', async ({ page }) => {
  const { guard, cluster, map, start } = await filterThenSelect(page);
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]country=FR$/);
  await expect(map.locator('.map__details h3')).toHaveCount(0);
  await expect(map.locator('input[data-list="countries"][value="FR"]')).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(start);
  await expect(map.locator('input[data-list="countries"][value="FR"]')).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`country=FR&sel=cluster:${cluster.id}`));
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);
  expect(guard.errors).toEqual([]);
});

test('two quick Backs from a selection land on the first entry without writing a camera into it', async ({ page }) => {
  const { guard, map, start } = await filterThenSelect(page);
  // Back twice while the camera is still easing to the cluster, then again onto the eased default frame.
  await page.evaluate(() => { history.back(); setTimeout(() => history.back(), 50); });
  await expect(page).toHaveURL(start);
  await waitForMapIdle(map);
  await page.waitForTimeout(1000); // longer than an eased move (600 ms): a late moveend would show now
  await expect(page).toHaveURL(start);
  expect(guard.errors).toEqual([]);
});

test('a copied link reopens the same view', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const cluster = await frenchCluster(page);
  await page.goto(`/maps/cooperation/?sel=cluster:${cluster.id}`);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await openFilter(map, 'Country');
  await map.locator('input[data-list="countries"][value="FR"]').check();
  await expect(page).toHaveURL(/country=FR/);

  await page.locator('[data-share-copy]').click();
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const again = await context.newPage();
  await again.goto(copied);
  const map2 = again.locator('[data-map]');
  await waitForMapIdle(map2);
  await expect(map2.locator('input[data-list="countries"][value="FR"]')).toBeChecked();
  await expect(map2.locator('.map__details h3')).toHaveText(cluster.name);
  await context.close();
});

test('hostile links show the defaults and a dismissible text notice, with no console error and no dialog', async ({ page }) => {
  const guard = await guardPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = [
    'metric=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'sel=cluster:%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E',
    'view=javascript:alert(3)',
    'at=NaN,1e999,Infinity',
    'country=%E0%A4%A',
    '__proto__=polluted',
    'layers=%22%3E%3Csvg%20onload%3Dalert(4)%3E',
  ].join('&');
  await page.goto(`/maps/overview/?${hostile}`);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);

  const notice = map.locator('.url-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('“metric=<script>alert(1)</script>”');
  await expect(notice.locator('script, img, svg, a')).toHaveCount(0);
  await expect(map.locator('input[data-list="countries"]:checked')).toHaveCount(0);
  await expect(map.locator('.map__details h3')).toHaveCount(0);
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('an 8 KB link with junk does not break the map', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto(`/maps/overview/?junk=${'%41'.repeat(2800)}&country=FR`);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await expect(map.locator('input[data-list="countries"][value="FR"]')).toBeChecked();
  expect(guard.errors).toEqual([]);
});

test('the embed page keeps the URL state and its credit link opens the full map in that state', async ({ page }) => {
  const guard = await guardPage(page);
  const cluster = await frenchCluster(page);
  await page.goto(`/embed/cooperation/?sel=cluster:${cluster.id}`);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);
  await expect(page.locator('header, footer')).toHaveCount(0);
  const credit = page.locator('[data-embed-open]');
  await credit.focus();
  // A selection without a camera opens framed on the selection, and that camera joins the link.
  expect(await credit.evaluate((a: HTMLAnchorElement) => a.pathname + a.search)).toMatch(new RegExp(`^/maps/cooperation/\\?sel=cluster:${cluster.id}&at=[0-9.]+,[0-9.-]+,[0-9.-]+$`));
  expect(guard.errors).toEqual([]);
});

test('a map deep link written in a chapter opens the map in the state it names', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/chapters/inter-clustering/');
  const link = page.locator('main a[href*="/maps/cooperation/?"]').first();
  const target = new URL((await link.getAttribute('href'))!, 'http://x');
  const sel = target.searchParams.get('sel') ?? '';
  expect(sel).toMatch(/^cluster:/);
  await link.click();
  await expect(page).toHaveURL(/\/maps\/cooperation\/\?/);
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const id = sel.slice('cluster:'.length);
  const cluster = (await mapData(page)).clusters.find((c) => c.id === id)!;
  await expect(map.locator('.map__details h3')).toHaveText(cluster.name);
  await expect(map.locator(`.map-table tbody tr[data-id="${id}"]`)).toHaveClass(/is-selected/);
  // links=declared: the suggested partnerships are switched off, the declared ones kept.
  await expect(map.locator('input[data-list="links"][value="declared"]')).toBeChecked();
  await expect(map.locator('input[data-list="links"][value="suggested"]')).not.toBeChecked();
  await expect(map.locator('.map__details')).toContainText('European Aerospace Cluster Partnership');
  await expect(map.locator('.url-notice')).toHaveCount(0);
  expect(guard.errors).toEqual([]);
});
