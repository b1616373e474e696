/**
 * Map state ⇄ URL query string, for deep links that reopen a map exactly as it was.
 *
 * Pure and browser-safe: no DOM, no build-time data, no zod (the map client's budget is tight).
 * The caller passes a `UrlContext` with the known ids (build one with `urlContextFrom` in
 * src/features/url-state/url-context.ts at build time and embed it in the page as JSON).
 *
 * ## The URL format (readable names; only what differs from the view's defaults)
 *   /maps/cooperation/?metric=clusters&ecosystem=aerospace-defence,digital&country=FR,DE
 *                     &layers=clusters,links&links=declared&sel=cluster:minalogic&at=5.5,45.19,5.72
 *   view=<id>           the view, when it differs from the page's own view (`context.view`)
 *   metric=<id>         choropleth metric (one of the view's metrics)
 *   ecosystem=a,b       ecosystem filter, as slugs of the names; `all` = no filter
 *   category=a,b        EOCIC category filter, as slugs; `all` = no filter
 *   country=FR,DE       country filter, Eurostat codes; `all` = no filter
 *   layers=a,b          visible layers; `none` = none
 *   links=declared      link kinds drawn; `none` = none
 *   sel=cluster:<id> | sel=region:<NUTS code>
 *   at=<zoom>,<lat>,<lon>   camera, in the order of MapLibre's and OSM's URL hash
 * Unknown parameters (utm_source, fbclid, …) are ignored. Retired names and ids go through
 * src/features/url-state/url-migrations.ts first.
 *
 * ## API
 *   parseUrlState(search, context) → ParsedUrlState   never throws
 *     .state     the resolved MapState (invalid or missing → the view's default)
 *     .params    per parameter: { status: 'missing' } | { status: 'valid', value }
 *                | { status: 'invalid', raw, reason, options, value }  (value = what was used instead)
 *     .issues    the invalid ones as a flat list, for the notice (src/components/share/url-notice.ts)
 *     .migrated  retired names/ids that were translated (the client should then replace the URL)
 *   serialiseUrlState(state, context) → string   '' for the default state, else '?a=b&…'
 *   defaultState(context, viewId?) → MapState
 *   normaliseState(state, context) → MapState    canonical form: lists deduped in option order,
 *                                                camera rounded to what its zoom can show
 *   roundCamera(camera) → Camera
 *   describeIssue(issue) → string                one plain-text sentence (never markup)
 *   slugify(name) → string                       how option names appear in URLs
 *   filtersOf(state) / withFilters(state, f)     MapState ⇄ the map client's MapFilters (src/features/map/map-data.ts)
 *
 * `raw` values in results are cut to RAW_MAX characters and stripped of control characters;
 * they are data, to be shown only with textContent.
 */
import type { MapFilters } from '../map/map-data';
import { clip, invalid, missing, type ParamResult, type Raw, RAW_MAX, valid } from './param-result';
import {
  DEFAULT_TIME, normaliseTime, parseChange, parseCompare, parseTab, parseYear, timeParams,
  type Tab, type TimeState, type YearRange,
} from './time-params';
import { MIGRATIONS, type IdKind, type Migrations } from './url-migrations';

export { RAW_MAX, type ParamResult };

/** What is selected on the map: one cluster (by slug) or one region (by NUTS code). */
export interface Selection {
  readonly kind: 'cluster' | 'region';
  readonly id: string;
}

/** Camera position; null in MapState = "fit the view's extent" (the default). */
export interface Camera {
  /** Zoom level as MapLibre counts it (512-px world at zoom 0). */
  readonly zoom: number;
  /** WGS84 degrees. */
  readonly lat: number;
  readonly lon: number;
}

export interface MapState extends TimeState {
  readonly view: string;
  readonly camera: Camera | null;
  /** Choropleth metric id, or null when the view has no metric available. */
  readonly metric: string | null;
  /** Ecosystem names (as in clusters.json); [] = no filter. */
  readonly ecosystems: readonly string[];
  /** EOCIC category names; [] = no filter. */
  readonly categories: readonly string[];
  /** Eurostat country codes; [] = no filter. */
  readonly countries: readonly string[];
  /** Visible layers (LayerId of src/schemas/view.ts); [] = none. */
  readonly layers: readonly string[];
  /** Link kinds drawn ('declared', 'suggested'); [] = none. */
  readonly links: readonly string[];
  readonly selected: Selection | null;
}

