/**
 * Map | Chart | Table, in the spirit of Grapher: a tab list over the map's figure. The Chart tab
 * draws the chosen regions over the years (line chart, each line labelled at its end) and the
 * regions ranked in the year shown (bar chart, the selected one highlighted), each followed by a
 * table of the same values; the Table tab lists every region in the year shown (or the two years
 * and the change). Regions are added to and removed from the comparison here, in the table and in
 * the details panel. SVG markup comes from src/features/charts, which escapes every text.
 *
 * Tabs follow the ARIA pattern: arrows move between them, the chosen one is the only tab stop.
 */
import type { Tab } from '../url-state/time-params';
import { MAX_COMPARE, TABS } from '../url-state/time-params';
import { barChartSvg, barChartTable, lineChartSvg, lineChartTable, tableHtml } from '../charts/index';
import type { BarChartInput, LineChartInput } from '../charts/types';
import { el } from './details';
import { attachReadout } from './chart-readout';
import type { YearTable } from './year-table';

export interface PanelModel {
  readonly tab: Tab;
  readonly compare: readonly string[];
  /** Region names by code, for the comparison list and the "add a region" field. */
  readonly names: ReadonlyMap<string, string>;
  /** The selected region, offered as "Add … to the comparison". */
  readonly selected: string | null;
  readonly line: LineChartInput | null;
  readonly bar: BarChartInput | null;
  readonly table: YearTable | null;
  /** Why there is no chart (a metric of one year, the series still loading). */
  readonly note: string | null;
  /** The year the readout starts on. */
  readonly year: number | null;
}

export interface PanelHooks {
  tab(tab: Tab): void;
  compare(ids: readonly string[]): void;
  /** The map frame was shown again (MapLibre must measure its container). */
  mapShown(): void;
}

const LABEL: Record<Tab, string> = { map: 'Map', chart: 'Chart', table: 'Table' };

function tabList(id: string, pick: (t: Tab) => void): { list: HTMLElement; tabs: Map<Tab, HTMLButtonElement> } {
  const list = el('div', 'map-tabs');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Show the data as');
  const tabs = new Map<Tab, HTMLButtonElement>();
  for (const t of TABS) {
    const b = el('button', 'map-tabs__tab', LABEL[t]) as HTMLButtonElement;
    b.type = 'button';
    b.id = `${id}-tab-${t}`;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-controls', `${id}-panel-${t}`);
    b.addEventListener('click', () => pick(t));
    tabs.set(t, b);
    list.append(b);
  }
  list.addEventListener('keydown', (e) => {
    const i = TABS.findIndex((t) => tabs.get(t) === document.activeElement);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const t = TABS[(to + TABS.length) % TABS.length]!;
    tabs.get(t)?.focus();
    pick(t);
  });
  return { list, tabs };
}

/** A button that adds a region to the comparison or removes it (aria-pressed says which). */
export function compareButton(id: string, name: string, on: boolean, full: boolean): HTMLButtonElement {
  const b = el('button', 'button button--ghost map-compare__toggle', on ? 'Remove from comparison' : 'Compare') as HTMLButtonElement;
  b.type = 'button';
  b.dataset['compare'] = id;
  b.setAttribute('aria-pressed', String(on));
  b.setAttribute('aria-label', on ? `Remove ${name} from the comparison` : `Add ${name} to the comparison`);
  b.disabled = !on && full;
  return b;
}

/** The new comparison after toggling `id` (added at the end; at most MAX_COMPARE). */
export function toggled(compare: readonly string[], id: string): string[] {
  if (compare.includes(id)) return compare.filter((c) => c !== id);
  return compare.length >= MAX_COMPARE ? [...compare] : [...compare, id];
}

function compareBox(id: string, m: PanelModel, hooks: PanelHooks): HTMLElement {
  const full = m.compare.length >= MAX_COMPARE;
  const items = m.compare.map((c) => el('li', '', `${m.names.get(c) ?? c} `, compareButton(c, m.names.get(c) ?? c, true, full)));
  const list = items.length ? el('ul', 'map-compare__list', ...items) : el('p', 'map-compare__empty', 'No regions compared yet.');
  const input = document.createElement('input');
  input.id = `${id}-compare-add`;
  input.setAttribute('list', `${id}-compare-names`);
  input.autocomplete = 'off';
  input.disabled = full;
  const datalist = el('datalist');
  datalist.id = `${id}-compare-names`;
  for (const [code, name] of m.names) datalist.append(Object.assign(document.createElement('option'), { value: `${name} (${code})` }));
  const label = el('label', '', `Add a region (name or code, up to ${MAX_COMPARE})`);
  label.setAttribute('for', input.id);
  const add = () => {
    const code = matchRegion(input.value, m.names);
    if (code && !m.compare.includes(code)) hooks.compare(toggled(m.compare, code));
  };
  input.addEventListener('change', add);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
  const box = el('div', 'map-compare', el('h3', 'map-compare__title', 'Compared regions'), list, label, input, datalist);
  if (m.selected && !m.compare.includes(m.selected)) box.append(compareButton(m.selected, m.names.get(m.selected) ?? m.selected, false, full));
  box.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-compare]');
    if (b?.dataset['compare']) hooks.compare(toggled(m.compare, b.dataset['compare']));
  });
  return box;
}

/** "Bayern (DE21)", "de21" or "Bayern" → "DE21"; undefined when nothing matches. */
export function matchRegion(text: string, names: ReadonlyMap<string, string>): string | undefined {
  const t = text.trim();
  const code = /\(([A-Za-z0-9_]+)\)\s*$/.exec(t)?.[1] ?? t;
  const upper = code.toUpperCase();
  if (names.has(upper)) return upper;
  const lower = t.toLowerCase();
  for (const [c, n] of names) if (n.toLowerCase() === lower) return c;
  return undefined;
}

