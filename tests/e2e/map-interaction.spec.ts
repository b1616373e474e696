import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { MapData } from '../../src/features/map/map-data';
import { guardPage, inBounds, mapNumbers, waitForMapIdle, openDrawer, openFilter } from '../support/map-page';

// Each test loads software-rendered maps more than once; on 2 shared cores that can take a while.
test.describe.configure({ timeout: 120_000 });

test('a country filter narrows the map, the table and the summary alike, and is announced', async ({ page, request }) => {
  const guard = await guardPage(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const data = (await (await request.get('/maps/data.json')).json()) as MapData;
  const french = data.clusters.filter((c) => c.country === 'FR');
  expect(french.length).toBeGreaterThan(1);

  await openFilter(map, 'Country');
  await map.locator('input[data-list="countries"][value="FR"]').check();
  await waitForMapIdle(map);

  const rows = map.locator('.map-table tbody tr:not([hidden])');
  await expect(rows).toHaveCount(french.length);
  expect(new Set(await rows.locator('td:nth-child(3)').allTextContents())).toEqual(new Set(['FR']));
  const n = await mapNumbers(map);
  expect(n.expectedClusters).toBe(french.length);
  expect(n.clusters).toBe(french.filter((c) => inBounds(n.bounds, c.lon, c.lat)).length);
  await expect(map.locator('.map__summary')).toContainText(`The map shows ${french.length} clusters in 1 country.`);
  await expect(map.locator('.map__live')).toHaveText(`Showing ${french.length} of ${data.clusters.length} clusters.`);
  await expect(map.locator('[data-filter-state="countries"]')).toHaveText('1 selected');
  expect(page.url()).toContain('country=FR');

  await map.locator('button[data-all="countries"]').click();
  await waitForMapIdle(map);
  await expect(rows).toHaveCount(data.clusters.length);
  expect(guard.outside).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('choosing a table row selects the cluster on the map, and clicking the map selects the row', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/maps/cooperation/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const row = map.locator('.map-table tbody tr').nth(2);
  const name = (await row.locator('.map-table__select').textContent())!.trim();
  await row.locator('.map-table__select').click();
  await waitForMapIdle(map);
  await expect(row).toHaveClass(/is-selected/);
  await expect(row.locator('.map-table__select')).toHaveAttribute('aria-pressed', 'true');
  await expect(map.locator('.map__details h3')).toHaveText(name);
  await expect(map.locator('.map__live')).toContainText(`Selected cluster ${name}`);
  expect(page.url()).toMatch(/sel=cluster:/);

  // Click the map where a single cluster marker is drawn (found through the page's own projection
  // of the bounds: Web Mercator, so y follows ln(tan(π/4 + φ/2))).
  await page.goto('/maps/cooperation/?at=6,48.5,9');
  await waitForMapIdle(map);
  const { bounds } = await mapNumbers(map);
  const box = (await map.locator('canvas.maplibregl-canvas').boundingBox())!;
  const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const data = (await (await page.request.get('/maps/data.json')).json()) as MapData;
  const visible = data.clusters.filter((c) => inBounds(bounds, c.lon, c.lat));
  const alone = visible.find((c) => visible.every((o) => o === c || Math.hypot(o.lon - c.lon, o.lat - c.lat) > 0.6));
  expect(alone, 'a cluster drawn on its own in this frame').toBeDefined();
  const x = box.x + ((alone!.lon - bounds[0]) / (bounds[2] - bounds[0])) * box.width;
  const y = box.y + ((merc(bounds[3]) - merc(alone!.lat)) / (merc(bounds[3]) - merc(bounds[1]))) * box.height;
  await page.mouse.move(x, y);
  await expect(map.locator('.map__tooltip')).toContainText(alone!.name);
  await page.mouse.click(x, y);
  await waitForMapIdle(map);
  await expect(map.locator('.map__details h3')).toHaveText(alone!.name);
  await expect(map.locator(`.map-table tr[data-id="${alone!.id}"]`)).toHaveClass(/is-selected/);
  expect(guard.outside).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('the map can be used with the keyboard alone', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  // Tab from the top of the page until the cluster search has focus.
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('.map-search input') ?? false);
  }
  expect(reached, 'the search field is reachable with Tab').toBe(true);
  await page.keyboard.type('Minalogic');
  await page.keyboard.press('Enter');
  await waitForMapIdle(map);
  await expect(map.locator('.map__details h3')).toHaveText('Minalogic');

  // A layer toggle with Space, in the drawer opened with Enter.
  await map.locator('.map-drawer > summary').focus();
  await page.keyboard.press('Enter');
  await map.locator('input[data-list="layers"][value="links"]').focus();
  await page.keyboard.press('Space');
  await expect(map.locator('input[data-list="layers"][value="links"]')).toBeChecked();
  await waitForMapIdle(map);
  expect((await mapNumbers(map)).links).toBeGreaterThan(0);

  // Arrow keys pan the focused map canvas.
  const before = (await mapNumbers(map)).bounds;
  await map.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForMapIdle(map);
  await expect.poll(async () => (await mapNumbers(map)).bounds[0]).toBeGreaterThan(before[0]);

  // Sorting by a column with Enter sets aria-sort.
  const th = map.locator('th', { hasText: 'City' });
  await th.locator('button').focus();
  await page.keyboard.press('Enter');
  await expect(th).toHaveAttribute('aria-sort', 'ascending');
  const cities = await map.locator('.map-table tbody tr:not([hidden]) td:nth-child(2)').allTextContents();
  expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  expect(guard.outside).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('a map whose data cannot load says so in its frame', async ({ page }) => {
  await page.route('**/maps/data.json', (route) => route.abort());
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await map.locator('.map__frame').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-map-state', 'error', { timeout: 30_000 });
  await expect(map.locator('.map__message')).toBeVisible();
  await expect(map.locator('.map__message')).toContainText('could not be loaded');
  await expect(map.locator('.map-table tbody tr:not([hidden])').first()).toBeVisible();
  // The static picture, kept off screen while a live map was expected, comes back as the fallback.
  await expect(map.locator('img.map__static')).toBeVisible();
});

test('the raster picture of the default view is the first paint, the live map replaces it, print shows it', async ({ page }) => {
  await page.route('**/maps/data.json', async (route) => {
    await new Promise((r) => setTimeout(r, 1500)); // hold the live map back: the picture is what the reader sees
    await route.continue();
  });
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  const img = map.locator('img.map__static');
  await expect(img).toBeVisible();
  expect(await img.getAttribute('src')).toMatch(/\/maps\/overview\/picture\.png$/);
  expect(await img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await waitForMapIdle(map);
  await expect(img).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(img).toBeVisible();
  await expect(map.locator('.map__controls')).toBeHidden();
  await expect(map.locator('.map__legend')).toHaveCount(1);
  await expect(map.locator('.map-table-wrap').first()).toHaveCSS('overflow', 'visible');
});

test('from the map page heading, the live canvas is at most 5 Tab presses away, and Enter on it selects the nearest cluster', async ({ page }) => {
  await guardPage(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await page.locator('#map-page-title').evaluate((h) => {
    (h as HTMLElement).tabIndex = -1;
    (h as HTMLElement).focus();
  });
  let presses = 0;
  while (presses < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false), `canvas focused after ${presses} Tab presses`).toBe(true);
  // Search for a cluster (the map centres on it), then Enter on the canvas selects it again after clearing.
  await map.locator('.map-search input').fill('Minalogic');
  await map.locator('.map-search__result').first().click();
  await waitForMapIdle(map);
  await map.locator('.map-details__close').click();
  await expect(map.locator('.map__details')).toBeHidden();
  await map.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  // Tenerrdis is geocoded to the same point in Grenoble: either is "the nearest".
  await expect(map.locator('.map__details h3')).toHaveText(/^(Minalogic|Tenerrdis)$/);
});

test('the skip link takes keyboard readers to the live canvas', async ({ page }) => {
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await page.locator('.map__skip').focus();
  await expect(page.locator('.map__skip')).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false)).toBe(true);
});

test('rows of the regional table select their region with Enter and Space, framing it on the map', async ({ page }) => {
  await guardPage(page);
  await page.goto('/maps/crisis/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await map.locator('.map-regions > summary').click();
  const button = map.locator('.map-regions__table .map-table__select').nth(3);
  const name = (await button.textContent())!.trim();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(map.locator('.map__details h3')).toHaveText(name);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await waitForMapIdle(map);
  await expect(page).toHaveURL(/sel=region%3A|sel=region:/);
  await expect(page).toHaveURL(/at=/);
  await page.keyboard.press('Space');
  await expect(map.locator('.map__details')).toBeHidden();
});

test('axe finds no accessibility violation on a live map page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const guard = await guardPage(page);
  await page.goto('/maps/cooperation/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await map.locator('.map-table__select').first().click();
  await waitForMapIdle(map);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(guard.errors).toEqual([]);
  await context.close();
});

test('switching the metric recolours the regions and updates the legend, the regional table and the URL', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/maps/specialisation/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const select = map.locator('select[name="metric"]');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
  const [id, label] = options.find(([v]) => v === 'clusters') ?? options.at(-1)!;
  await select.selectOption(id!);
  await waitForMapIdle(map);
  await expect(map.locator('.map-legend__metric .map-legend__title')).toContainText(label!);
  const keys = map.locator('.map-legend__metric li svg.map-legend__key');
  await expect(keys).toHaveCount(await map.locator('.map-legend__metric li').count());
  await expect(map.locator('.map-legend__metric li').last()).toHaveText('No data');
  await expect(map.locator('.map-regions__metric')).toHaveText(label!);
  await expect(map.locator('.map-regions__table caption')).toContainText(`by ${label}`);
  expect(page.url()).toContain(`metric=${id}`);
  expect((await mapNumbers(map)).regions).toBeGreaterThan(100);
  expect(guard.errors).toEqual([]);
});

test('keyboard focus on a table row shows the cluster tooltip on the map', async ({ page }) => {
  await guardPage(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  const button = map.locator('.map-table tbody tr:not([hidden]) .map-table__select').first();
  const name = (await button.textContent())!.trim();
  await button.focus();
  await expect(map.locator('.map__tooltip')).toBeVisible();
  await expect(map.locator('.map__tooltip')).toContainText(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(map.locator('.map__tooltip')).toContainText(name);
});

test('an outermost region outside the first view is one inset away', async ({ page }) => {
  await guardPage(page);
  await page.goto('/maps/overview/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  expect(inBounds((await mapNumbers(map)).bounds, -61.5, 16.2), 'Guadeloupe starts outside the frame').toBe(false);
  await map.locator('.map-inset', { hasText: 'Guadeloupe' }).click();
  await expect.poll(async () => { await waitForMapIdle(map); return inBounds((await mapNumbers(map)).bounds, -61.5, 16.2); }, { timeout: 30_000 }).toBe(true);
  await expect(page, 'the inset jump writes the camera').toHaveURL(/at=/);
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`selecting a far cluster ${reducedMotion === 'reduce' ? 'jumps the camera for reduced-motion readers' : 'eases the camera for other readers'}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    await guardPage(page); // test mode: the map counts its camera frames in data-moves
    await page.goto('/maps/overview/');
    const map = page.locator('[data-map]');
    await waitForMapIdle(map);
    const before = Number(await map.getAttribute('data-moves'));
    // At Europe's zoom (< 4) choosing a cluster centres the map on it at zoom 5.
    await map.locator('.map-table__select').first().click();
    await expect.poll(async () => Number(await map.getAttribute('data-moves'))).toBeGreaterThan(before);
    await waitForMapIdle(map);
    const frames = Number(await map.getAttribute('data-moves')) - before;
    if (reducedMotion === 'reduce') expect(frames, 'camera frames of the move').toBe(1);
    // Eased: more than the one frame of a jump (a loaded 2-core machine may draw only a few).
    else expect(frames, 'camera frames of the move').toBeGreaterThan(1);
  });
}

for (const path of ['/embed/cooperation/', '/maps/overview/']) {
  test(`${path}: the page does not jump when the live map replaces the picture (layout shift under 0.1)`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 }); // a phone, as Lighthouse's mobile run
    await page.goto(path);
    const map = page.locator('[data-map]');
    await waitForMapIdle(map);
    await expect(map.locator('.map__controls')).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 200);
        }),
    );
    expect(shift, 'cumulative layout shift').toBeLessThan(0.1);
  });
}

test('on a 375 px phone the live map and all its controls fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/maps/specialisation/', '/maps/cooperation/']) {
    await page.goto(path);
    const map = page.locator('[data-map]');
    await waitForMapIdle(map);
    await expect(map.locator('.map__controls')).toBeVisible();
    await openDrawer(map);
    for (const summary of await map.locator('.map-filter summary').all()) await summary.click(); // open every filter
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path}: pixels wider than the screen`).toBeLessThanOrEqual(0);
  }
});
