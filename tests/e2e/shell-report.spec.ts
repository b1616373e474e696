/**
 * The whole report on one page (/report/), for print or save as PDF: every chapter in reading order
 * with its text, figures, charts and static maps; reached from the home page and every chapter;
 * readable without JavaScript and free of axe violations. (The quality sweeps also visit it: it is
 * in the sitemap.)
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFrontmatter } from '../support/compile-mdx.ts';
import { CHAPTER_IDS } from '../support/report-checklist.ts';
import { BASE } from '../support/site.ts';

const REPORT = `${BASE}report/`;
const chapters = CHAPTER_IDS.map((id) => ({ id, ...(readFrontmatter(readFileSync(`content/chapters/${id}.mdx`, 'utf8')) as { title: string; order: number; mapViews: string[] }) }))
  .sort((a, b) => a.order - b.order);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the report page holds every chapter in reading order, with its figures, charts and static maps', async ({ page }) => {
    await page.goto(REPORT);
    const titles = await page.locator('.report-chapter > h2').allTextContents();
    expect(titles).toEqual(chapters.map((c) => c.title));
    for (const chapter of chapters) {
      const section = page.locator('.report-chapter', { has: page.locator(`#chapter-${chapter.id}`) });
      for (const view of chapter.mapViews) {
        const img = section.locator(`#report-map-${view} img`);
        await expect(img).toBeVisible();
        expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      }
      // The same data-bound figures and charts as the chapter page.
      const own = await page.context().request.get(`${BASE}chapters/${chapter.id}/`);
      const html = await own.text();
      const count = (re: RegExp) => (html.match(re) ?? []).length;
      await expect(section.locator('[data-indicator], [data-fact]')).toHaveCount(count(/\sdata-(indicator|fact)="/g));
      await expect(section.locator('[data-chart] svg[role="img"]')).toHaveCount(count(/\sdata-chart="/g));
    }
    await expect(page.locator('script[src], [data-map-state]')).toHaveCount(0);
  });

  test('chapter links on the report page lead to the chapters, not to addresses below /report/', async ({ page }) => {
    await page.goto(REPORT);
    const hrefs = await page.locator('.report-chapter .prose a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const path of hrefs) expect(path.startsWith(REPORT) && path !== REPORT, path).toBe(false);
  });

  test('the home page and every chapter link to the report page', async ({ page }) => {
    await page.goto(BASE);
    await expect(page.locator(`main a[href="${REPORT}"]`)).toHaveCount(1);
    for (const chapter of chapters) {
      await page.goto(`${BASE}chapters/${chapter.id}/`);
      await expect(page.locator(`main a[href="${REPORT}"]`)).toHaveCount(1);
    }
  });
});

test('the report page has no axe violation, and prints each chapter on a new page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(REPORT);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.report-chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(chapters.map(() => 'page'));
  await expect(page.locator('.site-header')).toBeHidden();
  await context.close();
});
