/** The home page is the report's cover: title, abstract, main messages, chapters, overview map. */
import { expect, test } from '@playwright/test';
import { BASE } from '../support/site.ts';

test('the home page shows the cover: title, subtitle and a one-paragraph abstract', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.locator('h1')).toHaveText('Cluster Atlas');
  await expect(page).toHaveTitle('Cluster Atlas');
  const abstract = page.locator('.cover .abstract');
  await expect(abstract).toHaveCount(1);
  expect((await abstract.innerText()).split(/\s+/).length).toBeGreaterThan(60);
});

test('the home page lists the main messages: one per axis of the strategy, then the crisis response', async ({ page }) => {
  await page.goto(BASE);
  const messages = page.getByRole('region', { name: 'Main messages' }).locator('ol.messages > li');
  await expect(messages).toHaveCount(4);
  const texts = (await messages.allInnerTexts()).map((t) => t.toLowerCase());
  expect(texts[0]).toMatch(/^axis 1\b.*bottom up.*entrepreneurship.*manufacturing/);
  expect(texts[1]).toMatch(/^axis 2\b.*polic.*eu budget.*state aid.*intellectual property/);
  expect(texts[2]).toMatch(/^axis 3\b.*inter-clustering.*cooperation.*critical mass/);
  expect(texts[3]).toMatch(/crisis.*restructuring.*founders.*skills/);
});

test('the home page links every chapter, and each link opens that chapter', async ({ page }) => {
  await page.goto(BASE);
  const links = page.getByRole('region', { name: 'Chapters' }).locator('.chapter-card h3 a');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(6);
  const targets = await links.evaluateAll((as) => as.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? '']));
  for (const [title, href] of targets) {
    expect(href).toMatch(new RegExp(`^${BASE}chapters/[a-z0-9-]+/$`));
    await page.goto(href!);
    await expect(page.locator('h1')).toHaveText(title!);
  }
});

test('the home page holds the overview map under one heading, the map\'s own title', async ({ page }) => {
  await page.goto(BASE);
  const map = page.locator('#overview-map section[data-view="overview"]');
  await expect(map).toHaveCount(1);
  await expect(map).toHaveAttribute('aria-labelledby', 'map-overview-title');
  // No heading is directly followed by another heading (the page once stacked "The overview map" over the map's title).
  const stacked = await page.locator('main').evaluate((main) => {
    const headings = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    return headings.filter((h, i) => {
      const next = headings[i + 1];
      if (!next) return false;
      // Text between the two headings in document order, read with a range.
      const range = document.createRange();
      range.setStartAfter(h);
      range.setEndBefore(next);
      return range.toString().trim() === '';
    }).map((h) => h.textContent?.trim() ?? '');
  });
  expect(stacked).toEqual([]);
});
