/**
 * How the tests meet the interactive maps (contract with src/features/map/): the map root is
 * `[data-map]`; its `data-map-state` becomes "loading" when the map starts, "idle" once MapLibre
 * has drawn it and "error" when the map or its data could not be loaded, in which case
 * `.map__message` tells the reader. Maps load only near the viewport, so the tests scroll each
 * one into view first; an embed (`data-start="interaction"`) starts on the reader's first touch,
 * so the tests press its "Explore the map" button.
 */
import type { Page } from '@playwright/test';

export const MAP_ROOT = '[data-map]';
/** The element inside the root whose coming into view starts the map. */
export const MAP_FRAME = '.map__frame';
/** States after which a map stays put: drawn, or showing its error message. */
export const SETTLED_STATES = ['idle', 'error'] as const;

/**
 * Scroll every map into view and wait until each has settled; returns how many maps there were.
 * Idle takes about 2 s here with software WebGL, but several times that on a loaded 2-core machine.
 */
export async function settleMaps(page: Page, timeout = 45_000): Promise<number> {
  const roots = page.locator(MAP_ROOT);
  const count = await roots.count();
  for (let i = 0; i < count; i += 1) {
    const root = roots.nth(i);
    // The loader watches the map's frame, not the whole figure: scroll the frame itself into view
    // (a tall figure whose title is on screen would not scroll at all).
    const frame = root.locator(MAP_FRAME);
    await ((await frame.count()) > 0 ? frame.first() : root).scrollIntoViewIfNeeded();
    // An embed keeps its picture until the reader's first touch (data-start="interaction").
    if ((await root.getAttribute('data-start')) === 'interaction' && (await root.getAttribute('data-map-state')) === 'static') {
      await root.locator('.map__start').click();
    }
    try {
      await page.waitForFunction(
        ({ el, states }) => el !== null && states.includes(el.getAttribute('data-map-state') ?? ''),
        { el: await root.elementHandle(), states: [...SETTLED_STATES] as string[] },
        { timeout },
      );
    } catch {
      const state = await root.getAttribute('data-map-state');
      throw new Error(`Map ${i + 1} of ${page.url()} did not settle in ${timeout} ms: data-map-state is ${JSON.stringify(state)}`);
    }
  }
  return count;
}
