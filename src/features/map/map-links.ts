/**
 * Build time: links from the cluster and region pages into the maps, written with the URL module
 * so they are canonical (only non-defaults) and valid by construction.
 */
import { views } from '../../data/views';
import type { View } from '../../schemas/view';
import { loadMapBundle } from './map-source';
import { href } from '../../lib/paths';
import { urlContextFrom } from '../url-state/url-context';
import { defaultState, serialiseUrlState, type Selection, type UrlContext } from '../url-state/url-state';

const contexts = new Map<string, UrlContext>();

/** The URL context of a map page (cached for the build). */
export function contextFor(viewId: string): UrlContext {
  let context = contexts.get(viewId);
  if (!context) {
    context = urlContextFrom(viewId, views, loadMapBundle());
    contexts.set(viewId, context);
  }
  return context;
}

/** `/maps/<view>/?sel=…` (with the base path) opening `view` with `selected` selected. */
export function mapHref(view: View, selected: Selection): string {
  const context = contextFor(view.id);
  return href(`/maps/${view.id}/${serialiseUrlState({ ...defaultState(context), selected }, context)}`);
}