/** Markup of a chart and its table; both strings are escaped by the renderers. */
function figure(kind: 'line' | 'bar', svg: string, table: string): HTMLElement {
  const box = el('figure', `map-chart map-chart--${kind}`);
  const pic = el('div', 'map-chart__svg');
  pic.innerHTML = svg;
  const data = el('div', 'map-chart__table table-wrap');
  data.innerHTML = table;
  box.append(pic, data);
  return box;
}

function chartPanel(id: string, m: PanelModel, hooks: PanelHooks): HTMLElement[] {
  const out: HTMLElement[] = [compareBox(id, m, hooks)];
  if (m.note) out.push(el('p', 'map-chart__note', m.note));
  if (m.line) {
    const f = figure('line', lineChartSvg(m.line), tableHtml(lineChartTable(m.line), `${m.line.title}: the values of the chart`));
    attachReadout(f, m.line, m.year);
    out.push(f);
  } else if (!m.note) out.push(el('p', 'map-chart__note', 'Choose a region on the map, in the table or above to see it over the years.'));
  if (m.bar) out.push(figure('bar', barChartSvg(m.bar), tableHtml(barChartTable(m.bar), `${m.bar.title}: the values of the chart`)));
  return out;
}

function tablePanel(m: PanelModel, full: boolean): HTMLElement[] {
  const t = m.table;
  if (!t) return [el('p', 'map-chart__note', m.note ?? 'No regional values for this metric.')];
  const table = el('table', 'map-year-table');
  const head = el('tr', '', ...['Region', 'Code', ...t.head, 'Compare'].map((h, i) => {
    const th = el('th', i === 1 ? 'code' : i >= 2 && i < 2 + t.head.length ? 'num' : '', h);
    th.setAttribute('scope', 'col');
    return th;
  }));
  const body = el('tbody');
  for (const r of t.rows) {
    const name = el('th', '', r.name);
    name.setAttribute('scope', 'row');
    const cells = r.cells.map((c) => el('td', 'num', c.text, ...(c.flags ? [' ', el('abbr', 'flag', c.flags)] : [])));
    body.append(el('tr', '', name, el('td', 'code', r.id), ...cells, el('td', '', compareButton(r.id, r.name, m.compare.includes(r.id), full))));
  }
  table.append(el('caption', '', t.caption), el('thead', '', head), body);
  return [el('div', 'table-wrap map-year-table__wrap', table)];
}

/**
 * Re-rendering replaces the control the reader just used: put the focus back on its new twin (same
 * id, or the same region's compare button), else on the "add a region" field, so a keyboard reader
 * never falls back to the top of the page.
 */
function keepFocus(panel: HTMLElement, render: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const inside = active !== null && panel.contains(active);
  const byId = active?.id;
  const region = active?.dataset['compare'];
  render();
  if (!inside) return;
  const twin = (byId ? panel.querySelector<HTMLElement>(`#${CSS.escape(byId)}`) : null)
    ?? (region ? panel.querySelector<HTMLElement>(`button[data-compare="${CSS.escape(region)}"]:not(:disabled)`) : null)
    ?? panel.querySelector<HTMLElement>('.map-compare input:not(:disabled), button[data-compare]:not(:disabled)');
  twin?.focus();
}

export interface ChartPanel {
  render(m: PanelModel): void;
}

/**
 * Puts the tab list into `tabsHost` (else just before `frame`, the map's picture and canvas) and the
 * two panels after the frame, in its place in the layout. `render` redraws only the visible panel:
 * a year change while the map is shown costs nothing here.
 */
export function createChartPanel(id: string, frame: HTMLElement, hooks: PanelHooks, tabsHost?: HTMLElement | null): ChartPanel {
  const { list, tabs } = tabList(id, (t) => hooks.tab(t));
  const chart = el('div', 'map-panel map-panel--chart');
  const table = el('div', 'map-panel map-panel--table');
  const panels = new Map<Tab, HTMLElement>([['map', frame], ['chart', chart], ['table', table]]);
  for (const [t, p] of panels) {
    p.id = p.id || `${id}-panel-${t}`;
    tabs.get(t)?.setAttribute('aria-controls', p.id);
    p.setAttribute('role', 'tabpanel');
    p.setAttribute('aria-labelledby', `${id}-tab-${t}`);
  }
  if (tabsHost) tabsHost.append(list);
  else frame.before(list);
  frame.after(chart, table);
  let tab: Tab | null = null;
  table.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-compare]');
    if (b?.dataset['compare']) hooks.compare(toggled(last?.compare ?? [], b.dataset['compare']));
  });
  let last: PanelModel | null = null;
  return {
    render(m) {
      last = m;
      for (const [t, b] of tabs) {
        b.setAttribute('aria-selected', String(t === m.tab));
        b.tabIndex = t === m.tab ? 0 : -1;
      }
      for (const [t, p] of panels) p.hidden = t !== m.tab;
      if (m.tab === 'chart') keepFocus(chart, () => chart.replaceChildren(...chartPanel(id, m, hooks)));
      if (m.tab === 'table') keepFocus(table, () => table.replaceChildren(...tablePanel(m, m.compare.length >= MAX_COMPARE)));
      if (m.tab === 'map' && tab !== null && tab !== 'map') hooks.mapShown();
      tab = m.tab;
    },
  };
}
