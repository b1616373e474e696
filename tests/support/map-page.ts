/**
 * Shared steps of the map e2e tests: guard a page against requests to other hosts and console
 * errors, wait for a map to settle, and read its state attributes.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PageGuard {
  /** URLs of requests that tried to leave 127.0.0.1 (they are aborted). */
  outside: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Switch the map client to test mode: it writes its rendered feature counts on every idle and keeps
 * the canvas readable (preserveDrawingBuffer). Both cost time, so readers go without.
 */
export async function enableCounts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __MAP_COUNTS__: boolean }).__MAP_COUNTS__ = true;
  });
}

export async function guardPage(page: Page): Promise<PageGuard> {
  await enableCounts(page);
  const guard: PageGuard = { outside: [], errors: [] };
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      guard.outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') guard.errors.push(m.text());
  });
  page.on('pageerror', (e) => guard.errors.push(e.message));
  return guard;
}

/**
 * Scroll the map into view (which starts it) and wait until it is idle; fail on a map error. The
 * root is scrolled, not the frame: on a link to the Chart or Table tab the frame is hidden as soon
 * as the map has started, and waiting for a hidden frame to scroll hung the test until its timeout.
 */
export async function waitForMapIdle(map: Locator): Promise<void> {
  await map.scrollIntoViewIfNeeded();
  // An embed keeps its picture until the reader's first touch: press its "Explore the map".
  if ((await map.getAttribute('data-start')) === 'interaction' && (await map.getAttribute('data-map-state')) === 'static') await map.locator('.map__start').click();
  await expect(map).toHaveAttribute('data-map-state', /^(idle|error)$/, { timeout: 45_000 });
  expect(await map.getAttribute('data-map-error'), 'the map emitted an error event').toBeNull();
  await expect(map).toHaveAttribute('data-map-state', 'idle');
}

/** Numbers the client writes on the map root. */
export async function mapNumbers(map: Locator): Promise<{ clusters: number; links: number; regions: number; linkIds: string[]; regionIds: string[]; expectedClusters: number; expectedLinks: number; bounds: [number, number, number, number] }> {
  const d = await map.evaluate((el: HTMLElement) => ({ ...el.dataset }));
  return {
    clusters: Number(d['renderedClusters']),
    links: Number(d['renderedLinks']),
    regions: Number(d['renderedRegions']),
    linkIds: (d['renderedLinkIds'] ?? '').split(' ').filter(Boolean),
    regionIds: (d['renderedRegionIds'] ?? '').split(' ').filter(Boolean),
    expectedClusters: Number(d['expectedClusters']),
    expectedLinks: Number(d['expectedLinks']),
    bounds: (d['bounds'] ?? '').split(',').map(Number) as [number, number, number, number],
  };
}

/** Distinct colours and share of non-sea pixels of the map canvas (sampled every 4th pixel). */
export async function canvasStats(map: Locator): Promise<{ colours: number; painted: number }> {
  return map.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => {
    const off = document.createElement('canvas');
    off.width = c.width;
    off.height = c.height;
    const ctx = off.getContext('2d');
    if (!ctx) return { colours: 0, painted: 0 };
    ctx.drawImage(c, 0, 0);
    const d = ctx.getImageData(0, 0, off.width, off.height).data;
    const colours = new Set<number>();
    let painted = 0;
    let n = 0;
    for (let i = 0; i < d.length; i += 16) {
      const k = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
      colours.add(k);
      if (k !== 0xeef3f7 && d[i + 3] !== 0) painted++;
      n++;
    }
    return { colours: colours.size, painted: painted / n };
  });
}

export { inBounds } from './drawn';

/** Open the toolbar's "Layers & filters" drawer (where the layer, link and filter boxes live). */
export async function openDrawer(map: Locator): Promise<void> {
  const drawer = map.locator('details.map-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('> summary').click();
}

/** Open the drawer and one filter group in it ("Country", "Ecosystem", "Category"). */
export async function openFilter(map: Locator, label: string): Promise<void> {
  await openDrawer(map);
  await map.locator('.map-filter summary', { hasText: `${label}:` }).click();
}