/** The defaults and options of one view, as the URL module needs them. */
export interface ViewContext {
  readonly id: string;
  /** Effective default metric (the view's `metric`, or the first metric of its level); null = none. */
  readonly metric: string | null;
  /** Metrics the reader may switch to in this view. */
  readonly metrics: readonly string[];
  readonly layers: readonly string[];
  readonly ecosystems: readonly string[];
  readonly categories: readonly string[];
  readonly countries: readonly string[];
  readonly links: readonly string[];
}

/** Everything the parser may accept. All lists are in display order; that order is the URL order. */
export interface UrlContext {
  /** The view of the page the URL belongs to (/maps/<view>/); its defaults are not written. */
  readonly view: string;
  /**
   * Whether `view=` may switch to another view on this page. False (the default) for /maps/<view>/
   * and /embed/<view>/, whose path is the view: `view=` naming another view is then invalid, so a
   * link never shows one view's map with another view's settings.
   */
  readonly viewSwitch?: boolean;
  readonly views: readonly ViewContext[];
  readonly layers: readonly string[];
  readonly linkKinds: readonly string[];
  readonly ecosystems: readonly string[];
  readonly categories: readonly string[];
  readonly countries: readonly string[];
  readonly clusters: readonly string[];
  readonly regions: readonly string[];
  /**
   * Years with data per metric id, ascending (metrics with one year or none may be left out):
   * what `year=` and `change=` may name. The default year is the last.
   */
  readonly years?: Readonly<Record<string, readonly number[]>>;
}

export type ParamName =
  | 'view' | 'metric' | 'year' | 'change' | 'ecosystem' | 'category' | 'country' | 'layers' | 'links' | 'sel' | 'compare' | 'tab' | 'at';
/** Parameters in the order they are written. */
export const PARAM_NAMES: readonly ParamName[] = [
  'view', 'metric', 'year', 'change', 'ecosystem', 'category', 'country', 'layers', 'links', 'sel', 'compare', 'tab', 'at',
];

export interface UrlIssue {
  readonly param: ParamName;
  readonly raw: string;
  readonly reason: string;
  readonly options: readonly string[];
}

/** One translation through the migration table: a parameter name or an id of some kind. */
export interface Migrated {
  readonly what: 'param' | IdKind;
  readonly from: string;
  readonly to: string;
}

export interface ParsedUrlState {
  readonly state: MapState;
  readonly params: {
    readonly view: ParamResult<string>;
    readonly metric: ParamResult<string | null>;
    readonly year: ParamResult<number | null>;
    readonly change: ParamResult<YearRange | null>;
    readonly ecosystem: ParamResult<readonly string[]>;
    readonly category: ParamResult<readonly string[]>;
    readonly country: ParamResult<readonly string[]>;
    readonly layers: ParamResult<readonly string[]>;
    readonly links: ParamResult<readonly string[]>;
    readonly sel: ParamResult<Selection | null>;
    readonly compare: ParamResult<readonly string[]>;
    readonly tab: ParamResult<Tab>;
    readonly at: ParamResult<Camera | null>;
  };
  readonly issues: readonly UrlIssue[];
  /** Retired names and ids that were translated (the link still works; write the current form). */
  readonly migrated: readonly Migrated[];
}

/** Web Mercator stops at ±85.0511287798° (where the square world ends); MapLibre refuses beyond. */
export const MAX_LAT = 85.0511287798;
/** MapLibre's zoom range. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 24;
/** Zoom is written with 2 decimals: 0.01 zoom steps change the scale by 0.7 %, invisible. */
export const ZOOM_DECIMALS = 2;
/** Tokens for an empty list: filters use `all` (no filter), sets of things shown use `none`. */
const ALL = 'all';
const NONE = 'none';

