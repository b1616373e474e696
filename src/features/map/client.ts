/**
 * The live map, loaded by loader.ts when a map nears the viewport (or, in an embed, on the
 * reader's first touch). One render path: the store holds the state; on every change the map
 * (paint.ts), the HTML around it (render-dom.ts), the details panel (panel.ts), the labels
 * (labels.ts) and the controls (controls.ts) are rendered from it, and url-sync.ts writes it.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { defaultState, type MapState } from '../url-state/url-state';
import { loadInputs, type MapInputs } from './boot';
import { createCamera, type CameraControl } from './camera';
import type { MapConfig } from './config';
import { countryLabels, lookups, type MapContext } from './context';
import { wireControls } from './controls';
import { countRendered, createMap, isTesting } from './create-map';
import { regionBounds, wireInteractions } from './interactions';
import { createLabels } from './labels';
import { paint, FILTER_KEYS, shownBy, type Shown } from './paint';
import { renderPanel } from './panel';
import { createDomRender } from './render-dom';
import { changed, createStore } from './store';
import { createUrlSync } from './url-sync';
import { createTime } from './time';
import { yieldToMain } from './yield-main';

/** Phone-sized screens, as in map.css. */
const PHONE = '(max-width: 40em)';

function showMessage(root: HTMLElement, text: string | null): void {
  const message = root.querySelector<HTMLElement>('.map__message');
  if (!message) return;
  message.hidden = text === null;
  message.textContent = text ?? '';
}

function fail(root: HTMLElement, why: string): void {
  root.dataset['mapState'] = 'error';
  showMessage(root, `The interactive map could not be loaded (${why}). The summary, the table and the picture still show its data.`);
}

function buildContext(root: HTMLElement, cfg: MapConfig, inputs: MapInputs, first: MapState, defaults: MapState, canvasBox: HTMLElement): { ctx: MapContext; shown: Shown } {
  const look = lookups(cfg, inputs.data);
  const store = createStore({ ...first, hover: null, series: '' });
  const shown = shownBy(inputs, store.get());
  const map = createMap(cfg, inputs, look, first, shown, canvasBox);
  const live = root.querySelector<HTMLElement>('.map__live');
  const ctx: MapContext = {
    root, cfg, data: inputs.data, shapes: inputs.shapes, map, store, defaults, ...look,
    colors: new Map(cfg.groupColors),
    countryLabels: countryLabels(inputs.land),
    announce: (text) => void (live && (live.textContent = text)),
    busy: () => {
      root.dataset['mapState'] = 'loading';
      map.triggerRepaint();
    },
    $: (sel) => root.querySelector(sel),
    timeView: (s) => ({ metric: look.metricOf(s.metric), regions: [...look.regionsById.values()], byId: look.regionsById, when: '', years: [] }),
  };
  return { ctx, shown };
}

/** A state that names a selection but no camera opens framed on the selection. */
function frameSelection(ctx: MapContext, camera: CameraControl): void {
  const s = ctx.store.get();
  if (s.camera || !s.selected) return;
  if (s.selected.kind === 'region') {
    const b = regionBounds(ctx, s.selected.id);
    if (b) camera.fit(b);
    return;
  }
  const c = ctx.clustersById.get(s.selected.id);
  if (c) camera.moveTo([c.lon, c.lat], 6);
}

function wireMapEvents(ctx: MapContext): void {
  const testing = isTesting();
  // Camera frames since load, for tests: an animated move takes many, a reduced-motion jump one.
  let moves = 0;
  if (testing) ctx.map.on('move', () => void moves++);
  ctx.map.on('idle', () => {
    // Counting what is drawn queries every rendered feature (seconds with 50,000 links on software
    // WebGL), so it runs only when a test asks for it (window.__MAP_COUNTS__, set by the e2e helper).
    if (testing) {
      countRendered(ctx.map, ctx.root);
      ctx.root.dataset['moves'] = String(moves);
    }
    const b = ctx.map.getBounds();
    ctx.root.dataset['bounds'] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)).join(',');
    ctx.root.dataset['mapState'] = 'idle';
  });
  ctx.map.on('error', (e) => {
    ctx.root.dataset['mapError'] = e.error?.message ?? 'map error';
    fail(ctx.root, e.error?.message ?? 'a map error');
  });
}

