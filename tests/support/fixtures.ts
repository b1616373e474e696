/**
 * Playwright fixtures for the page sweeps. Sweeps visit every URL of the sitemap, so one
 * browser context and one page serve all the URLs a worker visits (a fresh context per
 * URL would cost more than the checks themselves). Motion is reduced, which also tells
 * the maps not to animate their camera.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { PageWatch } from './watch.ts';

export interface SweepPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
}

export const test = base.extend<
  { sweep: SweepPage },
  { sweepWorker: SweepPage; sweepOrigin: string | undefined; sweepJavaScript: boolean }
>({
  /** Origin of the site a sweep visits; the project's baseURL unless a spec names another (the probe site). */
  sweepOrigin: [undefined, { scope: 'worker', option: true }],
  /** False for the sweep that checks what readers without JavaScript get. */
  sweepJavaScript: [true, { scope: 'worker', option: true }],
  sweepWorker: [
    async ({ browser, sweepOrigin, sweepJavaScript }, use, workerInfo) => {
      const baseURL = sweepOrigin ?? workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const context = await browser.newContext({ baseURL, reducedMotion: 'reduce', javaScriptEnabled: sweepJavaScript });
      const watch = await PageWatch.attach(context, baseURL);
      const page = watch.observe(await context.newPage());
      await use({ context, page, watch });
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweep: async ({ sweepWorker }, use) => {
    sweepWorker.watch.reset();
    await use(sweepWorker);
  },
});

export { expect } from '@playwright/test';
