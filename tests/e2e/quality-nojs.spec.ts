/**
 * With JavaScript disabled every page of the sitemap still shows its content: a main region
 * with real text, every table visible, and every map replaced by its summary, its data table
 * and its static picture (server-rendered first, enhanced later).
 */
import { expect, test } from '@playwright/test';
import { MAP_ROOT } from '../support/maps.ts';
import { BASE, sitemapPaths } from '../support/site.ts';

const paths = sitemapPaths();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  // One page per test would spend more time on set-up than on the checks: a page per worker
  // visits its share of the sitemap, and each finding names its URL.
  for (const [shard, share] of [0, 1].map((n) => [n, paths.filter((_, i) => i % 2 === n)] as const)) {
    test(`every page shows its text, tables and static map pictures (part ${shard + 1} of 2)`, async ({ page }) => {
      test.setTimeout(30_000 + share.length * 2_000);
      for (const path of share) {
        const response = await page.goto(path);
        expect.soft(response?.status(), `${path} status`).toBe(200);
        const text = (await page.locator('main').innerText()).trim();
        expect.soft(text.length, `${path}: words in <main> without JavaScript`).toBeGreaterThan(path === `${BASE}search/` ? 20 : 100);

        const hiddenTables = await page.locator('main table').evaluateAll((tables) =>
          tables.filter((t) => (t as HTMLElement).offsetParent === null && !t.closest('details')).length,
        );
        expect.soft(hiddenTables, `${path}: tables hidden without JavaScript`).toBe(0);

        const maps = page.locator(MAP_ROOT);
        for (let i = 0; i < (await maps.count()); i += 1) {
          const map = maps.nth(i);
          await expect.soft(map.locator('table').first(), `${path}: map ${i + 1} has a visible data table`).toBeVisible();
          const picture = map.locator('img, svg:not([aria-hidden="true"])').first();
          await expect.soft(picture, `${path}: map ${i + 1} has a visible static picture`).toBeVisible();
          const box = await picture.boundingBox();
          expect.soft((box?.width ?? 0) * (box?.height ?? 0), `${path}: map ${i + 1} picture has a size`).toBeGreaterThan(10_000);
        }
      }
    });
  }
});
