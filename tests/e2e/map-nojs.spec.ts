import { expect, test } from '@playwright/test';
import { views } from '../../src/data/views';
import { clusterMatches, initialFilters, type MapData } from '../../src/features/map/map-data';

test.use({ javaScriptEnabled: false });

test('without JavaScript a map page still shows its summary, its table and its static picture', async ({ page, request }) => {
  const data = (await (await request.get('/maps/data.json')).json()) as MapData;
  for (const view of views) {
    await page.goto(`/maps/${view.id}/`);
    const map = page.locator('[data-map]');
    await expect(map.locator('.map__summary')).toContainText('The map shows');
    const shown = data.clusters.filter((c) => clusterMatches(c, initialFilters(view)));
    await expect(map.locator('.map-table tbody tr:not([hidden])')).toHaveCount(shown.length);
    const img = map.locator('img.map__static');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await expect(map.locator('.map__controls')).toBeHidden();
    await expect(map.locator('.map-legend__list:visible').first()).toBeVisible();
  }
});
