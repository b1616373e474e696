/**
 * With JavaScript disabled every kind of page still shows its content: a main region with real
 * text, every table visible, and every map replaced by its data table and its static picture
 * (server-rendered first, enhanced later). Pages of one kind come from one template, so one page
 * of each kind is checked (home, chapter with and without a map, cluster, region, map, embed, …);
 * the server-rendered content of every page is also what the quality sweep's axe run reads.
 */
import { expect, test } from '../support/fixtures.ts';
import { MAP_ROOT } from '../support/maps.ts';
import { BASE, pagePerKind } from '../support/site.ts';

test.use({ sweepJavaScript: false });

/** Characters of text a page's <main> holds at least; the search page is a form and a note. */
const minText = (path: string): number => (path === `${BASE}search/` ? 20 : 100);

for (const path of pagePerKind()) {
  test(`${path} shows its text, tables and static map pictures without JavaScript`, async ({ sweep }) => {
    const { page } = sweep;
    // The HTML is what matters here; pictures are waited for one by one below.
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    const text = (await page.locator('main').innerText()).trim();
    expect.soft(text.length, 'characters of text in <main>').toBeGreaterThan(minText(path));

    const hiddenTables = await page.locator('main table').evaluateAll((tables) =>
      tables.filter((t) => (t as HTMLElement).offsetParent === null && !t.closest('details')).map((t) => t.id || t.className),
    );
    expect.soft(hiddenTables, 'tables hidden without JavaScript').toEqual([]);

    const roots = page.locator(MAP_ROOT);
    for (let i = 0; i < (await roots.count()); i += 1) {
      const root = roots.nth(i);
      await expect.soft(root.locator('table').first(), `map ${i + 1}: visible data table`).toBeVisible();
      const picture = root.locator('img, svg:not([aria-hidden="true"])').first();
      // Static pictures may load lazily: bring each into view, then it must load and have a size.
      await picture.scrollIntoViewIfNeeded();
      await expect
        .soft
        .poll(() => picture.evaluate((p) => (p instanceof HTMLImageElement ? p.complete && p.naturalWidth > 0 : true)), {
          message: `map ${i + 1}: static picture loaded`,
          timeout: 5_000,
        })
        .toBe(true);
      const box = await picture.boundingBox();
      expect.soft((box?.width ?? 0) * (box?.height ?? 0), `map ${i + 1}: static picture area (px²)`).toBeGreaterThan(10_000);
    }
  });
}
