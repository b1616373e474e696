/**
 * Work that need not land in the frame of a change: a table below the fold, a collapsed table.
 * `schedule()` asks for one run when the browser is idle (requestIdleCallback, at most
 * IDLE_TIMEOUT_MS later even on a busy page; a timer where the browser has no idle callback, as
 * Safari); any number of schedules before it runs make one run, which reads the state as it is
 * then. `flush()` runs pending work now — when the reader opens what it renders.
 *
 * Why: a year step recolours the map through feature state in a few milliseconds, but rewriting
 * ~300 table rows and laying the page out again took 20–40 ms of the same task on the 2-core
 * machine, so the new colours reached the screen late and Play stalled frames.
 */

/** Longest wait for an idle moment (ms): the deferred table is at most this far behind. */
export const IDLE_TIMEOUT_MS = 300;
/** Delay of the timer fallback (ms): after the frame of the change has been drawn. */
const FALLBACK_MS = 32;

/** The parts of `window` this module uses. */
export interface IdleHost {
  requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface IdleRender {
  /** Run the work once, soon, when the browser is idle. */
  schedule(): void;
  /** Run scheduled work now (nothing if none is pending). */
  flush(): void;
  /** Is a run waiting? */
  pending(): boolean;
}

export function idleRender(run: () => void, host: IdleHost = window as unknown as IdleHost): IdleRender {
  let handle: { id: number; idle: boolean } | null = null;
  const fire = () => {
    handle = null;
    run();
  };
  const cancel = () => {
    if (!handle) return;
    if (handle.idle) host.cancelIdleCallback?.(handle.id);
    else host.clearTimeout(handle.id);
    handle = null;
  };
  return {
    schedule() {
      if (handle) return;
      handle = host.requestIdleCallback
        ? { id: host.requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS }), idle: true }
        : { id: host.setTimeout(fire, FALLBACK_MS), idle: false };
    },
    flush() {
      if (!handle) return;
      cancel();
      run();
    },
    pending: () => handle !== null,
  };
}
