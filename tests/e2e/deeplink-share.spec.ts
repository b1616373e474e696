/**
 * The share bar under a map (src/components/share/ShareBar.astro + share.ts) on the production build:
 * the system share sheet where the browser has one, the copy fallback when the clipboard is refused,
 * and the cite line and embed code following the address bar.
 */
import { expect, test } from '@playwright/test';
import { guardPage, waitForMapIdle, openFilter } from '../support/map-page';

test('the Share button stays hidden where the browser has no share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    // An own property shadows Navigator.prototype.share, as in a browser without the API.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.goto('/maps/overview/');
  await expect(page.locator('[data-share-copy]')).toBeVisible();
  await expect(page.locator('[data-share-native]')).toBeHidden();
});

test('the Share button opens the share sheet with the current view', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    (window as unknown as { shared: unknown[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (shared.push(data), Promise.resolve()), configurable: true });
  });
  await page.goto('/maps/overview/?country=FR');
  const share = page.locator('[data-share-native]');
  await expect(share).toBeVisible();
  await share.click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
  expect(shared).toEqual([{ title: 'Clusters across Europe', url: page.url() }]);
});

test('when copying is refused, the link is selected for the reader to copy by hand', async ({ page }) => {
  const guard = await guardPage(page);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
  });
  await page.goto('/maps/overview/?country=FR');
  await page.locator('[data-share-copy]').click();
  await expect(page.locator('[data-share-status]')).toHaveText('Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).');
  const field = page.locator('[data-share-url]');
  await expect(field).toBeFocused();
  expect(await field.evaluate((i: HTMLInputElement) => i.value.slice(i.selectionStart ?? 0, i.selectionEnd ?? 0))).toBe(page.url());
  expect(guard.errors).toEqual([]);
});

test('the cite line and the embed code follow the view the reader is looking at', async ({ page }) => {
  await page.goto('/maps/cooperation/');
  const map = page.locator('[data-map]');
  await waitForMapIdle(map);
  await openFilter(map, 'Country');
  await map.locator('input[data-list="countries"][value="DE"]').check();
  await expect(page).toHaveURL(/country=DE/);

  const bar = page.locator('[data-share]');
  await bar.hover();
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const vintage = await bar.getAttribute('data-vintage');
  await expect(page.locator('[data-share-cite]')).toHaveText(`Cluster Atlas, “Cooperation between clusters” [interactive map], data as of ${vintage}. ${page.url()} (accessed ${today}).`);

  await bar.getByText('Embed this map').click();
  const origin = new URL(page.url()).origin;
  await expect(page.locator('[data-share-embed-code]')).toHaveValue(
    `<iframe src="${origin}/embed/cooperation/?country=DE" title="Cooperation between clusters" width="100%" height="560" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`,
  );
  const downloads = bar.locator('.downloads a[download]');
  expect(await downloads.count()).toBeGreaterThanOrEqual(3);
  for (const href of await downloads.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))) {
    expect((await page.request.get(href!)).ok(), href!).toBe(true);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link field, cite line and downloads are there and no dead button shows', async ({ page }) => {
    await page.goto('/maps/overview/');
    await expect(page.locator('[data-share-url]')).toHaveValue(/\/maps\/overview\/$/);
    await expect(page.locator('[data-share-cite]')).toContainText('“Clusters across Europe” [interactive map], data as of');
    await expect(page.locator('[data-share] button')).toHaveCount(3);
    for (const button of await page.locator('[data-share] button').all()) await expect(button).toBeHidden();
    await page.locator('[data-share]').getByText('Download the data of this map').click();
    await expect(page.locator('[data-share] .downloads a[download]').first()).toBeVisible();
  });
});
