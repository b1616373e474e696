/** A chapter page: contents, key messages, reading time, last reviewed, edit link, sources, previous/next. */
import { expect, test } from '@playwright/test';
import { BASE } from '../support/site.ts';

/** The chapters in reading order, as the chapters index lists them. */
async function chapterPaths(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto(`${BASE}chapters/`);
  return page.locator('.chapter-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('a chapter has a table of contents whose every entry leads to a heading on the page', async ({ page }) => {
  const [, second] = await chapterPaths(page);
  await page.goto(second!);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(targets.length).toBeGreaterThanOrEqual(3);
  for (const target of targets) {
    expect(target).toMatch(/^#/);
    await expect(page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`)).toHaveCount(1);
  }
});

test('a chapter shows its key messages, reading time, last review date and an edit link to its MDX file', async ({ page }) => {
  const [first] = await chapterPaths(page);
  await page.goto(first!);
  await expect(page.getByRole('complementary', { name: 'Key messages' }).locator('li').first()).toBeVisible();
  await expect(page.locator('.chapter__head .meta')).toContainText(/\d+ min read/);
  await expect(page.locator('.chapter__head .meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const id = first!.replace(`${BASE}chapters/`, '').replace(/\/$/, '');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', new RegExp(`/edit/[^/]+/content/chapters/${id}\\.mdx$`));
});

test('a chapter lists its sources, each with a status badge', async ({ page }) => {
  const [first] = await chapterPaths(page);
  await page.goto(first!);
  const sources = page.getByRole('region', { name: 'Sources' }).locator('li');
  expect(await sources.count()).toBeGreaterThan(0);
  for (const item of await sources.all()) await expect(item.locator('.badge')).toHaveCount(1);
});

test('previous and next links walk the chapters in reading order', async ({ page }) => {
  const paths = await chapterPaths(page);
  await page.goto(paths[0]!);
  const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', paths[1]!);
  await page.goto(paths[1]!);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', paths[0]!);
  await page.goto(paths.at(-1)!);
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});
