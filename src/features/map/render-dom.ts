/**
 * State → the figure's HTML around the map: legend, summary, the cluster table (rows shown,
 * selected row, metric column and caption with "N shown") and the regional table. Everything is
 * written from the one state on every change that concerns it — from a control, a cold link or
 * Back/Forward alike — with the same words as the server (map-text.ts).
 */
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
import { classesNote, legendWhen } from './time-text';
import { VALUE_KEYS } from './time-text';

function renderLegend(ctx: MapContext, s: UiState): void {
  const box = ctx.$('.map-legend__metric');
  const { metric: m, years } = ctx.timeView(s);
  const base = ctx.metricOf(s.metric);
  if (box && m && base) {
    const list = el('ul', 'map-legend__list');
    for (const e of metricLegend(m)) list.append(el('li', '', swatch(e.color, e.noData), e.label));
    const year = s.change ? null : (s.year ?? years[years.length - 1] ?? base.defaultYear);
    const note = classesNote(base, s.change);
    box.replaceChildren(
      el('p', 'map-legend__title', `${legendTitle(base)}${legendWhen(year, s.change)}`), list,
      ...(note ? [el('p', 'map-legend__fixed', note)] : []),
      el('p', 'map-legend__source', legendSource(m)),
    );
  }
  const layers = s.layers;
  for (const part of ctx.root.querySelectorAll<HTMLElement>('[data-legend-layer]')) part.hidden = !layers.includes(part.dataset['legendLayer'] ?? '');
}

function renderRegionTable(ctx: MapContext, s: UiState): void {
  const body = ctx.$<HTMLTableSectionElement>('.map-regions__table tbody');
  const { metric: m, regions, when } = ctx.timeView(s);
  if (!body || !m) return;
  body.replaceChildren(...regionRows(regions, m).map((r) => {
    const pick = el('button', 'map-table__select', r.name) as HTMLButtonElement;
    pick.type = 'button';
    pick.dataset['region'] = r.id;
    return el('tr', '', el('td', '', pick), el('td', '', r.id), el('td', 'num', r.value), el('td', '', r.flags));
  }));
  const name = ctx.$('.map-regions__metric');
  if (name) name.textContent = m.label;
  const caption = ctx.$('.map-regions__table caption');
  if (caption) caption.textContent = regionCaption(ctx.cfg.view.regionLevel, m).replace(', highest first', `${when ? `, ${when}` : ''}, highest first`);
}

/** The cluster table's metric column (present when the view's regions layer is on by default). */
function renderMetricColumn(ctx: MapContext, table: HTMLTableElement, s: UiState): void {
  const { metric: m, regions } = ctx.timeView(s);
  const th = table.querySelector<HTMLElement>('th[data-key="metric"] .map-table__sort');
  if (!th || !m) return;
  th.textContent = metricColumnLabel(ctx.cfg.view.regionLevel, m);
  const col = [...table.querySelectorAll('thead th')].findIndex((h) => h.getAttribute('data-key') === 'metric');
  const rows = new Map(tableRows(ctx.cfg.view, ctx.data.clusters, regions, m).map((r) => [r.id, r.cells[col]]));
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
    view: ctx.cfg.view, clusters: shown.clusters, links: shown.links, regions: [...ctx.timeView(s).regions], metric: ctx.timeView(s).metric, layers: s.layers,
  });
}

export function renderDom(ctx: MapContext, s: UiState, p: UiState, cause: Cause, shown: Shown): void {
  const all = cause === 'init';
  const table = ctx.$<HTMLTableElement>('.map-table');
  const every = all || cause === 'data';
  if (every || changed(s, p, [...VALUE_KEYS, 'layers'])) renderLegend(ctx, s);
  if (every || changed(s, p, VALUE_KEYS)) {
    renderRegionTable(ctx, s);
    if (table) renderMetricColumn(ctx, table, s);
  }
  if (every || changed(s, p, [...FILTER_KEYS, ...VALUE_KEYS])) {
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
