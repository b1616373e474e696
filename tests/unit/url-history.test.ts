import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import contextFixture from '../fixtures/url-state/context.json';
import { createUrlHistory, THROTTLE_MS, type HistoryHost } from '../../src/features/url-state/url-history';
import { defaultState, type MapState, type ParsedUrlState, type UrlContext } from '../../src/features/url-state/url-state';

const context: UrlContext = contextFixture;

let win: Window;
/** A happy-dom window (real History and popstate) with the test's fake clock for the throttle. */
function hostAt(url: string): HistoryHost {
  win = new Window({ url });
  return {
    location: win.location,
    history: win.history,
    addEventListener: (t, l) => win.addEventListener(t, l),
    removeEventListener: (t, l) => win.removeEventListener(t, l),
    setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  };
}
const at = (zoom: number, lat: number, lon: number): MapState => ({ ...defaultState(context), camera: { zoom, lat, lon } });
/** Wait for happy-dom to deliver popstate after back()/forward(). */
const settle = () => new Promise((r) => win.setTimeout(r, 5));

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(async () => {
  vi.useRealTimers();
  await win.happyDOM.close();
});

describe('createUrlHistory', () => {
  it('parses the URL the page opened with', () => {
    const h = createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/?sel=cluster:minalogic') });
    expect(h.initial.state.selected).toEqual({ kind: 'cluster', id: 'minalogic' });
  });

  it('rewrites a link with retired names to today’s form at once, keeping the anchor', () => {
    createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/?sector=digital&countries=GR#map') });
    expect(win.location.href).toBe('http://x/maps/overview/?ecosystem=digital&country=EL#map');
  });

  it('leaves a link with invalid values in the address bar for the reader to see', () => {
    createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/?metric=nope') });
    expect(win.location.search).toBe('?metric=nope');
  });

  it(`writes camera moves at most once per ${THROTTLE_MS} ms, the last move winning`, () => {
    const host = hostAt('http://x/maps/overview/');
    const replace = vi.spyOn(win.history, 'replaceState');
    const h = createUrlHistory({ context, onRestore: () => {}, host });
    for (let i = 0; i < 20; i++) {
      h.replace(at(4, 45 + i / 10, 5));
      vi.advanceTimersByTime(20);
    }
    // 20 moves over 400 ms: the first is written at once, the rest wait for the window to close
    expect(replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(win.location.search).toBe('?at=4.00,46.90,5.00');
    expect(win.history.length).toBe(1);
  });

  it('pushes selections as entries that Back and Forward restore', async () => {
    const restored: ParsedUrlState[] = [];
    const h = createUrlHistory({ context, onRestore: (p) => restored.push(p), host: hostAt('http://x/maps/overview/') });
    h.push({ ...defaultState(context), selected: { kind: 'cluster', id: 'minalogic' } });
    h.push({ ...defaultState(context), selected: { kind: 'region', id: 'FRK2' } });
    expect(win.history.length).toBe(3);
    win.history.back();
    await settle();
    expect(restored.at(-1)?.state.selected).toEqual({ kind: 'cluster', id: 'minalogic' });
    win.history.back();
    await settle();
    expect(restored.at(-1)?.state.selected).toBeNull();
    win.history.forward();
    await settle();
    expect(restored.at(-1)?.state.selected).toEqual({ kind: 'cluster', id: 'minalogic' });
  });

  it('writes a pending camera move into the current entry before pushing, so Back returns there', async () => {
    const h = createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/') });
    h.replace(at(3, 50, 10)); // written at once
    h.replace(at(5, 45.19, 5.72)); // pending
    h.push({ ...at(5, 45.19, 5.72), selected: { kind: 'cluster', id: 'minalogic' } });
    win.history.back();
    await settle();
    expect(win.location.search).toBe('?at=5.00,45.19,5.72');
  });

  it('adds no entry when a push does not change the URL', () => {
    const h = createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/?sel=cluster:minalogic') });
    h.push(h.initial.state);
    expect(win.history.length).toBe(1);
  });

  it('gives the absolute URL of a state for sharing', () => {
    const h = createUrlHistory({ context, onRestore: () => {}, host: hostAt('http://x/maps/overview/') });
    expect(h.urlOf({ ...defaultState(context), countries: ['FR'] })).toBe('http://x/maps/overview/?country=FR');
  });

  it('keeps working when the browser refuses a history write', () => {
    const host = hostAt('http://x/maps/overview/');
    vi.spyOn(win.history, 'pushState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.pushState() more than 100 times per 30 seconds', 'SecurityError');
    });
    const h = createUrlHistory({ context, onRestore: () => {}, host });
    expect(() => h.push({ ...defaultState(context), countries: ['FR'] })).not.toThrow();
  });
});
