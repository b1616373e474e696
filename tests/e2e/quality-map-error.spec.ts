/**
 * A map whose data cannot be loaded tells the reader so instead of leaving an empty frame:
 * the data requests are aborted (page.route) and the map must reach data-map-state="error"
 * with its message visible, while the summary and the table stay on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { attr, htmlFilesIn, jsonUrls } from '../../scripts/lib/dist-pages.ts';
import { MAP_MESSAGE, MAP_ROOT } from '../support/maps.ts';
import { OUT_DIR, pathOfHtmlFile } from '../support/site.ts';

/** The first built page with a map, and the data URLs its map root names. */
function firstMapPage(): { path: string; dataUrls: string[] } {
  for (const file of htmlFilesIn(OUT_DIR)) {
    const html = readFileSync(join(OUT_DIR, file), 'utf8');
    const tag = /<[a-z][^>]*\sdata-map(?=[\s=>])[^>]*>/i.exec(html)?.[0];
    if (!tag) continue;
    const config = attr(tag, 'data-config');
    return { path: pathOfHtmlFile(file), dataUrls: config ? jsonUrls(JSON.parse(config) as unknown) : [] };
  }
  throw new Error(`No page with a map ([data-map]) in ${OUT_DIR}`);
}

test('a map whose data fails to load says so and keeps its table', async ({ page }) => {
  const { path, dataUrls } = firstMapPage();
  expect(dataUrls.length, 'the map names its data files').toBeGreaterThan(0);
  const blocked: string[] = [];
  await page.route(
    (url) => dataUrls.some((d) => url.pathname === new URL(d, url).pathname),
    async (route) => {
      blocked.push(route.request().url());
      await route.abort('failed');
    },
  );
  await page.goto(path);
  const map = page.locator(MAP_ROOT).first();
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-map-state', 'error', { timeout: 20_000 });
  expect(blocked.length, 'the map asked for its data').toBeGreaterThan(0);
  const message = map.locator(MAP_MESSAGE);
  await expect(message).toBeVisible();
  await expect(message).not.toBeEmpty();
  await expect(map.locator('table').first()).toBeVisible();
});
