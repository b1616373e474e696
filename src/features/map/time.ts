/**
 * Time on the live map, from the one state: which metric and values the state shows (a year of a
 * series, or the change over a range), the region colours for it (feature state, year-paint.ts),
 * the year and change controls, the Map | Chart | Table panel and the downloads of the view.
 *
 * Series are fetched when first needed — a year other than the latest, a change map, the chart or
 * table tab, a download, or the reader reaching for the year control — and their arrival is a state
 * change of its own (`series`), so everything that shows values renders again through the same path.
 */
import type { Metric } from '../../schemas/generated';
import { MAX_COMPARE, shownYear, type YearRange } from '../url-state/time-params';
import { THROTTLE_MS } from '../url-state/url-history';
import { changeMetric, regionsAt } from './change-metric';
import { createChangeControl } from './change-control';
import { barInput, chartSubjects, lineInput, whenText, type Names } from './chart-model';
import { createChartPanel, type ChartPanel, type PanelModel } from './chart-panel';
import type { MapContext } from './context';
import type { MapRegion } from './map-data';
import { createSeriesLoader, type Series } from './series-loader';
import { changed, type Cause, type UiState } from './store';
import { createYearControl } from './year-control';
import { applyRegionPaints, regionPaints, type RegionPaint } from './year-paint';
import { yearTable } from './year-table';
import { VALUE_KEYS } from './time-text';
import { barChartSvg, lineChartSvg } from '../charts/index';
import { mapPng, mapSvg, type MapPicture, type Shape } from './export-image';
import { groupOf } from './map-data';
import { clusterRadius, groupColor, metricLegend } from './map-legend';
import { shownBy } from './paint';
import { exportBar, type ExportSources } from './time-exports';
import { viewFiles } from './view-download';
import './time.css';

export { VALUE_KEYS };

export interface TimeView {
  /** The metric as drawn: the state's metric, or its change metric on a change map. */
  readonly metric: Metric | null;
  /** The view's regions with the values of the year or change shown. */
  readonly regions: readonly MapRegion[];
  readonly byId: ReadonlyMap<string, MapRegion>;
  /** The years of the state's metric (fewer than two: no year to choose). */
  readonly years: readonly number[];
  /** "2013" or "2008–2013" ("" for a metric without years). */
  readonly when: string;
  /** The series, when it has arrived. */
  readonly series: Series | undefined;
}

