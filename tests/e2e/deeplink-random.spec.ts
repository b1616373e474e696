/**
 * Deep links reopen what was seen, whatever the reader did: per view, a seeded random sequence of
 * 14 UI actions (layers, link kinds, metric, filters, search, table rows, zoom, keyboard pans,
 * Reset, outermost insets, closing the details), then the link is copied from the share field
 * and opened cold in a fresh page of the same size. The state, the visible frame (within the
 * camera's URL rounding), the legend, the table captions and headers and the summary must match.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { views } from '../../src/data/views';
import { prng } from '../../scripts/lib/prng';
import { guardPage, mapNumbers, waitForMapIdle } from '../support/map-page';

// 14, not 20: each action waits for the map to settle (≈ 1.5 s on the 2-core CI machine); the five views
// together still run 70 seeded actions of every kind, and the suite keeps CI under 20 minutes.
const ACTIONS = 14;
const VIEWPORT = { width: 1280, height: 900 };

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T | undefined => list[Math.floor(r() * list.length)];

async function openDrawer(map: Locator): Promise<void> {
  const drawer = map.locator('details.map-drawer');
  if (!(await drawer.evaluate((d) => (d as HTMLDetailsElement).open))) await drawer.locator('> summary').click();
}

async function closeDrawer(map: Locator): Promise<void> {
  const drawer = map.locator('details.map-drawer');
  if (await drawer.evaluate((d) => (d as HTMLDetailsElement).open)) await drawer.locator('> summary').click();
}

async function toggleBox(map: Locator, r: Rand, selector: string): Promise<string> {
  await openDrawer(map);
  const boxes = await map.locator(selector).all();
  const enabled: Locator[] = [];
  for (const b of boxes) if (await b.isEnabled()) enabled.push(b);
  const box = pick(r, enabled);
  if (!box) {
    await closeDrawer(map);
    return 'no box';
  }
  const details = box.locator('xpath=ancestor::details[contains(@class,"map-filter")]');
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
  await box.click();
  await closeDrawer(map);
  return `toggle ${await box.getAttribute('data-list')}=${await box.getAttribute('value')}`;
}

const actions: Record<string, (page: Page, map: Locator, r: Rand) => Promise<string>> = {
  layer: (_p, map, r) => toggleBox(map, r, 'input[data-list="layers"]'),
  links: (_p, map, r) => toggleBox(map, r, 'input[data-list="links"]'),
  filter: (_p, map, r) => toggleBox(map, r, 'input[data-list="countries"], input[data-list="ecosystems"], input[data-list="categories"]'),
  async metric(_p, map, r) {
    const select = map.locator('select[name="metric"]');
    if ((await select.count()) === 0 || !(await select.isEnabled())) return 'no metric';
    const value = pick(r, await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))!;
    await select.selectOption(value);
    return `metric ${value}`;
  },
  async search(page, map, r) {
    const names = await map.locator('.map-table tbody tr:not([hidden]) .map-table__select').allTextContents();
    const name = pick(r, names);
    if (!name) return 'no cluster to search';
    await map.locator('.map-search input').fill(name.trim().slice(0, 6));
    await map.locator('.map-search__result').first().click();
    await map.locator('.map-search input').fill('');
    await page.keyboard.press('Tab');
    return `search ${name}`;
  },
  async row(_p, map, r) {
    const rows = await map.locator('.map-table tbody tr:not([hidden]) .map-table__select').all();
    const row = pick(r, rows);
    if (!row) return 'no row';
    await row.click();
    return `row ${await row.textContent()}`;
  },
  async zoom(_p, map, r) {
    const button = map.locator(r() < 0.6 ? '.maplibregl-ctrl-zoom-in' : '.maplibregl-ctrl-zoom-out');
    if (await button.isDisabled()) return 'zoom limit';
    await button.click();
    return 'zoom';
  },
  async pan(page, map, r) {
    await map.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press(pick(r, ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])!);
    return 'pan';
  },
  async reset(_p, map) {
    await map.locator('.map-ctl__reset').click();
    return 'reset';
  },
  async inset(_p, map, r) {
    const insets = await map.locator('.map-inset').all();
    const inset = pick(r, insets);
    if (!inset) return 'no inset';
    await inset.click();
    return `inset ${await inset.getAttribute('aria-label')}`;
  },
  async close(_p, map) {
    const close = map.locator('.map-details__close');
    if (!(await close.isVisible())) return 'nothing to close';
    await close.click();
    return 'close details';
  },
};

/** What the reader sees besides the canvas, as text: legend, captions, headers, summary, controls. */
async function seen(map: Locator) {
  return map.evaluate((root) => {
    const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    const all = <T extends Element>(sel: string) => [...root.querySelectorAll<T>(sel)];
    const shown = (e: Element) => !e.closest('[hidden]');
    return {
      legend: all('.map__legend [data-legend-layer]').filter(shown).map((e) => clean(e.textContent)),
      caption: clean(root.querySelector('.map-table caption')?.textContent),
      headers: all('.map-table thead th').map((e) => clean(e.textContent)),
      regionCaption: clean(root.querySelector('.map-regions__table caption')?.textContent),
      summary: clean(root.querySelector('.map__summary')?.textContent),
      shownRows: all('.map-table tbody tr').filter((r) => !(r as HTMLElement).hidden).length,
      selectedRow: root.querySelector('.map-table tr.is-selected')?.getAttribute('data-id') ?? null,
      details: clean(root.querySelector('.map__details:not([hidden]) h3')?.textContent),
      boxes: all<HTMLInputElement>('input[type="checkbox"][data-list]').map((b) => `${b.value}:${b.checked}`),
      metric: root.querySelector<HTMLSelectElement>('select[name="metric"]')?.value ?? null,
    };
  });
}

