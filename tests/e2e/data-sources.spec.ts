/**
 * The statistics as a reader checks them: the Data & sources page names every Eurostat file with
 * its vintage, NUTS version and translated codes, lists what has no data, the footer names the
 * datasets, and the downloads hold every year in long format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { DatasetsFile } from '../../src/schemas/generated';
import { OUT_DIR } from '../support/site';
import { guardPage } from '../support/map-page';

const datasets: DatasetsFile = JSON.parse(readFileSync(join(OUT_DIR, 'data', 'datasets.json'), 'utf8'));

test('Data & sources lists each Eurostat file with vintage, NUTS version, published copy and every translated and dropped code', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('/data/');
  const rows = page.locator('#eurostat ~ .table-wrap tbody tr');
  await expect(rows).toHaveCount(datasets.files.length);
  for (const f of datasets.files) {
    const row = rows.filter({ hasText: f.datasetCode });
    await expect(row).toContainText(f.vintage!);
    await expect(row).toContainText(`NUTS ${f.nutsDeclared}`);
    await expect(row).toContainText(f.copy!.blob.slice(0, 12));
  }
  const lfu = page.locator('section[aria-labelledby="nuts-lfst_r_lfu3rt"]');
  await expect(lfu).toContainText('EL11 → EL51');
  await expect(lfu).toContainText('HU10 (split → HU11, HU12)');
  await expect(page.locator('#eurostat').locator('..')).toContainText('© European Union, reuse authorised provided the source is acknowledged');
  await expect(page.locator('section[aria-labelledby="no-data"] li')).toHaveCount(datasets.noData.length);
  await expect(page.locator('.site-footer')).toContainText('Eurostat lfst_r_lfe2en2 (downloaded about March 2017)');
  expect(guard.errors).toEqual([]);
});

test('the region downloads hold every year in long format: region, indicator, year, value, flags', async ({ request }) => {
  test.slow(); // multi-megabyte files, compressed by the test server on first request
  const text = (await (await request.get('/downloads/regions.csv')).text()).replace(/^\uFEFF/, '');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('region,level,name,country,indicator,year,period,value,unit,flags,status,dataset_code');
  // Andalucía's unemployment in 2008 and 2013 (tgs00010), both in the file: every year, not only the latest.
  expect(lines.some((l) => l.startsWith('ES61,2,') && l.includes(',unemp_rate,2008,2008,17.7,'))).toBe(true);
  expect(lines.some((l) => l.startsWith('ES61,2,') && l.includes(',unemp_rate,2013,2013,36.2,'))).toBe(true);
  const crisis = await (await request.get('/downloads/crisis.json')).json();
  const years = new Set(crisis.values.filter((v: { indicator: string }) => v.indicator === 'unemp_rate').map((v: { year: number }) => v.year));
  expect([...years].sort()).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
  const indicators = await (await request.get('/downloads/indicators.csv')).text();
  expect(indicators).toContain('industry_share,"Employment in industry (including energy), % of total employment"');
});
