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
    const printed = await page.locator('.prose a[href^="/"], .prose a[href^="http"]').first().evaluate((a) => ({
      href: a.getAttribute('href'),
      after: getComputedStyle(a, '::after').content,
    }));
    expect(printed.after).toBe(`" (${printed.href})"`);
  });
});
