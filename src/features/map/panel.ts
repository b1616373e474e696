/**
 * State → the details panel: the selected cluster or region, with a link to its own page. Beside
 * the map on wide screens, a bottom sheet on phones (map.css); closing it clears the selection.
 */
import type { MapContext } from './context';
import { clusterDetails, el, regionDetails } from './details';
import { changed, type Cause, type UiState } from './store';
import { compareButton, toggled } from './chart-panel';
import { MAX_COMPARE } from '../url-state/time-params';

function pageLink(href: string, text: string): HTMLElement {
  const a = el('a', 'map-details__page', text) as HTMLAnchorElement;
  a.href = href;
  return el('p', '', a);
}

function body(ctx: MapContext, s: UiState, headingId: string): HTMLElement[] | null {
  const sel = s.selected;
  const { pages } = ctx.cfg;
  if (sel?.kind === 'cluster') {
    const c = ctx.clustersById.get(sel.id);
    return c ? [...clusterDetails(c, ctx.data, ctx.clustersById, headingId), pageLink(`${pages.cluster}${encodeURIComponent(c.id)}/`, `${c.name}: the cluster's page`)] : null;
  }
  if (sel?.kind === 'region') {
    const r = ctx.regionsById.get(sel.id);
    if (!r) return null;
    const out = regionDetails(r, ctx.viewMetrics, headingId);
    const compare = compareButton(r.id, r.name, s.compare.includes(r.id), s.compare.length >= MAX_COMPARE);
    compare.addEventListener('click', () => ctx.store.update({ compare: toggled(ctx.store.get().compare, r.id) }, 'user'));
    out.push(el('p', 'map-details__compare', compare));
    if (pages.regions.includes(r.id)) out.push(pageLink(`${pages.region}${encodeURIComponent(r.id)}/`, `${r.name}: the region's page`));
    return out;
  }
  return null;
}

export function renderPanel(ctx: MapContext, s: UiState, p: UiState, cause: Cause): void {
  if (cause !== 'init' && !changed(s, p, ['selected', 'metric', 'compare'])) return;
  const panel = ctx.$('.map__details');
  if (!panel) return;
  const content = body(ctx, s, `${ctx.root.id}-details-title`);
  panel.hidden = content === null;
  ctx.root.classList.toggle('has-details', content !== null);
  if (!content) return panel.replaceChildren();
  const close = el('button', 'map-details__close button button--ghost', 'Close') as HTMLButtonElement;
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the details');
  close.addEventListener('click', () => ctx.store.update({ selected: null }, 'user'));
  panel.replaceChildren(close, ...content);
}
