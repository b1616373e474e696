/** The reader's settings: dark colour scheme, and printing a chapter. */
import { expect, test } from '@playwright/test';
import { BASE } from '../support/site.ts';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const color = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).color);

test('the site follows a dark colour-scheme preference: dark background, light text', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(BASE);
  expect(await background(page)).toBe('rgb(251, 250, 247)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(20, 23, 28)');
  expect(await color(page)).toBe('rgb(232, 234, 237)');
});

test.describe('printing a chapter', () => {
  test('hides the site navigation, search, contents and chapter links, keeps the text and sources', async ({ page }) => {
    await page.goto(`${BASE}chapters/`);
    const first = await page.locator('.chapter-card h2 a').first().getAttribute('href');
    await page.goto(first!);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.chapter__toc', '.pager', '.edit-link']) {
      await expect(page.locator(hidden).first(), `${hidden} on paper`).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  });

  test('prints the address of each link after its text', async ({ page }) => {
    await page.goto(`${BASE}chapters/`);
    const first = await page.locator('.chapter-card h2 a').first().getAttribute('href');
    await page.goto(first!);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.prose p a[href]:not([href^="#"])').first().evaluate((a) => ({
      href: a.getAttribute('href'),
      after: getComputedStyle(a, '::after').content,
    }));
    expect(printed.after).toBe(`" (${printed.href})"`);
  });

  test('prints footnote marks as [n], without an address', async ({ page, request }) => {
    await page.goto(`${BASE}chapters/`);
    const chapters = await page.locator('.chapter-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const texts = await Promise.all(chapters.map(async (path) => [path, await (await request.get(path)).text()] as const));
    const withFootnotes = texts.find(([, html]) => html.includes('data-footnote-ref'))?.[0];
    expect(withFootnotes, 'a chapter with footnotes').toBeTruthy();
    await page.goto(withFootnotes!);
    await page.emulateMedia({ media: 'print' });
    const mark = page.locator('a[data-footnote-ref]').first();
    expect(await mark.evaluate((a) => [getComputedStyle(a, '::before').content, getComputedStyle(a, '::after').content])).toEqual(['"["', '"]"']);
    await expect(page.locator('section.footnotes')).toBeVisible();
  });

  test("prints a chapter's map as picture, legend and credit, without its 300-row tables (the map page prints those)", async ({ page }) => {
    await page.goto(`${BASE}chapters/crisis-response/`);
    const map = page.locator('.chapter [data-map]').first();
    await expect(map.locator('.map-table tbody tr').first()).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(map.locator('img.map__static')).toBeVisible();
    await expect(map.locator('.map__legend')).toBeVisible();
    await expect(map.locator('.map__credit')).toContainText('Interactive map');
    await expect(map.locator('.map-table-wrap').first()).toBeHidden();
    await expect(map.locator('.map-regions')).toBeHidden();
    await page.goto(`${BASE}maps/crisis/`);
    await expect(page.locator('[data-map] .map-table-wrap').first()).toBeVisible();
  });
});
