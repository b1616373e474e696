/**
 * Keeps the address bar and the map state in step, through src/features/url-state/url-history.ts:
 * camera moves and the steps of a run of year changes replace the entry (throttled there), reader
 * choices push one, Back/Forward restore.
 * The map never touches `history` itself. Only a page with a single map syncs its URL (two maps
 * on one chapter page would fight over the same query string).
 */
import { showUrlNotice } from '../../components/share/url-notice';
import { createUrlHistory } from '../url-state/url-history';
import type { MapState, UrlContext } from '../url-state/url-state';
import type { Store, UiState } from './store';

/** The URL-relevant part of the UI state. */
export function mapStateOf(s: UiState): MapState {
  return {
    view: s.view, camera: s.camera, metric: s.metric, ecosystems: s.ecosystems, categories: s.categories, countries: s.countries,
    layers: s.layers, links: s.links, selected: s.selected, year: s.year, change: s.change, tab: s.tab, compare: s.compare,
  };
}

export interface UrlSync {
  /** The state the page opened with (defaults for invalid or missing parameters). */
  initial: MapState;
  /** Start writing changes of `store` to the URL and applying Back/Forward to it. */
  connect(store: Store): void;
}

/** Read the page's URL; invalid parameters are listed in `noticeSlot` (text only). */
export function createUrlSync(context: UrlContext, noticeSlot: HTMLElement): UrlSync {
  let target: Store | null = null;
  const history = createUrlHistory({
    context,
    onRestore: (parsed) => target?.update({ ...parsed.state, hover: null }, 'restore'),
  });
  showUrlNotice(noticeSlot, history.initial.issues);
  return {
    initial: history.initial.state,
    connect(store) {
      target = store;
      store.subscribe((state, _previous, cause) => {
        if (cause === 'camera' || cause === 'step') history.replace(mapStateOf(state));
        else if (cause === 'user') history.push(mapStateOf(state));
      });
    },
  };
}
