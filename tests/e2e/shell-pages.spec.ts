/**
 * Every page of the sitemap: head metadata, landmarks, zero JavaScript on text pages (read from
 * the served HTML, so what is checked is what a crawler or a reader without JavaScript gets);
 * no horizontal scrolling on a 375 px phone on every template (the sweeps' sample).
 */
import { expect, test } from '@playwright/test';
import { BASE, SITE_ORIGIN, samplePaths, sitemapPaths } from '../support/site.ts';

const paths = sitemapPaths();

test('every sitemap page has lang, a unique title, a description, its own canonical URL, Open Graph tags and a favicon, and is indexable', async ({ request }) => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path, { maxRetries: 2 })).text();
    const meta = (pattern: RegExp) => html.match(pattern)?.[1];
    expect.soft(meta(/<html[^>]* lang="([^"]+)"/), `${path} lang`).toBe('en');
    const title = meta(/<title>([^<]+)<\/title>/);
    expect.soft(title, `${path} title`).toBeTruthy();
    if (title) {
      expect.soft(titles.get(title), `${path} shares its title with ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
    }
    expect.soft(meta(/<meta name="description" content="([^"]{40,})"/), `${path} description`).toBeTruthy();
    expect.soft(new URL(meta(/<link rel="canonical" href="([^"]+)"/) ?? 'x:/').pathname, `${path} canonical`).toBe(path);
    expect.soft(meta(/<meta property="og:title" content="([^"]+)"/), `${path} og:title`).toBeTruthy();
    expect.soft(meta(/<meta name="twitter:card" content="([^"]+)"/), `${path} twitter:card`).toBeTruthy();
    expect.soft(html, `${path} favicon`).toContain(`<link rel="icon" href="${BASE}favicon.svg"`);
    expect.soft(html, `${path} is in the sitemap but asks not to be indexed`).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
  }
});

test('text pages (no map, not the search page or the regions index) ship no script at all', async ({ request }) => {
  let textPages = 0;
  for (const path of paths) {
    const html = await (await request.get(path, { maxRetries: 2 })).text();
    // The search page's script is the search; the regions index's sorts its table (budget: 2 KiB).
    if (html.includes('data-map') || path === `${BASE}search/` || path === `${BASE}regions/`) continue;
    textPages += 1;
    expect.soft(html.match(/<script\b[^>]*>/g) ?? [], `${path} scripts`).toEqual([]);
  }
  expect(textPages).toBeGreaterThanOrEqual(4);
});

test('every page has a skip link to <main>, a banner, a main navigation, a search form and a footer', async ({ page }) => {
  for (const path of [BASE, `${BASE}chapters/`, `${BASE}about/`, `${BASE}data/`]) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('search').first()).toHaveAttribute('action', `${BASE}search/`);
  }
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('no page scrolls sideways', async ({ page }) => {
    const sample = samplePaths();
    test.setTimeout(20_000 + sample.length * 3_000);
    for (const path of sample) {
      await page.goto(path);
      const { overflow, culprits } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Name the outermost elements that stick out, so the message says what to fix.
        // Content clipped by a scroll box that itself fits (a wide table in its wrapper) is fine.
        const clipped = (el: Element) => {
          for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
            if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= width + 0.5) return true;
          }
          return false;
        };
        const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el));
        const outermost = wide.filter((el) => !wide.includes(el.parentElement as Element));
        return {
          overflow: document.documentElement.scrollWidth - width,
          culprits: outermost.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`).join(', '),
        };
      });
      expect.soft(overflow, `${path} is wider than the screen (${culprits})`).toBeLessThanOrEqual(0);
    }
  });
});

test('the 404 page answers unknown addresses with status 404 and a way back', async ({ page }) => {
  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toHaveAttribute('href', BASE);
  expect(SITE_ORIGIN).toContain('127.0.0.1');
});

test('Data & sources offers the whole dataset and every map view for download, and each file is served', async ({ page, request }) => {
  const { views } = await import('../../src/data/views.ts');
  await page.goto(`${BASE}data/`);
  const section = page.locator('section[aria-labelledby="downloads"]');
  await expect(section.locator('a[download]').first()).toBeVisible();
  for (const view of views) await expect(section.getByRole('heading', { name: `Map: ${view.title}` })).toBeVisible();
  const hrefs = await section.locator('a[href*="/downloads/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // The whole dataset plus at least two files (clusters CSV, JSON) for every view.
  expect(hrefs.length).toBeGreaterThanOrEqual(2 + 2 * views.length);
  expect(hrefs.some((h) => h.endsWith('/downloads/cluster-atlas.json'))).toBe(true);
  for (const h of new Set(hrefs)) expect((await request.get(h)).status(), h).toBe(200);
});
