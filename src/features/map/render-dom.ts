/**
 * State → the figure's HTML around the map: legend, summary, the cluster table (rows shown,
 * selected row, metric column and caption with "N shown") and the regional table. Everything is
 * written from the one state on every change that concerns it — from a control, a cold link or
 * Back/Forward alike — with the same words as the server (map-text.ts).
 *
 * What a year step changes is kept to the frame's worth: the legend's title (its classes are the
 * same in every year, so its list is rebuilt only when the metric's classes change) and the
 * summary at once; the cluster table's metric column and the regional table (~300 rows each, below
 * the map or folded) when the browser is idle (idle-render.ts), and at once when the reader opens
 * the regional table. Each deferred run reads the state as it is then, so it is never stale.
 */
import type { MapContext } from './context';
import { el, swatch } from './details';
import { metricLegend } from './map-legend';
import { summarise } from './map-summary';
import { metricCell, regionRows } from './map-table';
import { clusterCaption, legendHeading, legendSource, metricColumnLabel, regionCaption } from './map-text';
import type { Shown } from './paint';
import { changed, type Cause, type UiState } from './store';
import { markRow, showRows } from './table';
import { FILTER_KEYS } from './paint';
import { classesNote, VALUE_KEYS } from './time-text';
import { idleRender } from './idle-render';

/**
 * The metric's legend. `last` is the key of the list drawn (classes, note, source): when a year
 * step leaves it as it is, only the title's year is written. Returns the key drawn.
 */
function renderLegend(ctx: MapContext, s: UiState, last: string): string {
  const box = ctx.$('.map-legend__metric');
  const { metric: m, years } = ctx.timeView(s);
  const base = ctx.metricOf(s.metric);
  let drawn = last;
  if (box && m && base) {
    const year = s.change ? null : (s.year ?? years[years.length - 1] ?? base.defaultYear);
    const title = legendHeading(base, year, s.change);
    const entries = metricLegend(m);
    const note = classesNote(base, s.change);
    const source = legendSource(m);
    drawn = JSON.stringify([entries, note, source]);
    const titleEl = box.querySelector('.map-legend__title');
    if (drawn === last && titleEl) {
      if (titleEl.textContent !== title) titleEl.textContent = title;
    } else {
      const list = el('ul', 'map-legend__list');
      for (const e of entries) list.append(el('li', '', swatch(e.color, e.noData), e.label));
      box.replaceChildren(
        el('p', 'map-legend__title', title), list,
        ...(note ? [el('p', 'map-legend__fixed', note)] : []),
        el('p', 'map-legend__source', source),
      );
    }
  }
  const layers = s.layers;
  for (const part of ctx.root.querySelectorAll<HTMLElement>('[data-legend-layer]')) {
    const hidden = !layers.includes(part.dataset['legendLayer'] ?? '');
    if (part.hidden !== hidden) part.hidden = hidden;
  }
  return drawn;
}

function renderRegionTable(ctx: MapContext, s: UiState): void {
  const body = ctx.$<HTMLTableSectionElement>('.map-regions__table tbody');
  const { metric: m, regions, when } = ctx.timeView(s);
  if (!body || !m) return;
  body.replaceChildren(...regionRows(regions, m).map((r) => {
    const pick = el('button', 'map-table__select', r.name) as HTMLButtonElement;
    pick.type = 'button';
    pick.dataset['region'] = r.id;
    pick.setAttribute('aria-pressed', String(s.selected?.kind === 'region' && s.selected.id === r.id));
    return el('tr', '', el('td', '', pick), el('td', '', r.id), el('td', 'num', r.value), el('td', '', r.flags));
  }));
  const name = ctx.$('.map-regions__metric');
  if (name) name.textContent = m.label;
  const caption = ctx.$('.map-regions__table caption');
  if (caption) caption.textContent = regionCaption(ctx.cfg.view.regionLevel, m).replace(', highest first', `${when ? `, ${when}` : ''}, highest first`);
}

/** The cluster table's metric column (present when the view's regions layer is on by default). */
function renderMetricColumn(ctx: MapContext, table: HTMLTableElement, s: UiState): void {
  const { metric: m, byId } = ctx.timeView(s);
  const th = table.querySelector<HTMLElement>('th[data-key="metric"] .map-table__sort');
  if (!th || !m) return;
  th.textContent = metricColumnLabel(ctx.cfg.view.regionLevel, m);
  const col = [...table.querySelectorAll('thead th')].findIndex((h) => h.getAttribute('data-key') === 'metric');
  for (const tr of table.tBodies[0]?.rows ?? []) {
    const cell = tr.cells[col];
    const c = ctx.clustersById.get(tr.dataset['id'] ?? '');
    if (!cell || !c) continue;
    const value = metricCell(ctx.cfg.view.regionLevel, c, byId, m);
    const sort = value.sort === null ? '' : String(value.sort);
    // Only what changed is written: an unchanged cell costs no layout.
    if (cell.textContent !== value.text) cell.textContent = value.text;
    if (cell.dataset['sort'] !== sort) cell.dataset['sort'] = sort;
  }
}

function renderSummary(ctx: MapContext, s: UiState, shown: Shown): void {
  const summary = ctx.$('.map__summary');
  if (!summary) return;
  const { regions, metric } = ctx.timeView(s);
  const text = summarise({ view: ctx.cfg.view, clusters: shown.clusters, links: shown.links, regions: [...regions], metric, layers: s.layers });
  if (summary.textContent !== text) summary.textContent = text;
}

export interface DomRender {
  render(s: UiState, p: UiState, cause: Cause, shown: Shown): void;
}

export function createDomRender(ctx: MapContext): DomRender {
  const table = ctx.$<HTMLTableElement>('.map-table');
  // The cluster table's metric column and the regional table follow the values when idle.
  const values = idleRender(() => {
    const s = ctx.store.get();
    renderRegionTable(ctx, s);
    if (table) renderMetricColumn(ctx, table, s);
  });
  // Opening the folded regional table shows the values of the state at once (a click on its
  // summary comes before the details open; `toggle` covers opening it from script).
  const folded = ctx.$<HTMLDetailsElement>('.map-regions');
  folded?.querySelector('summary')?.addEventListener('click', () => values.flush());
  folded?.addEventListener('toggle', () => values.flush());
  let legend = '';
  return {
    render(s, p, cause, shown) {
      const all = cause === 'init';
      const every = all || cause === 'data';
      if (every || changed(s, p, [...VALUE_KEYS, 'layers'])) legend = renderLegend(ctx, s, legend);
      if (every || changed(s, p, VALUE_KEYS)) values.schedule();
      if (every || changed(s, p, [...FILTER_KEYS, ...VALUE_KEYS])) renderSummary(ctx, s, shown);
      if (every || changed(s, p, FILTER_KEYS)) {
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
    },
  };
}
