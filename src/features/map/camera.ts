/**
 * Every programmatic camera move of the live map, and the rule that each one — and each move the
 * reader makes — ends with the camera in the state (so in the URL): `moveend` writes it, except
 * for moves that apply a state that already holds it (Back/Forward, the first frame).
 * A fit of the view's default frame writes `camera: null`, the URL's "default frame".
 */
import type { Map as MapLibreMap, LngLatBoundsLike } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import type { Bounds } from '../../schemas/view';
import type { Camera } from '../url-state/url-state';
import type { Store } from './store';

/** Lowest zoom a selected cluster is shown at: its city and neighbours readable. */
export const SELECT_ZOOM = 5;
/** Pixels kept free around a fitted frame (and the region of a selection). */
export const FIT_PADDING_PX = 16;
/** Length of eased moves; reduced-motion readers get jumps. */
const EASE_MS = 600;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

/** [[west, south], [east, north]] of any (multi)polygon or line, in degrees; null when empty. */
export function boundsOf(geometry: Geometry | null): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
      return;
    }
    for (const part of c) visit(part);
  };
  if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
  return Number.isFinite(w) ? [[w, s], [e, n]] : null;
}

/** How much wider than a selected region its frame is: the region about half the frame, its neighbours in view. */
export const REGION_CONTEXT = 1.8;

/**
 * `b` grown about its centre by `factor` on each axis (degrees; latitudes kept within ±85), so a
 * fitted region is seen against its neighbours — a chapter's "against its neighbours" needs them.
 */
export function withSurroundings([[w, s], [e, n]]: Bounds, factor = REGION_CONTEXT): Bounds {
  const dx = ((e - w) * (factor - 1)) / 2;
  const dy = ((n - s) * (factor - 1)) / 2;
  return [[w - dx, Math.max(-85, s - dy)], [e + dx, Math.min(85, n + dy)]];
}

/** Web Mercator y of a latitude (radians of the projected plane). */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * The smallest bounds centred on `center` (in Web Mercator, what the map draws) that hold all of
 * `extent`: fitting them puts the centre of the mapped regions, not of their bounding box, in the
 * middle of the map, and still shows every corner of the extent.
 */
export function centredBounds([[w, s], [e, n]]: Bounds, [lon, lat]: [number, number]): Bounds {
  const dx = Math.max(lon - w, e - lon);
  const y = mercY(lat);
  const dy = Math.max(y - mercY(s), mercY(n) - y);
  return [[lon - dx, latOf(y - dy)], [lon + dx, latOf(y + dy)]];
}

export interface CameraControl {
  /** The view's default frame (Reset, and a state without camera). */
  fitDefault(quiet?: boolean): void;
  fit(bounds: Bounds): void;
  moveTo(center: [number, number], zoom: number): void;
  /** Apply a camera from the state (Back/Forward): writes nothing back. */
  restore(camera: Camera | null): void;
  defaultBounds(): LngLatBoundsLike;
}

const inside = ([[w, s], [e, n]]: Bounds, [lon, lat]: [number, number]) => lon >= w && lon <= e && lat >= s && lat <= n;

/**
 * The camera's limit for a move to `center`: the land's extent, except for a move outside it (an
 * inset jump to the Caribbean or the Indian Ocean, or a link to one), which lifts the limit.
 */
export function limitFor(land: Bounds, center: [number, number]): Bounds | null {
  return inside(land, center) ? land : null;
}

export function createCamera(map: MapLibreMap, store: Store, defaultFrame: Bounds, land: Bounds): CameraControl {
  const limit = (center: [number, number]) => map.setMaxBounds(limitFor(land, center));
  // What the next moveend means: 'quiet' = applying the state, 'default' = the default frame.
  let next: 'quiet' | 'default' | null = null;
  map.on('moveend', () => {
    const kind = next;
    next = null;
    if (kind === 'quiet') return;
    store.update({ camera: kind === 'default' ? null : cameraOf(map) }, 'camera');
  });
  // A drag or wheel that starts during an eased move takes over: its own moveend writes the camera.
  map.on('movestart', (e) => {
    if ('originalEvent' in e && e.originalEvent) next = null;
  });
  const anim = () => (reducedMotion() ? { animate: false } : { duration: EASE_MS });
  // Ends a move still under way, silently, before the next one is tagged: MapLibre delivers the
  // interrupted move's moveend at once, and its half-way camera must not be written — into the history
  // entry a Back restores (two quick Backs wrote a selection fly's first frames as ?at=), nor over the
  // move that replaces it, whose own moveend writes the camera.
  const settle = () => {
    if (!map.isMoving()) return;
    next = 'quiet';
    map.stop();
    next = null;
  };
  const fitBounds = ([[w, s], [e, n]]: Bounds, kind: typeof next) => {
    settle();
    limit([(w + e) / 2, (s + n) / 2]);
    next = kind;
    map.fitBounds([[w, s], [e, n]], { padding: FIT_PADDING_PX, ...anim() });
  };
  return {
    fitDefault: (quiet = false) => fitBounds(defaultFrame, quiet ? 'quiet' : 'default'),
    fit: (b) => fitBounds(b, null),
    moveTo(center, zoom) {
      settle();
      limit(center);
      next = null;
      if (reducedMotion()) map.jumpTo({ center, zoom });
      else map.easeTo({ center, zoom, duration: EASE_MS });
    },
    restore(camera) {
      if (!camera) return fitBounds(defaultFrame, 'quiet');
      settle();
      limit([camera.lon, camera.lat]);
      next = 'quiet';
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    },
    defaultBounds: () => defaultFrame,
  };
}
