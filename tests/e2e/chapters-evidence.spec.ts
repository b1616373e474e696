/**
 * Chapters argue from the evidence (issue 14, items 1–3): every chapter shows at least three figures
 * bound to the data; each <DataValue> shows what the raw Eurostat file holds for its indicator, place
 * and year; the State aid figures are those of data/state_aid.csv; charts are static SVG with a
 * visible table; chapters about the maps link to a map state. Read with JavaScript off: all of it
 * is in the built HTML.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { CHAPTER_IDS } from '../support/report-checklist.ts';
import { BASE } from '../support/site.ts';
import { catalogue, rawCell, rawIndicator } from '../support/raw-eurostat.ts';

test.use({ javaScriptEnabled: false });

const CATALOGUE = catalogue();
/** Metrics the atlas derives from two years of another (their rule is in data/README.md). */
const DERIVED: Record<string, { base: string; from: number; to: number; kind: 'difference' | 'percent' }> = {
  unemp_change_2008_2013: { base: 'unemp_rate', from: 2008, to: 2013, kind: 'difference' },
  unemp_change_2013_2017: { base: 'unemp_rate', from: 2013, to: 2017, kind: 'difference' },
  gdp_pps_change_2008_2013: { base: 'gdp_pps_hab', from: 2008, to: 2013, kind: 'percent' },
};

/** What the raw files give for an element's indicator, geo and year (a range: the change, as the component computes it). */
function expected(indicator: string, geo: string, year: string, unit: string): number | null {
  const derived = DERIVED[indicator];
  const entry = CATALOGUE.get(derived?.base ?? indicator);
  if (!entry) throw new Error(`indicator ${indicator} is not in data/indicators_catalogue.csv`);
  const at = (y: number) => rawIndicator(entry, geo, y);
  const [from, to] = year.includes('-') ? year.split('-').map(Number) as [number, number] : derived ? [derived.from, derived.to] : [Number(year), Number(year)];
  if (from === to && !derived) return at(to);
  const [a, b] = [at(from), at(to)];
  if (a === null || b === null) return null;
  const share = derived ? derived.kind === 'difference' : unit.startsWith('%');
  return share ? b - a : ((b - a) / a) * 100;
}

const KEPT = new Map<string, number>();
/** The most decimals any value of an indicator's generated series has: what the build kept (read once per indicator). */
function keptDecimals(indicator: string): number {
  const known = KEPT.get(indicator);
  if (known !== undefined) return known;
  const series = JSON.parse(readFileSync(`public/data/series/${indicator}.json`, 'utf8')) as { values: Record<string, (number | null)[]> };
  const digits = Object.values(series.values).flat().map((x) => (x === null ? 0 : (/\.(\d+)$/.exec(String(x))?.[1]?.length ?? 0)));
  const kept = Math.max(0, ...digits);
  KEPT.set(indicator, kept);
  return kept;
}

const STATE_AID = Papa.parse<Record<string, string>>(readFileSync('data/state_aid.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

for (const id of CHAPTER_IDS) {
  test(`the ${id} chapter shows at least three figures bound to the data, and each equals the raw files`, async ({ page }) => {
    await page.goto(`${BASE}chapters/${id}/`);
    const bound = page.locator('main [data-indicator], main [data-fact]');
    expect(await bound.count()).toBeGreaterThanOrEqual(3);
    const units = new Map((JSON.parse(readFileSync('public/data/regions.json', 'utf8')) as { metrics: { id: string; unit: string }[] }).metrics.map((m) => [m.id, m.unit]));
    const values = await page.locator('main [data-indicator]').evaluateAll((els) => els.map((el) => ({
      indicator: el.getAttribute('data-indicator')!, geo: el.getAttribute('data-geo')!, year: el.getAttribute('data-year')!,
      value: Number(el.getAttribute('data-value')), text: el.querySelector('.data-value__figure')?.textContent ?? '', flags: el.getAttribute('data-flags') ?? '',
    })));
    for (const v of values) {
      const raw = expected(v.indicator, v.geo, v.year, units.get(v.indicator) ?? '');
      expect(raw, `${v.indicator} ${v.geo} ${v.year} in the raw file`).not.toBeNull();
      // The series keep the decimals their inputs support (shares 1, quotients 2, published values 3):
      // a value is within half a unit of its last kept decimal, a range's change (two rounded values) within one.
      const step = 10 ** -keptDecimals(v.indicator);
      const tolerance = (v.year.includes('-') || DERIVED[v.indicator] ? step : step / 2) + 1e-9;
      expect(Math.abs(v.value - raw!), `${v.indicator} ${v.geo} ${v.year}: shown ${v.value}, raw ${raw}, kept to ${step}`).toBeLessThanOrEqual(tolerance);
      const digits = /\.(\d+)/.exec(v.text.replace(/,/g, ''))?.[1]?.length ?? 0;
      expect(v.text.replace(/,/g, '')).toContain(Math.abs(raw!).toFixed(digits));
      if (!v.year.includes('-') && !DERIVED[v.indicator]) {
        const entry = CATALOGUE.get(v.indicator)!;
        if (entry.measure === '') expect(v.flags, `${v.indicator} ${v.geo} ${v.year} flags`).toBe(rawCell(entry.dataset, entry.filters, v.geo, Number(v.year)).flags);
      }
    }
  });
}

test('the policies chapter cites the State aid figures of data/state_aid.csv, and charts them with a table', async ({ page }) => {
  await page.goto(`${BASE}chapters/policies/`);
  const latest = [...STATE_AID].sort((a, b) => Number(b['year']) - Number(a['year']))[0]!;
  await expect(page.locator('[data-fact="state-aid-latest-total"]')).toHaveAttribute('data-value', String(Number(latest['total_bn_eur'])));
  await expect(page.locator('[data-fact="state-aid-latest-gdp"]')).toHaveAttribute('data-value', String(Number(latest['pct_gdp'])));
  const table = page.locator('#fig-state-aid table');
  await expect(table).toBeVisible();
  for (const row of STATE_AID) await expect(table.locator('tr', { hasText: row['year']! })).toContainText(row['total_bn_eur']!.replace(/\.0$/, ''));
});

test('charts in chapters are static SVG, named, with a visible table of the same values', async ({ page }) => {
  for (const id of CHAPTER_IDS) {
    await page.goto(`${BASE}chapters/${id}/`);
    for (const chart of await page.locator('main [data-chart]').all()) {
      await expect(chart.locator('svg[role="img"]')).toHaveCount(1);
      await expect(chart.locator('svg > title')).not.toHaveText('');
      await expect(chart.locator('table tbody tr').first()).toBeVisible();
      await expect(chart.locator('script')).toHaveCount(0);
    }
  }
});

test('every chapter about a map theme links to a map state that shows its claim', async ({ page }) => {
  for (const id of CHAPTER_IDS.filter((c) => c !== 'policies')) {
    await page.goto(`${BASE}chapters/${id}/`);
    const links = await page.locator('main .prose a[href*="/maps/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => new URL(h).search !== ''));
    expect(links.length, `${id}: map deep links`).toBeGreaterThanOrEqual(1);
  }
});