/**
 * Decimal places of lon/lat that the zoom can show.
 * At zoom z MapLibre's world is 512·2^z CSS pixels wide for 360°, so one pixel is 360 / (512·2^z) degrees.
 * Rounding to d decimals moves a point by at most ½·10^-d degrees; keeping that within half a pixel
 * needs 10^-d ≤ 360 / (512·2^z), i.e.   d = ceil(log10(512·2^z / 360)) = ceil(z·log10(2) + log10(512/360)).
 * (z = 0 → 1, z = 5 → 2, z = 10 → 4, z = 22 → 7.) Latitude pixels are up to 1/cos(lat) denser in
 * Mercator (≈ 3× at 70° N), so a far-north link may be off by about one pixel: acceptable.
 */
export function coordDecimals(zoom: number): number {
  const d = Math.ceil(zoom * Math.LOG10E * Math.LN2 + Math.log10(512 / 360));
  return Math.min(8, Math.max(0, d));
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r; // no -0: it would serialise as "0" and parse back as 0
}

/** The camera rounded to what its zoom can show (zoom first, so the precision is stable). */
export function roundCamera(camera: Camera): Camera {
  const zoom = roundTo(camera.zoom, ZOOM_DECIMALS);
  const d = coordDecimals(zoom);
  let lat = roundTo(camera.lat, d);
  // Rounding must not push a latitude past the Mercator limit (85.05 → 85.1 at 1 decimal): cut toward 0 instead.
  if (Math.abs(lat) > MAX_LAT) lat = Math.sign(lat) * Math.floor(Math.abs(camera.lat) * 10 ** d) / 10 ** d;
  return { zoom, lat, lon: roundTo(camera.lon, d) };
}

/** How an option name appears in a URL: `Aerospace & Defence` → `aerospace-defence`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One plain-text sentence for a notice or a build error. */
export function describeIssue(issue: UrlIssue): string {
  const shown = issue.options.slice(0, 6).join(', ') + (issue.options.length > 6 ? ', …' : '');
  const expected = issue.options.length > 0 ? ` Expected: ${shown}.` : '';
  return `“${issue.param}=${issue.raw}”: ${issue.reason}.${expected}`;
}

function viewOf(context: UrlContext, id: string): ViewContext | undefined {
  return context.views.find((v) => v.id === id);
}

/** A view with nothing in it, used only if the context names a page view it does not define. */
function emptyView(id: string): ViewContext {
  return { id, metric: null, metrics: [], layers: [], ecosystems: [], categories: [], countries: [], links: [] };
}

/** The state a view opens with. */
export function defaultState(context: UrlContext, viewId: string = context.view): MapState {
  const v = viewOf(context, viewId) ?? viewOf(context, context.view) ?? emptyView(context.view);
  return {
    view: v.id,
    camera: null,
    metric: v.metric,
    ecosystems: [...v.ecosystems],
    categories: [...v.categories],
    countries: [...v.countries],
    layers: [...v.layers],
    links: [...v.links],
    selected: null,
    ...DEFAULT_TIME,
  };
}

/** Keep the items of `items` that are options, deduplicated, in option order. */
function inOptionOrder(items: readonly string[], options: readonly string[]): string[] {
  const wanted = new Set(items);
  return options.filter((o) => wanted.has(o));
}

/** The canonical form of a state: what serialise → parse gives back. Unknown items are dropped. */
export function normaliseState(state: MapState, context: UrlContext): MapState {
  return {
    ...normaliseTime(state, yearsOf(context, state.metric), context.regions),
    view: state.view,
    camera: state.camera === null ? null : roundCamera(state.camera),
    metric: state.metric,
    ecosystems: inOptionOrder(state.ecosystems, context.ecosystems),
    categories: inOptionOrder(state.categories, context.categories),
    countries: inOptionOrder(state.countries, context.countries),
    layers: inOptionOrder(state.layers, context.layers),
    links: inOptionOrder(state.links, context.linkKinds),
    selected: state.selected === null ? null : { kind: state.selected.kind, id: state.selected.id },
  };
}

