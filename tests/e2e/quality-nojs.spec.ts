/**
 * With JavaScript disabled every page still shows its content: a main region with real text,
 * every table visible, and every map replaced by its data table and its static picture
 * (server-rendered first, enhanced later). Every template is checked — all pages of the small ones
 * and a fixed sample of the cluster and region pages (samplePaths in tests/support/site.ts) — in
 * batches of BATCH pages that share one browser page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { MAP_ROOT } from '../support/maps.ts';
import { BASE, samplePaths } from '../support/site.ts';

test.use({ sweepJavaScript: false });

/** Pages per test: small enough that a failure names a short list, large enough to share setup. */
const BATCH = 25;

/** Characters of text a page's <main> holds at least; the search page is a form and a note. */
const minText = (path: string): number => (path === `${BASE}search/` ? 20 : 100);

async function checkPage(page: Page, path: string): Promise<void> {
  // The HTML is what matters here; pictures are waited for one by one below.
  const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
  expect.soft(response?.status(), `${path}: status`).toBe(200);
  const text = (await page.locator('main').innerText()).trim();
  expect.soft(text.length, `${path}: characters of text in <main>`).toBeGreaterThan(minText(path));

  const hiddenTables = await page.locator('main table').evaluateAll((tables) =>
    tables.filter((t) => (t as HTMLElement).offsetParent === null && !t.closest('details')).map((t) => t.id || t.className),
  );
  expect.soft(hiddenTables, `${path}: tables hidden without JavaScript`).toEqual([]);

  const roots = page.locator(MAP_ROOT);
  for (let i = 0; i < (await roots.count()); i += 1) {
    const root = roots.nth(i);
    await expect.soft(root.locator('table').first(), `${path}, map ${i + 1}: visible data table`).toBeVisible();
    const picture = root.locator('img, svg:not([aria-hidden="true"])').first();
    // Static pictures may load lazily: bring each into view, then it must load and have a size.
    await picture.scrollIntoViewIfNeeded();
    await expect
      .soft
      .poll(() => picture.evaluate((p) => (p instanceof HTMLImageElement ? p.complete && p.naturalWidth > 0 : true)), {
        message: `${path}, map ${i + 1}: static picture loaded`,
        timeout: 5_000,
      })
      .toBe(true);
    const box = await picture.boundingBox();
    expect.soft((box?.width ?? 0) * (box?.height ?? 0), `${path}, map ${i + 1}: static picture area (px²)`).toBeGreaterThan(10_000);
  }
}

const paths = samplePaths();

test('the no-JavaScript check has pages to visit', () => {
  expect(paths.length).toBeGreaterThan(1);
});

for (let start = 0; start < paths.length; start += BATCH) {
  const batch = paths.slice(start, start + BATCH);
  test(`pages ${start + 1}–${start + batch.length} of ${paths.length} (${batch[0]} … ${batch.at(-1)}) show their text, tables and static map pictures without JavaScript`, async ({ sweep }) => {
    test.setTimeout(120_000);
    for (const path of batch) await checkPage(sweep.page, path);
  });
}
