/**
 * Browser history for the map: the map client calls this, it never touches `history` itself.
 *
 *   const urlHistory = createUrlHistory({ context, onRestore: (parsed) => applyState(parsed.state) });
 *   applyState(urlHistory.initial.state); showUrlNotice(box, urlHistory.initial.issues);
 *   map.on('moveend', (e) => { if (e.originalEvent) urlHistory.replace(currentState()); }); // reader moved the camera
 *   onFilterOrSelectionChange(() => urlHistory.push(currentState()));                       // a step Back can undo
 *
 * - `replace(state)`: camera moves. Replaces the current entry, throttled to one write per
 *   THROTTLE_MS (the last state wins). Why: WebKit throws a SecurityError after 100
 *   pushState/replaceState calls in 30 s, Gecko after 200 in 10 s, and Chromium silently ignores
 *   calls beyond 200 in 10 s ("Throttling navigation to prevent the browser from hanging").
 *   One write per 500 ms is at most 60 per 30 s, under all three.
 * - `push(state)`: selections and filter changes. Writes any pending camera move into the current
 *   entry first (so Back returns to where the reader was), then adds an entry. Same URL → no entry.
 * - `onRestore(parsed)`: called on Back/Forward (popstate) with the parsed entry; apply it to the
 *   map without calling push() (replace() for the resulting camera move is harmless).
 * - `initial`: the parsed URL the page opened with. Retired names/ids are rewritten to today's form
 *   at once (replaceState); invalid values stay in the address bar while the notice explains them.
 * - `urlOf(state)`: the absolute URL of a state (for sharing); `flush()` writes a pending move now.
 * - `dispose()`: removes the popstate listener and any timer.
 * Every history call is wrapped: if a browser still refuses one, the map keeps working and the URL lags.
 */
import { parseUrlState, serialiseUrlState, type MapState, type ParsedUrlState, type UrlContext } from './url-state';

/** Minimum milliseconds between two history writes from camera moves (see above). */
export const THROTTLE_MS = 500;

/** The parts of `window` this module uses (a real window in the browser). */
export interface HistoryHost {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash' | 'origin'>;
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface UrlHistoryOptions {
  readonly context: UrlContext;
  readonly onRestore: (parsed: ParsedUrlState) => void;
  readonly host?: HistoryHost;
  readonly throttleMs?: number;
  readonly now?: () => number;
}

export interface UrlHistory {
  readonly initial: ParsedUrlState;
  replace(state: MapState): void;
  push(state: MapState): void;
  flush(): void;
  urlOf(state: MapState): string;
  dispose(): void;
}

export function createUrlHistory(options: UrlHistoryOptions): UrlHistory {
  const host: HistoryHost = options.host ?? (window as unknown as HistoryHost);
  const { context, onRestore } = options;
  const throttleMs = options.throttleMs ?? THROTTLE_MS;
  const now = options.now ?? (() => Date.now());

  let pending: MapState | null = null;
  let timer: number | null = null;
  let lastWrite = -Infinity;

  /** Path + query + hash of a state on this page (the hash is the reader's, e.g. an anchor). */
  const pathOf = (state: MapState) => `${host.location.pathname}${serialiseUrlState(state, context)}${host.location.hash}`;
  const current = () => `${host.location.pathname}${host.location.search}${host.location.hash}`;

  function write(kind: 'push' | 'replace', state: MapState): void {
    const url = pathOf(state);
    if (url === current()) return;
    try {
      if (kind === 'push') host.history.pushState(null, '', url);
      else host.history.replaceState(null, '', url);
    } catch {
      // A browser rate limit (see the header) refused the write: keep the map working, the URL lags.
    }
    lastWrite = now();
  }

  function cancelTimer(): void {
    if (timer !== null) host.clearTimeout(timer);
    timer = null;
  }

  function flush(): void {
    cancelTimer();
    if (pending === null) return;
    const state = pending;
    pending = null;
    write('replace', state);
  }

  const onPopState = () => {
    // The entry we arrive at is the truth: drop a camera move that belonged to the entry we left.
    pending = null;
    cancelTimer();
    onRestore(parseUrlState(host.location.search, context));
  };
  host.addEventListener('popstate', onPopState);

  const initial = parseUrlState(host.location.search, context);
  if (initial.migrated.length > 0 && initial.issues.length === 0) write('replace', initial.state);

  return {
    initial,
    replace(state) {
      pending = state;
      const wait = lastWrite + throttleMs - now();
      if (wait <= 0) flush();
      else if (timer === null) timer = host.setTimeout(flush, wait);
    },
    push(state) {
      flush();
      write('push', state);
    },
    flush,
    urlOf: (state) => `${host.location.origin}${pathOf(state)}`,
    dispose() {
      cancelTimer();
      host.removeEventListener('popstate', onPopState);
    },
  };
}
