/**
 * Time on the maps, on the production build in real Chromium: the year slider drives the legend,
 * the table and the URL; the values shown are the series file's cells; a cold link restores the
 * year, the change range, the tab and the compared regions; hostile `year=` values leave a working
 * map with a notice; and a keyboard-only reader can pick a year, compare two regions and read the
 * chart's table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { guardPage, waitForMapIdle } from '../support/map-page';
import { OUT_DIR } from '../support/site';

interface SeriesFile { years: number[]; values: Record<string, (number | null)[]>; flags: Record<string, string[]> }
const series = JSON.parse(readFileSync(join(OUT_DIR, 'data', 'series', 'unemp_rate.json'), 'utf8')) as SeriesFile;
const mapData = JSON.parse(readFileSync(join(OUT_DIR, 'maps', 'data.json'), 'utf8')) as { clusters: { id: string; nuts2: string | null }[] };
const YEARS = series.years;
const LATEST = YEARS[YEARS.length - 1]!;
/** Two regions with a value in every year, for comparisons. */
const [R1, R2] = Object.keys(series.values).filter((id) => series.values[id]!.every((v) => v !== null)).slice(0, 2) as [string, string];

/** As the site writes a percentage (src/features/map/map-format.ts). */
// tgs00010 publishes rates to one decimal ("5.0"), and the map shows each value as published.
const pct = (v: number) => `${new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)}%`;

async function openCrisis(page: Page, search = ''): Promise<Locator> {
  const guard = await guardPage(page);
  await page.goto(`/maps/crisis/${search}`);
  const map = page.locator('[data-map]').first();
  await waitForMapIdle(map);
  // A year other than the latest, a change or a chart needs the series: wait until it is painted.
  await expect(map).toHaveAttribute('data-series', /^(ready|idle|none)$/);
  await expect(map).toHaveAttribute('data-map-state', 'idle');
  test.info().annotations.push({ type: 'guard', description: JSON.stringify(guard) });
  expect(guard.outside, 'requests to other hosts').toEqual([]);
  return map;
}

const slider = (map: Locator) => map.locator('.map-year input[type=range]');
const yearOf = (page: Page) => new URL(page.url()).searchParams.get('year');

test('moving the slider changes the legend, the table\'s values and the URL\'s year', async ({ page }) => {
  const map = await openCrisis(page, '?tab=table');
  const legend = map.locator('.map-legend__metric');
  await expect(legend).toContainText(String(LATEST));
  await expect(legend).toContainText(/same for every year/);
  const before = await map.locator('.map-year-table tbody tr').first().innerText();
  const target = YEARS.indexOf(2010);
  await slider(map).fill(String(target));
  await expect(slider(map)).toHaveAttribute('aria-valuetext', '2010');
  await expect.poll(() => yearOf(page)).toBe('2010');
  await expect(legend).toContainText('2010');
  await expect(map.locator('.map-year-table caption')).toContainText('2010');
  await expect.poll(() => map.locator('.map-year-table tbody tr').first().innerText()).not.toBe(before);
  await expect(map).toHaveAttribute('data-map-state', 'idle');
});

