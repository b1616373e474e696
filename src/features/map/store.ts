/**
 * The map's single state object and its one update function. Everything the reader can change
 * (camera, metric, filters, layers, selection) lives here; the map, the controls, the table and
 * the URL only subscribe. `cause` tells the URL sync whether to push, replace or stay quiet.
 */
import type { MapState, Selection } from '../url-state/url-state';

export type Cause =
  | 'init' // first render
  | 'user' // a filter, layer, metric or selection change: a history step
  | 'camera' // the reader moved the map: replace the URL, throttled
  | 'step' // a step of a run of year changes (Play, a slider drag, held arrows): replace, throttled
  | 'restore' // Back/Forward: apply, write nothing
  | 'hover' // transient: never written
  | 'data'; // data arrived (a series): render what depends on it, write nothing

export interface UiState extends MapState {
  /** Feature under the pointer or keyboard focus; never in the URL. */
  readonly hover: Selection | null;
  /** Ids of the series that have arrived (space-separated): their arrival re-renders the values. */
  readonly series: string;
}

export type Listener = (state: UiState, previous: UiState, cause: Cause) => void;

export interface Store {
  get(): UiState;
  update(patch: Partial<UiState>, cause: Cause): void;
  subscribe(listener: Listener): void;
}

export function createStore(initial: UiState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    update(patch, cause) {
      const previous = state;
      state = { ...state, ...patch };
      for (const l of listeners) l(state, previous, cause);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}

/** Did any of these keys change between two states (by identity; lists are replaced, never mutated)? */
export function changed(a: UiState, b: UiState, keys: readonly (keyof UiState)[]): boolean {
  return keys.some((k) => a[k] !== b[k]);
}