/** Years with data of a metric (undefined: the metric has no year to choose). */
export function yearsOf(context: UrlContext, metric: string | null): readonly number[] | undefined {
  return metric === null ? undefined : context.years?.[metric];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Encode a value but keep `,` and `:` readable (both are allowed as-is in a query, RFC 3986 §3.4). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/**
 * The query string for a state: '' when everything equals the view's defaults, otherwise
 * '?name=value&…' in PARAM_NAMES order. Lists are written in option order; the camera is rounded.
 */
export function serialiseUrlState(state: MapState, context: UrlContext): string {
  const s = normaliseState(state, context);
  const d = defaultState(context, s.view);
  const parts: [ParamName, string][] = [];
  const slugs = (names: readonly string[]) => names.map(slugify).join(',');
  if (s.view !== context.view) parts.push(['view', s.view]);
  if (s.metric !== d.metric && s.metric !== null) parts.push(['metric', s.metric]);
  const time = timeParams(s);
  if (time.year) parts.push(['year', time.year]);
  if (time.change) parts.push(['change', time.change]);
  if (!sameList(s.ecosystems, d.ecosystems)) parts.push(['ecosystem', s.ecosystems.length ? slugs(s.ecosystems) : ALL]);
  if (!sameList(s.categories, d.categories)) parts.push(['category', s.categories.length ? slugs(s.categories) : ALL]);
  if (!sameList(s.countries, d.countries)) parts.push(['country', s.countries.length ? s.countries.join(',') : ALL]);
  if (!sameList(s.layers, d.layers)) parts.push(['layers', s.layers.length ? s.layers.join(',') : NONE]);
  if (!sameList(s.links, d.links)) parts.push(['links', s.links.length ? s.links.join(',') : NONE]);
  if (s.selected) parts.push(['sel', `${s.selected.kind}:${s.selected.id}`]);
  if (time.compare) parts.push(['compare', time.compare]);
  if (time.tab) parts.push(['tab', time.tab]);
  if (s.camera) {
    const d = coordDecimals(s.camera.zoom);
    parts.push(['at', `${s.camera.zoom.toFixed(ZOOM_DECIMALS)},${s.camera.lat.toFixed(d)},${s.camera.lon.toFixed(d)}`]);
  }
  return parts.length ? `?${parts.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&')}` : '';
}

// ───────────────────────────── parsing ─────────────────────────────

/** First value of each current parameter, after renaming retired names. Never throws. */
function readParams(search: string, migrations: Migrations, migrated: Migrated[]): Map<ParamName, Raw> {
  const out = new Map<ParamName, Raw>();
  const known = new Set<string>(PARAM_NAMES);
  let params: URLSearchParams;
  try {
    // WHATWG parsing: malformed % escapes stay literal, invalid UTF-8 becomes U+FFFD, '+' is a space.
    params = new URLSearchParams(search);
  } catch {
    return out;
  }
  const renamed: [ParamName, string, string][] = [];
  for (const [key, value] of params) {
    if (known.has(key)) {
      const name = key as ParamName;
      const prev = out.get(name);
      out.set(name, prev ? { value: prev.value, duplicate: true } : { value, duplicate: false });
      continue;
    }
    const to = migrations.param(key);
    if (to !== undefined && known.has(to)) renamed.push([to as ParamName, key, value]);
  }
  // A retired name is used only when the current name is absent.
  for (const [name, from, value] of renamed) {
    if (out.has(name)) continue;
    out.set(name, { value, duplicate: false });
    migrated.push({ what: 'param', from, to: name });
  }
  return out;
}

/** Match one id against options (case rule per kind), through the migration table. */
function matchId(
  item: string,
  options: readonly string[],
  kind: IdKind,
  migrations: Migrations,
  migrated: Migrated[],
  fold: (s: string) => string,
): string | undefined {
  const key = fold(item.trim());
  const direct = options.find((o) => fold(o) === key);
  if (direct !== undefined) return direct;
  const to = migrations.id(kind, key);
  if (to !== undefined) {
    const found = options.find((o) => fold(o) === fold(to));
    if (found !== undefined) migrated.push({ what: kind, from: key, to: found });
    return found;
  }
  return undefined;
}

const exact = (s: string) => s;
const upper = (s: string) => s.toUpperCase();
const lower = (s: string) => s.toLowerCase();

/** Parse a comma-separated list of option ids/names; keeps the valid part of a partly wrong list. */
function parseList(
  raw: Raw,
  options: readonly string[],
  fallback: readonly string[],
  emptyToken: string,
  kind: IdKind | null,
  what: string,
  match: (item: string) => string | undefined,
): ParamResult<readonly string[]> {
  if (raw === undefined) return missing;
  const value = raw.value.trim();
  if (value.toLowerCase() === emptyToken) return valid([]);
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const found: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const m = match(item);
    if (m === undefined) unknown.push(item);
    else found.push(m);
  }
  const shown = [...options.map((o) => (kind === 'ecosystem' || kind === 'category' ? slugify(o) : o)), emptyToken];
  if (items.length === 0) return invalid(raw.value, `empty; use “${emptyToken}” for ${emptyToken === ALL ? 'no filter' : 'nothing'}`, shown, fallback);
  const ordered = inOptionOrder(found, options);
  if (unknown.length > 0) {
    const used = ordered.length > 0 ? ordered : fallback;
    const names = unknown.slice(0, 3).map(clip).join(', ') + (unknown.length > 3 ? ', …' : '');
    return invalid(raw.value, `not a known ${what}: ${names}${ordered.length > 0 ? ' (ignored; the rest kept)' : ''}`, shown, used);
  }
  if (raw.duplicate) return invalid(raw.value, 'given more than once; the first was used', shown, ordered);
  return valid(ordered);
}

