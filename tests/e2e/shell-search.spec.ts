/**
 * Search: the plain form on every page opens /search/?q=…, where Pagefind (indexed at build
 * time, served from this site) finds chapters, clusters and regions with no other host.
 */
import { expect, test } from '@playwright/test';
import { BASE, SITE_ORIGIN } from '../support/site.ts';

test('the header search form opens the search page with the query, which finds a known cluster', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(SITE_ORIGIN) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(`${BASE}about/`);
  const form = page.getByRole('banner').getByRole('search');
  await form.getByRole('searchbox').fill('Minalogic');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=Minalogic$`));
  await expect(page.locator('#search-status')).toContainText(/\d+ results? for “Minalogic”/);
  // The cluster's own page is among the results, with the name highlighted in its excerpt or title.
  const hit = page.locator('#search-results li', { has: page.locator('mark', { hasText: /minalogic/i }) });
  await expect(hit.first()).toBeVisible();
  await expect(page.locator('#search-results li h2 a', { hasText: 'Minalogic' }).first()).toHaveAttribute('href', new RegExp(`^${BASE}`));
  expect(foreign).toEqual([]);
});

test('search results link to pages of the site, and a result opens its page', async ({ page }) => {
  await page.goto(`${BASE}search/?q=State%20aid`);
  const links = page.locator('#search-results li h2 a');
  await expect(links.first()).toBeVisible();
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^${BASE}`));
  await links.first().click();
  await expect(page.locator('main h1')).toBeVisible();
});

test('a query with no match says so in the live status line', async ({ page }) => {
  await page.goto(`${BASE}search/?q=zzqqxxnotaword`);
  await expect(page.getByRole('status')).toHaveText('No results for “zzqqxxnotaword”.');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});
