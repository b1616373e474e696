/**
 * Let the browser paint and handle input between two steps of the map's start-up. A task longer
 * than 50 ms blocks the page (Lighthouse's total blocking time counts what is past 50 ms of each);
 * the steps before the first frame (decoding the geometry, building the style, the WebGL context)
 * take tens to a hundred milliseconds each on a slow phone, so they run as separate tasks.
 */
export function yieldToMain(): Promise<void> {
  // scheduler.yield() resumes ahead of other queued tasks (Chromium 129+); a timeout elsewhere.
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