async function settle(page: Page, map: Locator): Promise<void> {
  await page.waitForTimeout(700); // camera writes are throttled to one per 500 ms (url-history.ts)
  await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
}

for (const [i, view] of views.entries()) {
  test(`${view.id}: after ${ACTIONS} random actions the copied link reopens the same state, frame, legend and tables`, async ({ browser }) => {
    test.setTimeout(180_000);
    const r = prng(1000 + i);
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const guard = await guardPage(page);
    await page.goto(`/maps/${view.id}/`);
    const map = page.locator('[data-map]');
    await waitForMapIdle(map);
    const done: string[] = [];
    const names = Object.keys(actions);
    for (let n = 0; n < ACTIONS; n++) {
      const name = pick(r, names)!;
      done.push(await actions[name]!(page, map, r));
      await settle(page, map);
    }
    const before = await seen(map);
    const frame = (await mapNumbers(map)).bounds;
    // Copy the link as a reader would: the share field fills in when it gets focus (share.ts).
    await page.locator('[data-share-url]').focus();
    const link = await page.locator('[data-share-url]').inputValue();
    expect(link, 'the share field holds the address bar').toBe(page.url());

    const cold = await (await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })).newPage();
    const coldGuard = await guardPage(cold);
    await cold.goto(link);
    const coldMap = cold.locator('[data-map]');
    await waitForMapIdle(coldMap);
    await settle(cold, coldMap);
    expect(await seen(coldMap), `after: ${done.join(' · ')}`).toEqual(before);
    const again = (await mapNumbers(coldMap)).bounds;
    // The URL rounds the centre to what its zoom can show (url-state.ts roundCamera): well under 1% of the frame.
    const tol = Math.max(frame[2] - frame[0], frame[3] - frame[1]) * 0.01;
    for (const k of [0, 1, 2, 3]) expect(Math.abs(again[k]! - frame[k]!), `frame edge ${k} after: ${done.join(' · ')}`).toBeLessThanOrEqual(tol);
    expect([...guard.errors, ...coldGuard.errors, ...guard.outside, ...coldGuard.outside]).toEqual([]);
  });
}
