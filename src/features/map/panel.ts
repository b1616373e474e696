/**
 * State → the details panel: the selected cluster or region, with a link to its own page; a region's
 * figures are those of the year or change the map shows. Beside
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
    // The metric on the map comes first, at the year or change the map shows (the time view's copy
    // of the region carries that value, period and flags); the view's other metrics follow at
    // their default year, each labelled with its year.
    const v = ctx.timeView(s);
    const onMap = v.metric;
    const metrics = onMap ? [onMap, ...ctx.viewMetrics.filter((m) => m.id !== onMap.id)] : ctx.viewMetrics;
    const out = regionDetails(v.byId.get(r.id) ?? r, metrics, headingId);
    const compare = compareButton(r.id, r.name, s.compare.includes(r.id), s.compare.length >= MAX_COMPARE);
    compare.addEventListener('click', () => ctx.store.update({ compare: toggled(ctx.store.get().compare, r.id) }, 'user'));
    out.push(el('p', 'map-details__compare', compare));
    if (pages.regions.includes(r.id)) out.push(pageLink(`${pages.region}${encodeURIComponent(r.id)}/`, `${r.name}: the region's page`));
    return out;
  }
  return null;
}

/** What rebuilds the panel; a selected region's figures also follow these (the year control). */
const PANEL_KEYS = ['selected', 'metric', 'compare'] as const;
const FIGURE_KEYS = ['year', 'change', 'series'] as const;

export function renderPanel(ctx: MapContext, s: UiState, p: UiState, cause: Cause): void {
  // 'series' changes when the values of other years arrive; with nothing selected a year step costs nothing here.
  const rebuild = cause === 'init' || changed(s, p, PANEL_KEYS);
  if (!rebuild && !(s.selected?.kind === 'region' && changed(s, p, FIGURE_KEYS))) return;
  const panel = ctx.$('.map__details');
  if (!panel) return;
  const content = body(ctx, s, `${ctx.root.id}-details-title`);
  panel.hidden = content === null;
  ctx.root.classList.toggle('has-details', content !== null);
  if (!content) return panel.replaceChildren();
  // Only the figures changed (a year step, Play, a change range): swap the list of facts alone, so
  // a reader's focus on Close or Compare stays where it was.
  const facts = panel.querySelector('.map-details__facts');
  const fresh = content.find((n) => n.classList.contains('map-details__facts'));
  if (!rebuild && facts && fresh) return facts.replaceWith(fresh);
  const close = el('button', 'map-details__close button button--ghost', 'Close') as HTMLButtonElement;
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the details');
  close.addEventListener('click', () => ctx.store.update({ selected: null }, 'user'));
  panel.replaceChildren(close, ...content);
}
