import { expect, test } from '@playwright/test';
import type { Region } from '../../src/schemas/generated';
import { views } from '../../src/data/views';
import { clusterMatches, initialFilters, visibleLinks, type MapData } from '../../src/lib/map-data';
import { canvasStats, guardPage, inBounds, mapNumbers, waitForMapIdle } from '../support/map-page';

// Each test loads software-rendered maps more than once; on 2 shared cores that can take a while.
test.describe.configure({ timeout: 120_000 });

for (const view of views) {
  test(`the ${view.id} map draws a non-blank canvas with as many clusters, links and regions as its data`, async ({ page, request }) => {
    const guard = await guardPage(page);
    await page.goto(`/maps/${view.id}/`);
    const map = page.locator('[data-map]');
    await waitForMapIdle(map);

    const stats = await canvasStats(map);
    expect(stats.colours).toBeGreaterThan(4);
    expect(stats.painted).toBeGreaterThan(0.2);

    const data = (await (await request.get('/maps/data.json')).json()) as MapData;
    const { regions } = (await (await request.get('/data/regions.json')).json()) as { regions: Region[] };
    const n = await mapNumbers(map);
    const filters = initialFilters(view);
    const shown = data.clusters.filter((c) => clusterMatches(c, filters));
    const shownInView = shown.filter((c) => inBounds(n.bounds, c.lon, c.lat));
    expect(n.expectedClusters).toBe(shown.length);
    expect(n.clusters).toBe(view.layers.includes('clusters') ? shownInView.length : 0);

    const links = visibleLinks(data.links, new Set(shown.map((c) => c.id)), filters);
    const byId = new Map(shown.map((c) => [c.id, c]));
    const touching = links.filter((l) => [byId.get(l.source)!, byId.get(l.target)!].some((c) => inBounds(n.bounds, c.lon, c.lat)));
    if (view.layers.includes('links')) {
      expect(links.length).toBeGreaterThan(0);
      expect(n.links).toBeGreaterThanOrEqual(touching.length);
      expect(n.links).toBeLessThanOrEqual(links.length);
    } else {
      expect(n.links).toBe(0);
    }

    const level = regions.filter((r) => r.level === view.regionLevel);
    const centred = level.filter((r) => inBounds(n.bounds, r.centroid[0], r.centroid[1]));
    if (view.layers.includes('regions')) {
      expect(n.regions).toBeGreaterThanOrEqual(centred.length);
      expect(n.regions).toBeLessThanOrEqual(level.length);
    } else {
      expect(n.regions).toBe(0);
    }
    expect(guard.outside).toEqual([]);
    expect(guard.errors).toEqual([]);
  });
}

test('every view has a static SVG picture and a PNG preview', async ({ request }) => {
  for (const view of views) {
    const svg = await request.get(`/maps/${view.id}.svg`);
    expect(svg.status()).toBe(200);
    const text = await svg.text();
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain(`<title id="m-${view.id}-t">`);
    expect(text.match(/<circle [^>]*><title>/g)?.length ?? 0).toBeGreaterThan(0);
    const png = await request.get(`/maps/${view.id}.png`);
    expect(png.status()).toBe(200);
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  }
});

test('the whole of Europe fits the first view, Malta, Cyprus, Iceland and the North Cape included', async ({ page }) => {
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const { bounds } = await mapNumbers(map);
  for (const [name, lon, lat] of [['Valletta', 14.51, 35.9], ['Nicosia', 33.36, 35.17], ['Reykjavik', -21.9, 64.1], ['North Cape', 25.78, 71.17], ['Luxembourg', 6.13, 49.61]] as const) {
    expect(inBounds(bounds, lon, lat), `${name} is inside the first view`).toBe(true);
  }
});