/** Strict decimal number: no exponents, no hex, no Infinity/NaN, at most 12 fraction digits. */
const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;

function parseCamera(raw: Raw): ParamResult<Camera | null> {
  if (raw === undefined) return missing;
  const options = ['zoom,lat,lon (e.g. 5.00,45.19,5.72)'];
  const parts = raw.value.split(/[,/]/).map((s) => s.trim());
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) {
    return invalid(raw.value, 'expected three decimal numbers: zoom, latitude, longitude', options, null);
  }
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return invalid(raw.value, `zoom out of range ${MIN_ZOOM}–${MAX_ZOOM}`, options, null);
  if (Math.abs(lat) > MAX_LAT) return invalid(raw.value, `latitude out of range ±${MAX_LAT.toFixed(2)}`, options, null);
  if (Math.abs(lon) > 180) return invalid(raw.value, 'longitude out of range ±180', options, null);
  const camera = roundCamera({ zoom, lat, lon });
  if (raw.duplicate) return invalid(raw.value, 'given more than once; the first was used', options, camera);
  return valid(camera);
}

/**
 * Read a query string (with or without the leading '?') against the known ids. Never throws.
 * Every invalid value falls back to the view's default (or, for a list, its valid part).
 */
export function parseUrlState(search: string, context: UrlContext, migrations: Migrations = MIGRATIONS): ParsedUrlState {
  const migrated: Migrated[] = [];
  const raw = readParams(typeof search === 'string' ? search : '', migrations, migrated);
  const viewIds = context.views.map((v) => v.id);

  // view first: the other defaults and options depend on it
  const rawView = raw.get('view');
  let view: ParamResult<string> = missing;
  if (rawView !== undefined) {
    const id = matchId(rawView.value, viewIds, 'view', migrations, migrated, lower);
    if (id === undefined) view = invalid(rawView.value, 'not a known map view', viewIds, context.view);
    else if (id !== context.view && !context.viewSwitch) view = invalid(rawView.value, `this page shows the “${context.view}” view; link to /maps/${id}/ for “${id}”`, [context.view], context.view);
    else view = rawView.duplicate ? invalid(rawView.value, 'given more than once; the first was used', viewIds, id) : valid(id);
  }
  const viewId = view.status === 'missing' ? context.view : view.value;
  const d = defaultState(context, viewId);
  const v = viewOf(context, d.view) ?? emptyView(d.view);

  const rawMetric = raw.get('metric');
  let metric: ParamResult<string | null> = missing;
  if (rawMetric !== undefined) {
    const id = matchId(rawMetric.value, v.metrics, 'metric', migrations, migrated, exact);
    metric = id === undefined ? invalid(rawMetric.value, `not a metric of the “${v.id}” view`, v.metrics, d.metric) : valid(id);
  }
  const years = yearsOf(context, metric.status === 'missing' ? d.metric : metric.value);
  const year = parseYear(raw.get('year'), years);
  const change = parseChange(raw.get('change'), years);
  const compare = parseCompare(raw.get('compare'), context.regions);
  const tab = parseTab(raw.get('tab'));

  /** Names (ecosystems, categories) are matched by slug, so `Aerospace & Defence` and `aerospace-defence` both work. */
  const byName = (names: readonly string[], kind: IdKind) => {
    const slugs = names.map(slugify);
    return (item: string): string | undefined => {
      const s = matchId(slugify(item), slugs, kind, migrations, migrated, exact);
      return s === undefined ? undefined : names[slugs.indexOf(s)];
    };
  };
  const ecosystem = parseList(raw.get('ecosystem'), context.ecosystems, d.ecosystems, ALL, 'ecosystem', 'ecosystem', byName(context.ecosystems, 'ecosystem'));
  const category = parseList(raw.get('category'), context.categories, d.categories, ALL, 'category', 'category', byName(context.categories, 'category'));
  const country = parseList(raw.get('country'), context.countries, d.countries, ALL, 'country', 'country code',
    (item) => matchId(item, context.countries, 'country', migrations, migrated, upper));
  const layers = parseList(raw.get('layers'), context.layers, d.layers, NONE, null, 'layer',
    (item) => context.layers.find((l) => l === item.toLowerCase()));
  const links = parseList(raw.get('links'), context.linkKinds, d.links, NONE, null, 'link kind',
    (item) => context.linkKinds.find((l) => l === item.toLowerCase()));

  const rawSel = raw.get('sel');
  let sel: ParamResult<Selection | null> = missing;
  if (rawSel !== undefined) {
    const options = ['cluster:<id>', 'region:<NUTS code>'];
    const m = /^(cluster|region):(.+)$/i.exec(rawSel.value.trim());
    if (!m) sel = invalid(rawSel.value, 'expected cluster:<id> or region:<code>', options, null);
    else {
      const kind = m[1]!.toLowerCase() as Selection['kind'];
      const id = kind === 'cluster'
        ? matchId(m[2]!, context.clusters, 'cluster', migrations, migrated, lower)
        : matchId(m[2]!, context.regions, 'region', migrations, migrated, upper);
      sel = id === undefined
        ? invalid(rawSel.value, `no ${kind} with this id`, kind === 'cluster' ? context.clusters : context.regions, null)
        : valid({ kind, id });
    }
  }

  const at = parseCamera(raw.get('at'));

  const params = { view, metric, year, change, ecosystem, category, country, layers, links, sel, compare, tab, at };
  const pick = <T>(p: ParamResult<T>, fallback: T): T => (p.status === 'missing' ? fallback : p.value);
  const state: MapState = {
    view: d.view,
    camera: pick(at, null),
    metric: pick(metric, d.metric),
    ecosystems: pick(ecosystem, d.ecosystems),
    categories: pick(category, d.categories),
    countries: pick(country, d.countries),
    layers: pick(layers, d.layers),
    links: pick(links, d.links),
    selected: pick(sel, null),
    ...normaliseTime({ year: pick(year, null), change: pick(change, null), tab: pick(tab, 'map'), compare: pick(compare, []) }, years, context.regions),
  };
  const issues: UrlIssue[] = [];
  for (const name of PARAM_NAMES) {
    const p = params[name];
    if (p.status === 'invalid') issues.push({ param: name, raw: p.raw, reason: p.reason, options: p.options });
  }
  return { state, params, issues, migrated };
}

// ───────────────────── the map client's filter object ─────────────────────

/** Link kinds in the order they are written in URLs. */
export const LINK_KINDS = ['declared', 'suggested'] as const;
type LinkKind = (typeof LINK_KINDS)[number];

/** The map client's filter object for a state. */
export function filtersOf(state: MapState): MapFilters {
  return {
    categories: [...state.categories],
    ecosystems: [...state.ecosystems],
    countries: [...state.countries],
    linkKinds: state.links.filter((k): k is LinkKind => (LINK_KINDS as readonly string[]).includes(k)),
  };
}

/** A state with the client's filters applied. */
export function withFilters(state: MapState, f: MapFilters): MapState {
  return { ...state, categories: [...f.categories], ecosystems: [...f.ecosystems], countries: [...f.countries], links: [...f.linkKinds] };
}
