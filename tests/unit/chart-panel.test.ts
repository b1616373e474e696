// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { Tab } from '../../src/features/url-state/time-params';
import { createChartPanel, matchRegion, toggled, type PanelModel } from '../../src/features/map/chart-panel';

const names = new Map([['ES61', 'Andalucía'], ['DE21', 'Oberbayern'], ['FR10', 'Île de France']]);
const model = (over: Partial<PanelModel>): PanelModel => ({
  tab: 'map', compare: [], names, selected: null, year: 2013, note: null,
  line: { id: 'l', title: 'Unemployment, 2008–2013', description: 'd', years: [2008, 2013], unit: '%', series: [{ id: 'ES61', label: 'Andalucía <b>', values: [17.7, 36.2] }] },
  bar: { id: 'b', title: 'Ranked', description: 'd', unit: '%', items: [{ id: 'ES61', label: 'Andalucía', value: 36.2 }] },
  table: { caption: 'NUTS-2 regions by unemployment in 2013', head: ['Value 2013'], rows: [{ id: 'ES61', name: 'Andalucía', cells: [{ text: '36.2%', flags: 'u', value: 36.2 }] }, { id: 'DE21', name: 'Oberbayern', cells: [{ text: '2.9%', flags: '', value: 2.9 }] }] },
  ...over,
});

function setup() {
  document.body.innerHTML = '<section><div class="map__frame">map</div></section>';
  const frame = document.querySelector<HTMLElement>('.map__frame')!;
  const log: { tabs: Tab[]; compare: (readonly string[])[]; shown: number } = { tabs: [], compare: [], shown: 0 };
  const panel = createChartPanel('m', frame, { tab: (t) => void log.tabs.push(t), compare: (c) => void log.compare.push(c), mapShown: () => void log.shown++ });
  return { frame, panel, log, tabs: [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')] };
}

test('three tabs control three panels; only the chosen one is shown and is the tab stop', () => {
  const { frame, panel, tabs } = setup();
  panel.render(model({ tab: 'chart' }));
  expect(tabs.map((t) => t.textContent)).toEqual(['Map', 'Chart', 'Table']);
  expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
  expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  expect(frame.hidden).toBe(true);
  const chart = document.getElementById(tabs[1]!.getAttribute('aria-controls')!)!;
  expect(chart.hidden).toBe(false);
  expect(chart.getAttribute('role')).toBe('tabpanel');
});

test('arrow keys move between the tabs and choose them', () => {
  const { panel, tabs, log } = setup();
  panel.render(model({}));
  tabs[0]!.focus();
  tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  expect(log.tabs).toEqual(['chart', 'table']);
});

test('the chart tab draws the line and bar charts with their tables, data text escaped', () => {
  const { panel } = setup();
  panel.render(model({ tab: 'chart' }));
  expect(document.querySelectorAll('.map-panel--chart svg')).toHaveLength(2);
  expect(document.querySelectorAll('.map-panel--chart table')).toHaveLength(2);
  expect(document.querySelector('.map-panel--chart b')).toBeNull();
  expect(document.querySelector('.map-panel--chart table caption')?.textContent).toContain('the values of the chart');
});

test('the table tab lists the regions with flags and a compare button per row', () => {
  const { panel, log } = setup();
  panel.render(model({ tab: 'table', compare: ['DE21'] }));
  const rows = [...document.querySelectorAll('.map-year-table tbody tr')];
  expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Andalucía', 'Oberbayern']);
  expect(rows[0]!.querySelector('abbr')?.textContent).toBe('u');
  const [add, remove] = rows.map((r) => r.querySelector<HTMLButtonElement>('button[data-compare]')!);
  expect(add!.getAttribute('aria-pressed')).toBe('false');
  expect(remove!.getAttribute('aria-label')).toBe('Remove Oberbayern from the comparison');
  add!.click();
  expect(log.compare).toEqual([['DE21', 'ES61']]);
});

test('a region typed by name or code joins the comparison', () => {
  const { panel, log } = setup();
  panel.render(model({ tab: 'chart' }));
  const input = document.querySelector<HTMLInputElement>('.map-compare input')!;
  input.value = 'Oberbayern (DE21)';
  input.dispatchEvent(new Event('change'));
  expect(log.compare).toEqual([['DE21']]);
  expect(matchRegion('fr10', names)).toBe('FR10');
  expect(matchRegion('île de france', names)).toBe('FR10');
  expect(matchRegion('Nowhere', names)).toBeUndefined();
});

test('toggled adds at the end, removes, and never holds more than five', () => {
  expect(toggled(['A'], 'B')).toEqual(['A', 'B']);
  expect(toggled(['A', 'B'], 'A')).toEqual(['B']);
  expect(toggled(['A', 'B', 'C', 'D', 'E'], 'F')).toEqual(['A', 'B', 'C', 'D', 'E']);
});

test('coming back to the map tab tells the map to measure its frame again', () => {
  const { panel, log } = setup();
  panel.render(model({ tab: 'chart' }));
  panel.render(model({ tab: 'map' }));
  expect(log.shown).toBe(1);
});
