/**
 * The year control's speed, for `npm run bench:map` (a benchmark, not a test: timings depend on
 * the machine). On /maps/crisis/ with every year loaded:
 *   - a year step: slider input → the map idle again (the repaint is a feature-state update, no
 *     source is rebuilt), median and worst of STEPS steps back and forth;
 *   - Play from the first year to the last: years per second, and the longest gap between two
 *     animation frames while it plays (a frame over 50 ms is a visible stall).
 * Floors (issue 12): step ≤ 50 ms median, Play ≥ 4 years/s with no frame over 50 ms.
 */
import type { Browser } from '@playwright/test';

export const TIME_FLOORS = { stepMs: 50, yearsPerSecond: 4, frameMs: 50 };
const STEPS = 20;

export interface TimeBench {
  regions: number;
  steps: number[];
  medianStepMs: number;
  worstStepMs: number;
  play: { years: number; seconds: number; yearsPerSecond: number; longestFrameMs: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchTime(browser: Browser, origin: string): Promise<TimeBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in __name(), which the page does not define.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(`${origin}/maps/crisis/?year=2010`);
  const map = page.locator('[data-map]').first();
  await map.locator('.map__frame').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-map]');
    return el?.dataset['mapState'] === 'idle' && el.dataset['series'] === 'ready';
  }, null, { timeout: 120_000 });
  const regions = await page.locator('.map-year-table tbody tr, .map-regions__table tbody tr').count();
  const steps = await page.evaluate(async (n) => {
    const root = document.querySelector<HTMLElement>('[data-map]')!;
    const input = root.querySelector<HTMLInputElement>('.map-year input[type=range]')!;
    const idle = () => new Promise<void>((resolve) => {
      const mo = new MutationObserver(() => {
        if (root.dataset['mapState'] === 'idle') {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(root, { attributes: true, attributeFilter: ['data-map-state'] });
    });
    const out: number[] = [];
    const max = Number(input.max);
    for (let i = 0; i < n; i++) {
      const to = i % 2 === 0 ? Math.max(0, Number(input.value) - 1) : Math.min(max, Number(input.value) + 1);
      const done = idle();
      const t0 = performance.now();
      input.value = String(to);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      out.push(performance.now() - t0);
    }
    return out;
  }, STEPS);
  const play = await page.evaluate(async () => {
    const root = document.querySelector<HTMLElement>('[data-map]')!;
    const input = root.querySelector<HTMLInputElement>('.map-year input[type=range]')!;
    const button = root.querySelector<HTMLButtonElement>('.map-year__play')!;
    input.value = input.max; // Play from the last year starts over at the first
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 500));
    let longest = 0;
    let last = performance.now();
    let running = true;
    const frame = (t: number) => {
      longest = Math.max(longest, t - last);
      last = t;
      if (running) requestAnimationFrame(frame);
    };
    const t0 = performance.now();
    button.click();
    requestAnimationFrame(frame);
    await new Promise<void>((resolve) => {
      const poll = () => (button.getAttribute('aria-pressed') === 'false' ? resolve() : setTimeout(poll, 20));
      poll();
    });
    running = false;
    const seconds = (performance.now() - t0) / 1000;
    return { years: Number(input.max) + 1, seconds, longestFrameMs: longest };
  });
  await context.close();
  // Play shows the first year at once, then one step per interval, and stops one interval after the last.
  const yearsPerSecond = (play.years - 1) / Math.max(play.seconds, 1e-3);
  return { regions, steps, medianStepMs: median(steps), worstStepMs: Math.max(...steps), play: { ...play, yearsPerSecond } };
}

export function timeReport(t: TimeBench): string {
  const ok = (b: boolean) => (b ? 'ok' : 'OVER');
  return [
    `year step on /maps/crisis/ (${t.regions} regions, feature state): median ${t.medianStepMs.toFixed(1)} ms ${ok(t.medianStepMs <= TIME_FLOORS.stepMs)}, worst ${t.worstStepMs.toFixed(1)} ms (${t.steps.length} steps: ${t.steps.map((s) => Math.round(s)).join(' ')})`,
    `play: ${t.play.years} years in ${t.play.seconds.toFixed(2)} s = ${t.play.yearsPerSecond.toFixed(2)} years/s ${ok(t.play.yearsPerSecond >= TIME_FLOORS.yearsPerSecond)}, longest frame ${t.play.longestFrameMs.toFixed(1)} ms ${ok(t.play.longestFrameMs <= TIME_FLOORS.frameMs)}`,
  ].join('\n');
}