function subscribeRender(ctx: MapContext, camera: CameraControl, initial: Shown, sync: ReturnType<typeof createUrlSync> | null): () => Shown {
  let shown = initial;
  const labels = createLabels(ctx);
  const dom = createDomRender(ctx);
  const time = createTime(ctx, ctx.cfg.seriesUrl);
  ctx.timeView = (s) => time.shown(s);
  const api = wireInteractions(ctx, camera, () => shown);
  const renderControls = wireControls(ctx, {
    reset: () => {
      ctx.store.update({ ...ctx.defaults, hover: null }, 'user');
      camera.fitDefault();
    },
    jumpTo: (b) => camera.fit(b),
    select: (id) => api.selectCluster(id),
  });
  ctx.store.subscribe((s, p, cause) => {
    if (cause !== 'init' && changed(s, p, FILTER_KEYS)) shown = shownBy(ctx, s);
    paint(ctx, s, p, cause, shown);
    time.render(s, p, cause);
    dom.render(s, p, cause, shown);
    renderPanel(ctx, s, p, cause);
    labels.render(s, p, shown);
    renderControls(s);
    // Back/Forward restore the entry's camera, and also end a move still under way (a selection's fly,
    // whose moveend would write its camera into the entry restored when the entries' cameras are equal).
    if (cause === 'restore' && (changed(s, p, ['camera']) || ctx.map.isMoving())) camera.restore(s.camera);
    if (cause === 'user' && changed(s, p, ['ecosystems', 'categories', 'countries'])) ctx.announce(`Showing ${shown.ids.size} of ${ctx.data.clusters.length} clusters.`);
    if (cause === 'user' && changed(s, p, ['selected'])) announceSelection(ctx, s.selected);
  });
  sync?.connect(ctx.store);
  return () => shown;
}

function announceSelection(ctx: MapContext, sel: MapState['selected']): void {
  const c = sel?.kind === 'cluster' ? ctx.clustersById.get(sel.id) : undefined;
  const r = sel?.kind === 'region' ? ctx.regionsById.get(sel.id) : undefined;
  ctx.announce(c ? `Selected cluster ${c.name}, ${c.city}.` : r ? `Selected region ${r.name}.` : 'Selection cleared.');
}

export async function startMap(root: HTMLElement, ownsUrl: boolean): Promise<void> {
  const cfg = JSON.parse(root.dataset['config'] ?? '{}') as MapConfig;
  const canvasBox = root.querySelector<HTMLElement>('.map__canvas');
  if (!canvasBox) return fail(root, 'the page has no map frame');
  showMessage(root, 'Loading the interactive map…');
  let inputs: MapInputs;
  try {
    inputs = await loadInputs(cfg);
  } catch (err) {
    return fail(root, err instanceof Error ? err.message : 'the data did not load');
  }
  const context = { ...cfg.url, clusters: inputs.data.clusters.map((c) => c.id).sort(), regions: inputs.data.regions.map((r) => r.id).sort() };
  const defaults = defaultState(context);
  const sync = ownsUrl ? createUrlSync(context, root.querySelector<HTMLElement>('.map__notice') ?? root) : null;
  await yieldToMain();
  canvasBox.hidden = false;
  const { ctx, shown } = buildContext(root, cfg, inputs, sync?.initial ?? defaults, defaults, canvasBox);
  const camera = createCamera(ctx.map, ctx.store, cfg.frame.bounds, cfg.frame.maxBounds);
  wireMapEvents(ctx);
  ctx.map.on('load', () => {
    subscribeRender(ctx, camera, shown, sync);
    ctx.store.update({}, 'init');
    frameSelection(ctx, camera);
    showMessage(root, null);
    for (const part of root.querySelectorAll('.map__controls, .map__buttons, .map__insets')) part.removeAttribute('hidden');
    // On a phone the legend starts folded (its summary opens it): the map gets the screen.
    const legend = root.querySelector<HTMLDetailsElement>('.map__legend');
    if (legend && window.matchMedia(PHONE).matches) legend.open = false;
    root.classList.add('is-live');
  });
}
