import { expect, test } from 'vitest';
import { IDLE_TIMEOUT_MS, idleRender, type IdleHost } from '../../src/features/map/idle-render';

/** A host whose idle callbacks and timers run only when the test says so. */
function fakeHost(withIdle: boolean) {
  const queued = new Map<number, () => void>();
  const timeouts: number[] = [];
  let next = 1;
  const add = (cb: () => void) => {
    queued.set(next, cb);
    return next++;
  };
  const host: IdleHost = {
    setTimeout: (cb) => add(cb),
    clearTimeout: (id) => void queued.delete(id),
    ...(withIdle ? {
      requestIdleCallback: (cb: () => void, o: { timeout: number }) => {
        timeouts.push(o.timeout);
        return add(cb);
      },
      cancelIdleCallback: (id: number) => void queued.delete(id),
    } : {}),
  };
  const runAll = () => {
    const cbs = [...queued.values()];
    queued.clear();
    for (const cb of cbs) cb();
  };
  return { host, runAll, queued, timeouts };
}

test('idleRender runs scheduled work once when the browser is idle, however often it was scheduled', () => {
  const { host, runAll, timeouts } = fakeHost(true);
  let runs = 0;
  const r = idleRender(() => void runs++, host);
  r.schedule();
  r.schedule();
  r.schedule();
  expect(runs).toBe(0);
  expect(r.pending()).toBe(true);
  runAll();
  expect(runs).toBe(1);
  expect(r.pending()).toBe(false);
  expect(timeouts).toEqual([IDLE_TIMEOUT_MS]);
});

test('idleRender.flush runs pending work at once and cancels the idle callback', () => {
  const { host, runAll, queued } = fakeHost(true);
  let runs = 0;
  const r = idleRender(() => void runs++, host);
  r.schedule();
  r.flush();
  expect(runs).toBe(1);
  expect(queued.size).toBe(0);
  runAll();
  expect(runs).toBe(1);
});

test('idleRender.flush does nothing when no work is pending', () => {
  const { host } = fakeHost(true);
  let runs = 0;
  idleRender(() => void runs++, host).flush();
  expect(runs).toBe(0);
});

test('idleRender falls back to a timer where the browser has no idle callback', () => {
  const { host, runAll, queued } = fakeHost(false);
  let runs = 0;
  const r = idleRender(() => void runs++, host);
  r.schedule();
  expect(queued.size).toBe(1);
  runAll();
  expect(runs).toBe(1);
  r.schedule();
  r.flush();
  expect(queued.size).toBe(0);
  expect(runs).toBe(2);
});

test('idleRender can be scheduled again from inside its own run', () => {
  const { host, runAll } = fakeHost(true);
  let runs = 0;
  const r: ReturnType<typeof idleRender> = idleRender(() => {
    runs++;
    if (runs === 1) r.schedule();
  }, host);
  r.schedule();
  runAll();
  expect(r.pending()).toBe(true);
  runAll();
  expect(runs).toBe(2);
});
