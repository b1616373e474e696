/**
 * Place labels as HTML over the canvas (no glyph files, no remote fonts: the site's own text
 * font): country names at low zoom, the cities of the shown clusters once zoomed in, and the name
 * of the selected or hovered cluster always. Placed greedily by priority; a label that would
 * overlap one already placed is hidden. Decorative for screen readers (aria-hidden): the tables
 * and the details panel carry the same names.
 */
import type { MapContext, PlaceLabel } from './context';
import type { Shown } from './paint';
import type { UiState } from './store';

/** Below this zoom country names show; from it on, cluster cities. */
export const CITY_ZOOM = 5;
/** Pixels kept clear around each label (CSS px). */
const GAP_PX = 4;

type Candidate = PlaceLabel;

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function candidates(ctx: MapContext, s: UiState, shown: Shown, zoom: number): Candidate[] {
  const out: Candidate[] = [];
  for (const sel of [s.selected, s.hover]) {
    const c = sel?.kind === 'cluster' ? ctx.clustersById.get(sel.id) : undefined;
    if (c) out.push({ key: `f:${c.id}`, text: c.name, lon: c.lon, lat: c.lat, kind: 'focus' });
  }
  if (zoom >= CITY_ZOOM && s.layers.includes('clusters')) {
    const seen = new Set<string>();
    for (const c of shown.clusters) {
      if (seen.has(c.city)) continue;
      seen.add(c.city);
      out.push({ key: `c:${c.city}`, text: c.city, lon: c.lon, lat: c.lat, kind: 'city' });
    }
  }
  const countries = zoom < CITY_ZOOM + 1 ? ctx.countryLabels : [];
  for (const k of ['country', 'background'] as const) out.push(...countries.filter((c) => c.kind === k));
  return out;
}

export interface Labels {
  /** Place the labels for `s` (camera moves place them too); changes they cannot show cost nothing. */
  render(s: UiState, p: UiState, shown: Shown): void;
}

export function createLabels(ctx: MapContext): Labels {
  const layer = document.createElement('div');
  layer.className = 'map__labels';
  layer.setAttribute('aria-hidden', 'true');
  ctx.map.getCanvasContainer().after(layer);
  const pool = new Map<string, { node: HTMLElement; w: number; h: number }>();
  let last: { s: UiState; shown: Shown } | null = null;
  let queued = false;

  const nodeFor = (c: Candidate) => {
    let entry = pool.get(c.key);
    if (!entry) {
      const node = document.createElement('span');
      node.className = `map-label map-label--${c.kind}`;
      node.textContent = c.text;
      layer.append(node);
      entry = { node, w: node.offsetWidth, h: node.offsetHeight };
      pool.set(c.key, entry);
    }
    return entry;
  };

  function place(): void {
    queued = false;
    if (!last) return;
    const { map } = ctx;
    const W = map.getContainer().clientWidth;
    const H = map.getContainer().clientHeight;
    const placed: Box[] = [];
    const visible = new Set<string>();
    for (const c of candidates(ctx, last.s, last.shown, map.getZoom())) {
      const p = map.project([c.lon, c.lat]);
      if (p.x < 0 || p.y < 0 || p.x > W || p.y > H) continue;
      const e = nodeFor(c);
      // Cities and focus labels sit to the right of their marker; countries are centred.
      const x = c.kind === 'city' || c.kind === 'focus' ? p.x + 8 : p.x - e.w / 2;
      const y = p.y - e.h / 2;
      const box: Box = [x - GAP_PX, y - GAP_PX, x + e.w + GAP_PX, y + e.h + GAP_PX];
      if (box[2] > W || box[3] > H || box[0] < 0 || box[1] < 0 || placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      visible.add(c.key);
      e.node.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    }
    for (const [key, e] of pool) e.node.hidden = !visible.has(key);
  }

  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(place);
  };
  ctx.map.on('move', queue);
  ctx.map.on('resize', queue);
  return {
    render(s, p, shown) {
      // Labels show the selection, the hover and the shown clusters' cities: a year step or a
      // tab change leaves them where they are (placing them reads the layout of ~40 nodes).
      const same = last !== null && last.shown === shown && s.selected === p.selected && s.hover === p.hover && s.layers === p.layers;
      last = { s, shown };
      if (!same) queue();
    },
  };
}