test('the value shown for a region and a year is the series file\'s cell', async ({ page }) => {
  const map = await openCrisis(page, '?year=2009&tab=table');
  const i = YEARS.indexOf(2009);
  for (const id of [R1, R2]) {
    const row = map.locator('.map-year-table tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${id}$`) }) });
    await expect(row.locator('td.num')).toContainText(pct(series.values[id]![i]!));
  }
});

test('a cold link restores the year, the change range, the tab and the compared regions; Back steps back', async ({ page }) => {
  let map = await openCrisis(page, `?year=2010&compare=${R1},${R2}&tab=chart`);
  await expect(slider(map)).toHaveAttribute('aria-valuetext', '2010');
  await expect(map.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(map.locator('.map-compare__list li')).toHaveCount(2);
  await expect(map.locator(`.map-chart--line svg g[data-series="${R1}"]`)).toHaveCount(1);
  await expect(map.locator(`.map-chart--line svg g[data-series="${R2}"]`)).toHaveCount(1);

  map = await openCrisis(page, '?change=2008-2013&tab=table');
  const box = map.locator('.map-change input[type=checkbox]');
  await expect(box).toBeChecked();
  await expect(map.locator('.map-change select').first()).toHaveValue('2008');
  await expect(map.locator('.map-change select').last()).toHaveValue('2013');
  await expect(map.locator('.map-year-table thead')).toContainText('Change (pp)');
  const top = map.locator('.map-year-table tbody tr').first();
  const id = (await top.locator('td').first().innerText()).trim();
  const [a, b] = [series.values[id]![YEARS.indexOf(2008)]!, series.values[id]![YEARS.indexOf(2013)]!];
  await expect(top).toContainText(pct(Math.round((b - a) * 100) / 100).replace('%', ''));

  // Back and Forward step through the reader's choices (each a history entry of the same page).
  await map.getByRole('tab', { name: 'Chart' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('chart');
  await map.getByRole('tab', { name: 'Map' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBeNull();
  await page.goBack();
  await expect(map.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(map.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
});

test('a selected region\'s details show the figure of the year or change on the map, and follow the year control', async ({ page }) => {
  const cell = (id: string, year: number) => series.values[id]![YEARS.indexOf(year)]!;
  let map = await openCrisis(page, `?year=2013&sel=region:${R1}`);
  // The first figure after the code is the map's metric, at the year the map shows.
  const first = map.locator('.map__details .map-details__facts dd').nth(1);
  await expect(first).toContainText(`${pct(cell(R1, 2013))} (2013)`);
  await slider(map).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(map)).toHaveAttribute('aria-valuetext', '2014');
  await expect(first).toContainText(`${pct(cell(R1, 2014))} (2014)`);

  map = await openCrisis(page, `?change=2008-2013&sel=region:${R1}`);
  const change = map.locator('.map__details .map-details__facts dd').nth(1);
  // A difference of two rates keeps their one decimal, in percentage points (change-metric.ts).
  const diff = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cell(R1, 2013) - cell(R1, 2008));
  await expect(change).toContainText(`${diff} percentage points (2008–2013)`);
});

test('after year steps on the Map tab, the Table tab, the folded regional table and the cluster table show the year reached', async ({ page }) => {
  const map = await openCrisis(page);
  await slider(map).focus();
  const steps = 4;
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowLeft');
  const year = YEARS[YEARS.length - 1 - steps]!;
  const i = YEARS.indexOf(year);
  await expect(slider(map)).toHaveAttribute('aria-valuetext', String(year));
  await expect(map.locator('.map-legend__metric .map-legend__title')).toContainText(String(year));

  // The regional table under the map, folded until the reader opens it.
  await map.locator('.map-regions > summary').click();
  await expect(map.locator('.map-regions__table caption')).toContainText(String(year));
  for (const id of [R1, R2]) {
    const row = map.locator('.map-regions__table tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${id}$`) }) });
    await expect(row.locator('td.num')).toHaveText(pct(series.values[id]![i]!));
  }

  // The cluster table's metric column: the value of each cluster's region in that year.
  const cluster = mapData.clusters.find((c) => c.nuts2 && series.values[c.nuts2]?.[i] !== null && series.values[c.nuts2]?.[i] !== undefined)!;
  const col = await map.locator('.map-table thead th').evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-key') === 'metric'));
  await expect(map.locator(`.map-table tbody tr[data-id="${cluster.id}"] > td`).nth(col)).toHaveText(pct(series.values[cluster.nuts2!]![i]!));

  // The Table tab, opened only now, shows the year reached and its cells.
  await map.getByRole('tab', { name: 'Table' }).click();
  await expect(map.locator('.map-year-table caption')).toContainText(String(year));
  for (const id of [R1, R2]) {
    const row = map.locator('.map-year-table tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${id}$`) }) });
    await expect(row.locator('td.num')).toContainText(pct(series.values[id]![i]!));
  }
});

test('a year chosen after a pause is a history step of its own; Play is one: Back returns to the year before it', async ({ page }) => {
  const map = await openCrisis(page, '?year=2010');
  await slider(map).fill(String(YEARS.indexOf(2012)));
  await expect.poll(() => yearOf(page)).toBe('2012');
  await page.goBack();
  await expect(slider(map)).toHaveAttribute('aria-valuetext', '2010');
  expect(yearOf(page)).toBe('2010');

  await map.locator('.map-year__play').click();
  await expect(map.locator('.map-year__play')).toHaveAttribute('aria-pressed', 'false', { timeout: 20_000 });
  await expect(slider(map)).toHaveAttribute('aria-valuetext', String(LATEST));
  await expect.poll(() => yearOf(page)).toBeNull();
  await page.goBack();
  await expect(slider(map)).toHaveAttribute('aria-valuetext', '2010');
  await expect(map.locator('.map-legend__metric .map-legend__title')).toContainText('2010');
});

for (const hostile of ['abc', '1850', '99999', '<img src=x onerror=alert(1)>']) {
  test(`year=${hostile} leaves the map working, with a notice`, async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    const map = await openCrisis(page, `?year=${encodeURIComponent(hostile)}`);
    await expect(map.locator('.map__notice')).toContainText('year');
    const shown = await slider(map).getAttribute('aria-valuetext');
    expect(YEARS.map(String)).toContain(shown);
    expect(dialog).toBe(false);
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });
}

/** Press Tab (or Shift+Tab) until `target` has the focus (at most `max` presses): the reader's way there. */
async function tabTo(page: Page, target: Locator, max = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('not reached with Tab');
}

test('keyboard only: pick a year, add two regions to the comparison, read the chart\'s table', async ({ page }) => {
  const map = await openCrisis(page);
  await tabTo(page, slider(map));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(slider(map)).toHaveAttribute('aria-valuetext', String(YEARS[1]));
  await expect(map.locator('.map__live')).toHaveText(`Year ${YEARS[1]}`);

  // The tabs sit above the map, the year control below it: back up to them.
  await tabTo(page, map.getByRole('tab', { name: 'Map' }), 40, 'Shift+Tab');
  await page.keyboard.press('End');
  await expect(map.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  const compare = map.locator('.map-year-table button[data-compare]');
  await tabTo(page, compare.first());
  await page.keyboard.press('Enter');
  await tabTo(page, compare.nth(1), 5);
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')?.split(',').length).toBe(2);

  await tabTo(page, map.getByRole('tab', { name: 'Table' }), 10, 'Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(map.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  const table = map.locator('.map-chart--line table');
  await expect(table.locator('thead th')).toHaveCount(1 + 2);
  await expect(table.locator('tbody tr')).toHaveCount(YEARS.length);
  await tabTo(page, map.locator('.map-chart--line svg'));
  await expect(map.locator('.map-chart__readout')).toContainText(String(YEARS[1]));
});
