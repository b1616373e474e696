/**
 * The report as readers get it: the production build in real Chromium.
 * - every point of issue 3 §1 is visible on its chapter page (checklist in tests/support/report-checklist.ts);
 * - each chapter shows its key messages as callouts, its declared maps, and its sources;
 * - figures that are not fully checked carry a visible status badge;
 * - no page of the site repeats a seed sentence or an 8-word run of the seed.
 * Pages are read with JavaScript off: the text, callouts and badges are all in the built HTML.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTER_IDS, CHECKLIST, uncovered } from '../support/report-checklist.ts';
import { htmlText, sharedRuns, verbatimSentences, words } from '../support/verbatim.ts';
import { readFrontmatter } from '../support/compile-mdx.ts';
import { BASE, sitemapPaths } from '../support/site.ts';
import { STATUS_INFO } from '../../src/lib/status.ts';
import { placeholderPhrases, pluralSlips } from '../support/placeholder-phrases.ts';

// Everything checked here is in the server-rendered HTML; without JavaScript the map pages do
// not start MapLibre (software WebGL on 2 cores), which keeps this suite to seconds.
test.use({ javaScriptEnabled: false });

const SEED = readFileSync('tests/fixtures/content/seed/report-main-messages.txt', 'utf8');

interface Frontmatter {
  keyMessages: string[];
  mapViews?: string[];
  sources: { label: string }[];
}
const frontmatter = (id: string) => readFrontmatter(readFileSync(`content/chapters/${id}.mdx`, 'utf8')) as unknown as Frontmatter;
const chapterPath = (id: string) => `${BASE}chapters/${id}/`;

for (const id of CHAPTER_IDS) {
  test(`the ${id} chapter page covers its points of the checklist`, async ({ page }) => {
    const response = await page.goto(chapterPath(id));
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    const points = CHECKLIST.filter((p) => p.chapter === id);
    expect(points.length).toBeGreaterThan(0);
    expect(uncovered(points, () => text, words)).toEqual([]);
  });

  test(`the ${id} chapter page shows its key messages as callouts, its maps and its sources`, async ({ page }) => {
    const data = frontmatter(id);
    await page.goto(chapterPath(id));
    for (const message of data.keyMessages) {
      await expect(page.locator('aside', { hasText: message }).first()).toBeVisible();
    }
    const views = await page.locator('[data-view]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-view')))].sort());
    expect(views).toEqual([...(data.mapViews ?? [])].sort());
    for (const source of data.sources) {
      await expect(page.getByText(source.label, { exact: false }).first()).toBeVisible();
    }
  });
}

test('key messages inside the text are notes with their title', async ({ page }) => {
  await page.goto(chapterPath('main-messages'));
  const notes = page.getByRole('note');
  await expect(notes).toHaveCount(3);
  await expect(notes.first()).toHaveAccessibleName('Axis 1 — Clusters from the bottom up');
  await expect(notes.first()).toContainText('Clusters should grow out of markets');
});

test('statistics that still need checking show a visible "needs check" badge', async ({ page }) => {
  await page.goto(chapterPath('inter-clustering'));
  const unchecked = page.locator('.stat[data-status="needs_check"]');
  await expect(unchecked).toHaveCount(2);
  for (const stat of await unchecked.all()) {
    await expect(stat.getByText(STATUS_INFO.needs_check.label, { exact: true })).toBeVisible();
  }
});

test('figures read from the data print their value, year, source link and badge', async ({ page }) => {
  await page.goto(chapterPath('crisis-response'));
  const figure = page.locator('.data-value[data-indicator="unemp_rate"][data-geo="ES61"][data-year="2013-2017"]');
  await expect(figure.locator('.data-value__figure')).toHaveText(/percentage points$/);
  await expect(figure).toContainText('2013–2017');
  await expect(figure.getByRole('link', { name: 'Eurostat tgs00010' })).toHaveAttribute('href', /^https:\/\/ec\.europa\.eu\//);
  await expect(figure.getByText(STATUS_INFO.official.label, { exact: true })).toBeVisible();
  await page.goto(chapterPath('policies'));
  await expect(page.locator('#fig-state-aid figcaption')).toContainText('Source: European Commission, State aid Scoreboards');
});

const paths = sitemapPaths();

test('the sitemap lists every chapter', () => {
  for (const id of CHAPTER_IDS) expect(paths).toContain(chapterPath(id));
});

test('no page of the site repeats a sentence or an 8-word run of the seed, or holds placeholder wording or "1 clusters"', async ({ request }) => {
  // The sitemap holds every cluster and region page too (well over a hundred), so pages are
  // fetched from the production server and read as text rather than rendered one by one.
  test.setTimeout(120_000);
  for (const path of paths) {
    const response = await request.get(path, { maxRetries: 2 });
    expect.soft(response.status(), `status of ${path}`).toBe(200);
    const text = htmlText(await response.text());
    expect.soft(verbatimSentences(SEED, text), `seed sentences on ${path}`).toEqual([]);
    expect.soft(sharedRuns(SEED, text), `8-word seed runs on ${path}`).toEqual([]);
    expect.soft(placeholderPhrases(text), `placeholder wording on ${path}`).toEqual([]);
    expect.soft(pluralSlips(text), `a count of one with a plural noun on ${path}`).toEqual([]);
  }
});