export interface TimeFeature {
  shown(s: UiState): TimeView;
  render(s: UiState, p: UiState, cause: Cause): void;
  /** The series of the state's metric, fetched if need be (downloads, exports). */
  series(s: UiState): Promise<Series | undefined>;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

/** Does this state show values of a year other than the default, or a chart or table of all years? */
const needsSeries = (s: UiState) => s.year !== null || s.change !== null || s.tab !== 'map';

/** The frame, legend and source of the map picture of state `s`. */
function picture(ctx: MapContext, v: TimeView): MapPicture {
  const canvas = ctx.map.getCanvas();
  const m = v.metric;
  return {
    width: canvas.clientWidth || canvas.width,
    height: canvas.clientHeight || canvas.height,
    title: ctx.cfg.view.title,
    legendTitle: m ? `${m.label}${v.when ? `, ${v.when}` : ''}` : '',
    legend: m ? metricLegend(m) : [],
    source: m ? `Source: ${m.source}${m.vintage ? `, ${m.vintage}` : ''}. Status: ${m.status.replace('_', ' ')}. Boundaries © EuroGeographics.` : 'Boundaries © EuroGeographics.',
  };
}

function exportSources(ctx: MapContext, time: TimeFeature, model: (s: UiState) => PanelModel): ExportSources {
  const name = (s: UiState) => `${ctx.cfg.view.id}-${s.metric ?? 'map'}${s.change ? `-${s.change.from}-${s.change.to}` : s.year !== null ? `-${s.year}` : ''}`;
  return {
    files: async () => {
      const s = ctx.store.get();
      const base = ctx.metricOf(s.metric);
      if (!base) throw new Error('this map has no regional values');
      return viewFiles(ctx.cfg.view.id, base, [...ctx.regionsById.values()], await time.series(s), window.location.href, ctx.data.vintage);
    },
    mapSvg: () => {
      const s = ctx.store.get();
      const v = time.shown(s);
      const paints = v.metric && s.layers.includes('regions') ? regionPaints(v.regions, v.metric) : new Map<string, RegionPaint>();
      const shapes: Shape[] = ctx.shapes.map((f) => {
        const p = paints.get(String(f.id ?? ''));
        return { geometry: f.geometry, fill: p?.fill ?? '', noData: p?.nd === 1 };
      });
      const dots = s.layers.includes('clusters')
        ? shownBy(ctx, s).clusters.map((c) => ({ lon: c.lon, lat: c.lat, r: clusterRadius(c.members), color: groupColor(ctx.colors, groupOf(c, ctx.cfg.view.colorBy)) }))
        : [];
      const project = (ll: [number, number]): [number, number] => {
        const q = ctx.map.project(ll);
        return [q.x, q.y];
      };
      return { name: name(s), svg: mapSvg(picture(ctx, v), [], shapes, dots, project) };
    },
    mapPng: async () => {
      const s = ctx.store.get();
      return { name: name(s), png: await mapPng(ctx.map, picture(ctx, time.shown(s))) };
    },
    chartSvg: async () => {
      const s = ctx.store.get();
      await time.series(s);
      const m = model(s);
      if (m.line) return { name: `${name(s)}-chart`, svg: lineChartSvg(m.line) };
      return m.bar ? { name: `${name(s)}-ranking`, svg: barChartSvg(m.bar) } : null;
    },
  };
}

export function createTime(ctx: MapContext, seriesBase: string): TimeFeature {
  const loader = createSeriesLoader(seriesBase, fetchJson);
  const yearsOf = (id: string | null): readonly number[] => (id ? ctx.cfg.url.years?.[id] ?? [] : []);
  const level = [...ctx.regionsById.values()];
  const levelName = ctx.cfg.view.regionLevel === 0 ? 'Countries' : 'NUTS-2 regions';
  const names: Names = { byId: new Map(ctx.data.regions.map((r) => [r.id, r])) };
  const known = new Set(ctx.regionsById.keys());

  let memo: { key: string; value: TimeView } | null = null;
  function shown(s: UiState): TimeView {
    const base = ctx.metricOf(s.metric);
    const years = yearsOf(s.metric);
    const series = base && years.length >= 2 ? loader.peek(base.id) : undefined;
    const key = `${s.metric}|${s.year}|${s.change?.from}-${s.change?.to}|${series ? 1 : 0}`;
    if (memo?.key === key) return memo.value;
    const at = { year: s.change ? null : s.year, change: s.change };
    let metric = base;
    let regions: readonly MapRegion[] = level;
    if (base && series) {
      if (s.change) {
        const probe = regionsAt(level, base, series, at, 'Δ');
        metric = changeMetric(base, s.change, probe.flatMap((r) => (r.values['Δ'] === undefined ? [] : [r.values['Δ']!])));
        regions = regionsAt(level, base, series, at, metric.id);
      } else regions = regionsAt(level, base, series, at);
    }
    const value: TimeView = { metric, regions, byId: new Map(regions.map((r) => [r.id, r])), years, when: whenText(shownYear(years, s.year), s.change, years), series };
    memo = { key, value };
    return value;
  }

  /** Fetch the series of the state's metric; its arrival is a state change (`series`). */
  function want(s: UiState): void {
    const id = s.metric;
    if (!id || yearsOf(id).length < 2 || loader.peek(id)) return;
    ctx.root.dataset['series'] = 'loading';
    loader.load(id).then(
      () => {
        ctx.root.dataset['series'] = 'ready';
        ctx.store.update({ series: `${ctx.store.get().series} ${id}`.trim() }, 'data');
      },
      (err: unknown) => {
        ctx.root.dataset['series'] = 'error';
        ctx.announce(`The values of other years could not be loaded (${err instanceof Error ? err.message : 'network'}); the map shows the latest year.`);
      },
    );
  }

  const id = ctx.root.id || 'map';
  let last: { at: number; playing: boolean; year: number | null | undefined } = { at: -Infinity, playing: false, year: undefined };
  const yearControl = createYearControl(id, {
    pick: (year, playing) => {
      const latest = yearsOf(ctx.store.get().metric).at(-1);
      const next = year === latest ? null : year;
      // A run of years — one Play, a slider dragged or an arrow key held — is one history entry:
      // its first year pushes one, the next ones replace the address (throttled, url-history.ts).
      // A run continues only from the year it last set: after a Back (or any other change of year)
      // the next pick starts a new entry — else a quick Play after Back replaced the entry Back
      // had returned to, and the next Back left the page.
      const now = performance.now();
      const continues = ctx.store.get().year === last.year;
      const run = continues && ((playing && last.playing) || now - last.at < THROTTLE_MS);
      last = { at: now, playing, year: next };
      ctx.store.update({ year: next }, run ? 'step' : 'user');
    },
    announce: (t) => ctx.announce(t),
    reducedMotion,
  });
  const changeControl = createChangeControl(id, (change: YearRange | null) => ctx.store.update({ change }, 'user'));
  const time = document.createElement('div');
  time.className = 'map-time';
  time.append(yearControl.element, changeControl.element);
  // The reader reaching for the year control fetches the series before the first step.
  time.addEventListener('pointerenter', () => want({ ...ctx.store.get(), year: 0 }), { once: true });
  time.addEventListener('focusin', () => want({ ...ctx.store.get(), year: 0 }), { once: true });
  const frame = ctx.$<HTMLElement>('.map__frame');
  // The figure keeps a place for the year control under the map and for the tabs above it.
  const yearSlot = ctx.$<HTMLElement>('[data-slot="year"]');
  if (yearSlot) yearSlot.append(time);
  else frame?.before(time);

  let panel: ChartPanel | null = null;
  if (frame) {
    panel = createChartPanel(id, frame, {
      tab: (tab) => ctx.store.update({ tab }, 'user'),
      compare: (compare) => ctx.store.update({ compare: compare.slice(0, MAX_COMPARE) }, 'user'),
      // After this update has reached every listener: a resize moves the camera, and a camera update
      // nested inside this one would reach the URL first and turn this history step into a replace.
      mapShown: () => requestAnimationFrame(() => ctx.map.resize()),
    }, ctx.$<HTMLElement>('[data-slot="tabs"]'));
  }

  // What the regions show now. The map starts painted from its source's properties (the first
  // state's metric at its default year, create-map.ts), so only regions that differ get a state.
  const base = ctx.metricOf(ctx.store.get().metric);
  let painted: Map<string, RegionPaint> | null = base ? regionPaints(level, base) : null;
  function paint(s: UiState, cause: Cause): void {
    const v = shown(s);
    if (!v.metric) return;
    const next = regionPaints(v.regions, v.metric);
    const touched = applyRegionPaints(ctx.map, next, painted);
    painted = next;
    if (touched > 0 || cause !== 'init') ctx.busy();
  }

  function panelModel(s: UiState): PanelModel {
    const v = shown(s);
    const base = ctx.metricOf(s.metric);
    const regionNames = new Map(level.map((r) => [r.id, r.name]));
    const selected = s.selected?.kind === 'region' && ctx.regionsById.has(s.selected.id) ? s.selected.id : null;
    const loading = v.years.length >= 2 && !v.series;
    const note = !base ? 'This map has no regional values.' : v.years.length < 2 ? `${base.label} has values for one year only (${base.defaultYear ?? 'no year'}): there is no line over the years.` : loading ? 'Loading every year of the series…' : null;
    const line = base && v.series ? lineInput(`${id}-line`, base, v.series, chartSubjects(s, known), names) : null;
    return {
      tab: s.tab, compare: s.compare, names: regionNames, selected, year: shownYear(v.years, s.year), note, line,
      bar: v.metric ? barInput(`${id}-bar`, v.metric, v.regions, s, v.when || 'the latest year') : null,
      table: base ? yearTable(level, base, v.series, s.change ? null : shownYear(v.years, s.year), s.change, levelName) : null,
    };
  }

  const feature: TimeFeature = {
    shown,
    series: async (s) => {
      const m = s.metric;
      if (!m || yearsOf(m).length < 2) return undefined;
      return loader.load(m);
    },
    render(s, p, cause) {
      const all = cause === 'init' || cause === 'data';
      if (needsSeries(s)) want(s);
      else if (!ctx.root.dataset['series']) ctx.root.dataset['series'] = yearsOf(s.metric).length >= 2 ? 'idle' : 'none';
      // A new metric's source data replaces every region's properties: paint every region again.
      if (changed(s, p, ['metric'])) painted = null;
      if (all || changed(s, p, VALUE_KEYS)) paint(s, cause);
      const v = shown(s);
      yearControl.render(v.years, shownYear(v.years, s.year), s.change !== null);
      changeControl.render(v.years, s.change);
      // The panels are drawn only when shown: a year step on the map tab costs nothing here.
      if (panel && (all || changed(s, p, ['tab']) || (s.tab !== 'map' && changed(s, p, [...VALUE_KEYS, 'compare', 'selected'])))) panel.render(panelModel(s));
    },
  };
  (ctx.$('.map__stage') ?? frame)?.after(exportBar(exportSources(ctx, feature, panelModel)));
  return feature;
}
