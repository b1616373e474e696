/**
 * State → the figure's HTML around the map: legend, summary, the cluster table (rows shown,
 * selected row, metric column and caption with "N shown") and the regional table. Everything is
 * written from the one state on every change that concerns it — from a control, a cold link or
 * Back/Forward alike — with the same words as the server (map-text.ts).
 */
import type { Metric } from '../../schemas/generated';
import type { MapContext } from './context';
import { el, swatch } from './details';
import { metricLegend } from './map-legend';
import { summarise } from './map-summary';
import { regionRows, tableRows } from './map-table';
import { clusterCaption, legendSource, legendTitle, metricColumnLabel, regionCaption } from './map-text';
import type { Shown } from './paint';
import { changed, type Cause, type UiState } from './store';
import { markRow, showRows } from './table';
import { FILTER_KEYS } from './paint';

function renderLegend(ctx: MapContext, m: Metric | null, layers: readonly string[]): void {
  const box = ctx.$('.map-legend__metric');
  if (box && m) {
    const list = el('ul', 'map-legend__list');
    for (const e of metricLegend(m)) list.append(el('li', '', swatch(e.color, e.noData), e.label));
    box.replaceChildren(el('p', 'map-legend__title', legendTitle(m)), list, el('p', 'map-legend__source', legendSource(m)));
  }
  for (const part of ctx.root.querySelectorAll<HTMLElement>('[data-legend-layer]')) part.hidden = !layers.includes(part.dataset['legendLayer'] ?? '');
}

function renderRegionTable(ctx: MapContext, m: Metric | null): void {
  const body = ctx.$<HTMLTableSectionElement>('.map-regions__table tbody');
  if (!body || !m) return;
  body.replaceChildren(...regionRows([...ctx.regionsById.values()], m).map((r) => {
    const pick = el('button', 'map-table__select', r.name) as HTMLButtonElement;
    pick.type = 'button';
    pick.dataset['region'] = r.id;
    return el('tr', '', el('td', '', pick), el('td', '', r.id), el('td', 'num', r.value), el('td', '', r.flags));
  }));
  const name = ctx.$('.map-regions__metric');
  if (name) name.textContent = m.label;
  const caption = ctx.$('.map-regions__table caption');
  if (caption) caption.textContent = regionCaption(ctx.cfg.view.regionLevel, m);
}

/** The cluster table's metric column (present when the view's regions layer is on by default). */
function renderMetricColumn(ctx: MapContext, table: HTMLTableElement, m: Metric | null): void {
  const th = table.querySelector<HTMLElement>('th[data-key="metric"] .map-table__sort');
  if (!th || !m) return;
  th.textContent = metricColumnLabel(ctx.cfg.view.regionLevel, m);
  const col = [...table.querySelectorAll('thead th')].findIndex((h) => h.getAttribute('data-key') === 'metric');
  const rows = new Map(tableRows(ctx.cfg.view, ctx.data.clusters, [...ctx.regionsById.values()], m).map((r) => [r.id, r.cells[col]]));
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody > tr')) {
    const cell = tr.querySelectorAll<HTMLTableCellElement>(':scope > td')[col];
    const value = rows.get(tr.dataset['id'] ?? '');
    if (!cell || !value) continue;
    cell.textContent = value.text;
    cell.dataset['sort'] = value.sort === null ? '' : String(value.sort);
  }
}

function renderSummary(ctx: MapContext, s: UiState, shown: Shown): void {
  const summary = ctx.$('.map__summary');
  if (!summary) return;
  summary.textContent = summarise({
    view: ctx.cfg.view, clusters: shown.clusters, links: shown.links, regions: [...ctx.regionsById.values()], metric: ctx.metricOf(s.metric), layers: s.layers,
  });
}

export function renderDom(ctx: MapContext, s: UiState, p: UiState, cause: Cause, shown: Shown): void {
  const all = cause === 'init';
  const table = ctx.$<HTMLTableElement>('.map-table');
  const m = ctx.metricOf(s.metric);
  if (all || changed(s, p, ['metric', 'layers'])) renderLegend(ctx, m, s.layers);
  if (all || changed(s, p, ['metric'])) {
    renderRegionTable(ctx, m);
    if (table) renderMetricColumn(ctx, table, m);
  }
  if (all || changed(s, p, [...FILTER_KEYS, 'metric'])) {
    renderSummary(ctx, s, shown);
    if (table) showRows(table, shown.ids);
    const caption = ctx.$('.map-table caption');
    if (caption) caption.textContent = clusterCaption(ctx.cfg.view.title, shown.clusters.length);
    ctx.root.dataset['expectedClusters'] = String(shown.clusters.length);
    ctx.root.dataset['expectedLinks'] = String(s.layers.includes('links') ? shown.links.length : 0);
  }
  if (all || changed(s, p, ['selected'])) {
    if (table) markRow(table, s.selected?.kind === 'cluster' ? s.selected.id : null);
    for (const b of ctx.root.querySelectorAll<HTMLElement>('.map-regions__table .map-table__select')) {
      b.setAttribute('aria-pressed', String(s.selected?.kind === 'region' && b.dataset['region'] === s.selected.id));
    }
  }
}
