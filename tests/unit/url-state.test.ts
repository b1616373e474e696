import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contextFixture from '../fixtures/url-state/context.json';
import {
  coordDecimals,
  defaultState,
  describeIssue,
  MAX_LAT,
  normaliseState,
  parseUrlState,
  RAW_MAX,
  roundCamera,
  serialiseUrlState,
  slugify,
  type MapState,
  type UrlContext,
} from '../../src/features/url-state/url-state';
import { createMigrations } from '../../src/features/url-state/url-migrations';
import { MAX_COMPARE, TABS } from '../../src/features/url-state/time-params';

const context: UrlContext = contextFixture;

/** Cases per property; the issue asks for at least 10,000 hostile URLs. */
const HOSTILE_RUNS = 12_000;

// ───────── generators ─────────

const names = ['view', 'metric', 'year', 'change', 'ecosystem', 'category', 'country', 'layers', 'links', 'sel', 'compare', 'tab', 'at', 'sector', 'countries', 'selected', 'layer'];
const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '%5F%5Fproto%5F%5F', '', '=', 'VIEW', 'utm_source'];
const hostileValues = [
  '<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', "'onmouseover='alert(1)",
  '%', '%%', '%E0%A4%A', '%ZZ', '%C0%AF', '%00', '%0A%0D', '%u0041', '+', '++', '%20', 'a+b%20c',
  'NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', '9'.repeat(400), '5,NaN,1', '5,95,10', '5,45,200', '-1,45,5', '25,45,5',
  '5/45/5', '5,45', '5,45,5,5', ',,', 'cluster:__proto__', 'region:constructor', 'cluster:', ':', 'region:fr', 'cluster:MINALOGIC',
  'all', 'none', 'ALL', 'GR,GB', 'fr,fr,fr', 'aerospace-defence,Aerospace & Defence', '__proto__', 'constructor',
  '\u202e\u0000\u001f', '\ud800', '😀', 'a'.repeat(9000),
  '1850', '99999', '2008-2013', '2013-2008', '2010-2010', '<b>2010</b>', '2010.5', '-2010', 'chart', 'table', 'CHART', 'map',
];
const optionValues = [
  ...context.views.map((v) => v.id), ...context.views.flatMap((v) => v.metrics), ...context.ecosystems, ...context.ecosystems.map(slugify),
  ...context.categories.map(slugify), ...context.countries, ...context.layers, ...context.linkKinds,
  ...context.clusters.map((c) => `cluster:${c}`), ...context.regions.map((r) => `region:${r}`), '5.00,45.19,5.72', '0,0,0',
];

const key = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...hostileKeys), fc.string({ maxLength: 12 }));
const atom = fc.oneof(
  fc.constantFrom(...optionValues),
  fc.constantFrom(...hostileValues),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double().map(String),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
);
const value = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join(','));
const pair = fc.tuple(key, value, fc.boolean()).map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v.toWellFormed()) : v}`);
const joiner = fc.constantFrom('&', '&&', ';', '&=&', '#');
/** A query string made of known and hostile names and values, sometimes padded past 8 KB. */
const hostileSearch = fc
  .tuple(fc.constantFrom('', '?', '??'), fc.array(pair, { maxLength: 12 }), joiner, fc.nat({ max: 9 }))
  .map(([lead, pairs, join, pad]) => lead + pairs.join(join) + (pad === 0 ? `&x=${'%41'.repeat(2800)}` : ''));

/** A valid state of any view, built from the context's options. */
const validState: fc.Arbitrary<MapState> = fc.constantFrom(...context.views).chain((v) =>
  fc.record({
    view: fc.constant(v.id),
    camera: fc.option(
      fc.record({
        zoom: fc.double({ min: 0, max: 24, noNaN: true }),
        lat: fc.double({ min: -MAX_LAT, max: MAX_LAT, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
      { nil: null },
    ),
    metric: v.metrics.length > 0 ? fc.constantFrom(...v.metrics) : fc.constant(v.metric),
    ecosystems: fc.subarray([...context.ecosystems]),
    categories: fc.subarray([...context.categories]),
    countries: fc.subarray([...context.countries]),
    layers: fc.subarray([...context.layers]),
    links: fc.subarray([...context.linkKinds]),
    selected: fc.option(
      fc.oneof(
        fc.constantFrom(...context.clusters).map((id) => ({ kind: 'cluster' as const, id })),
        fc.constantFrom(...context.regions).map((id) => ({ kind: 'region' as const, id })),
      ),
      { nil: null },
    ),
    // Any year, valid or not: normalising snaps it to the metric's nearest year with data.
    year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
    change: fc.option(fc.record({ from: fc.integer({ min: 1990, max: 2030 }), to: fc.integer({ min: 1990, max: 2030 }) }), { nil: null }),
    tab: fc.constantFrom(...TABS),
    compare: fc.subarray([...context.regions]),
  }),
);

/** Is every part of a resolved state one of the context's options? */
function assertResolvable(state: MapState): void {
  const v = context.views.find((x) => x.id === state.view);
  expect(v).toBeDefined();
  expect(state.metric === v!.metric || v!.metrics.includes(state.metric ?? '')).toBe(true);
  for (const e of state.ecosystems) expect(context.ecosystems).toContain(e);
  for (const c of state.categories) expect(context.categories).toContain(c);
  for (const c of state.countries) expect(context.countries).toContain(c);
  for (const l of state.layers) expect(context.layers).toContain(l);
  for (const l of state.links) expect(context.linkKinds).toContain(l);
  if (state.selected) expect(state.selected.kind === 'cluster' ? context.clusters : context.regions).toContain(state.selected.id);
  const years = context.years?.[state.metric ?? ''];
  if (state.year !== null) expect(years).toContain(state.year);
  if (state.change) {
    expect(years).toContain(state.change.from);
    expect(years).toContain(state.change.to);
    expect(state.change.from).toBeLessThan(state.change.to);
  }
  expect(TABS).toContain(state.tab);
  expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARE);
  for (const r of state.compare) expect(context.regions).toContain(r);
  if (state.camera) {
    expect(Number.isFinite(state.camera.zoom) && state.camera.zoom >= 0 && state.camera.zoom <= 24).toBe(true);
    expect(Math.abs(state.camera.lat)).toBeLessThanOrEqual(MAX_LAT);
    expect(Math.abs(state.camera.lon)).toBeLessThanOrEqual(180);
  }
}

// ───────── properties ─────────

describe('parseUrlState on hostile URLs', () => {
  it(`never throws and always resolves to known options (${HOSTILE_RUNS} random and hostile URLs)`, () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const parsed = parseUrlState(search, context);
        assertResolvable(parsed.state);
      }),
      { numRuns: HOSTILE_RUNS },
    );
  }, 120_000); // ~2 s alone; the CI machine may be busy with a parallel build

  it('reports raw values short, without control characters, and describes them as plain sentences', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        for (const issue of parseUrlState(search, context).issues) {
          expect(issue.raw.length).toBeLessThanOrEqual(RAW_MAX);
          expect(issue.raw).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          expect(typeof describeIssue(issue)).toBe('string');
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes back a URL without markup characters that parses cleanly to the same state', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { state } = parseUrlState(search, context);
        const written = serialiseUrlState(state, context);
        expect(written).not.toMatch(/[<>"'\s`]/);
        const again = parseUrlState(written, context);
        expect(again.issues).toEqual([]);
        expect(again.state).toEqual(normaliseState(state, context));
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves Object.prototype untouched by __proto__ and constructor parameters', () => {
    parseUrlState('?__proto__[x]=1&__proto__=polluted&constructor=1&sel=cluster:__proto__&country=__proto__', context);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
  });
});

describe('serialiseUrlState and parseUrlState round trip', () => {
  it('parse(serialise(s)) equals s for every valid state (rounded camera), with no issues', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(serialiseUrlState(state, context), context);
        expect(parsed.issues).toEqual([]);
        expect(parsed.state).toEqual(normaliseState(state, context));
      }),
      { numRuns: 3_000 },
    );
  });

  it('serialise is idempotent through parse', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const once = serialiseUrlState(state, context);
        expect(serialiseUrlState(parseUrlState(once, context).state, context)).toBe(once);
      }),
      { numRuns: 1_000 },
    );
  });
});

// ───────── examples ─────────

describe('serialiseUrlState', () => {
  it.each(context.views.map((v) => v.id))('writes the default state of %s as the empty string on its own page', (id) => {
    expect(serialiseUrlState(defaultState({ ...context, view: id }), { ...context, view: id })).toBe('');
  });

  it('writes only what differs from the view, with readable names', () => {
    const state: MapState = {
      ...defaultState(context, 'cooperation'),
      ecosystems: ['Aerospace & Defence', 'Digital'],
      countries: ['FR', 'DE'],
      selected: { kind: 'cluster', id: 'minalogic' },
      camera: { zoom: 5.5, lat: 45.1912, lon: 5.7242 },
    };
    expect(serialiseUrlState(state, context)).toBe('?view=cooperation&ecosystem=aerospace-defence,digital&country=DE,FR&sel=cluster:minalogic&at=5.50,45.19,5.72');
  });

  it('writes an emptied default filter as all and emptied layers as none', () => {
    const state: MapState = { ...defaultState(context, 'manufacturing'), ecosystems: [], layers: [] };
    expect(serialiseUrlState(state, { ...context, view: 'manufacturing' })).toBe('?ecosystem=all&layers=none');
  });
});

describe('coordDecimals and roundCamera', () => {
  it.each([
    [0, 1],
    [5, 2],
    [10, 4],
    [22, 7],
  ])('at zoom %d keeps %d decimals (half a pixel of a 512·2^z px world)', (zoom, decimals) => {
    expect(coordDecimals(zoom)).toBe(decimals);
  });

  it('rounds the camera to what its zoom can show', () => {
    expect(roundCamera({ zoom: 5.123, lat: 45.19123, lon: -0.00001 })).toEqual({ zoom: 5.12, lat: 45.19, lon: 0 });
  });
});

describe('parseUrlState', () => {
  it('reports each parameter as valid, invalid or missing', () => {
    const { params } = parseUrlState('?metric=nope&country=FR&sel=cluster:minalogic', context);
    expect(params.metric).toEqual({ status: 'invalid', raw: 'nope', reason: 'not a metric of the “overview” view', options: ['clusters', 'clusters_per_million'], value: 'clusters' });
    expect(params.country).toEqual({ status: 'valid', value: ['FR'] });
    expect(params.sel).toEqual({ status: 'valid', value: { kind: 'cluster', id: 'minalogic' } });
    expect(params.at).toEqual({ status: 'missing' });
  });

  it('falls back to the view default for an invalid value and tells why', () => {
    const parsed = parseUrlState('?view=nowhere&at=5,95,10', context);
    expect(parsed.state).toEqual(defaultState(context));
    expect(parsed.issues.map((i) => [i.param, i.reason])).toEqual([
      ['view', 'not a known map view'],
      ['at', 'latitude out of range ±85.05'],
    ]);
  });

  it('refuses to switch views on a page whose path names the view', () => {
    const fixed: UrlContext = { ...context, viewSwitch: false };
    const parsed = parseUrlState('?view=crisis&metric=unemp_rate', fixed);
    expect(parsed.state.view).toBe('overview');
    expect(parsed.issues.map((i) => [i.param, i.reason])).toEqual([
      ['view', 'this page shows the “overview” view; link to /maps/crisis/ for “crisis”'],
      ['metric', 'not a metric of the “overview” view'],
    ]);
    expect(parseUrlState('?view=overview', fixed).issues).toEqual([]);
  });

  it('keeps the valid part of a partly wrong list', () => {
    const parsed = parseUrlState('?country=FR,XX,DE', context);
    expect(parsed.state.countries).toEqual(['DE', 'FR']);
    expect(parsed.issues[0]?.reason).toBe('not a known country code: XX (ignored; the rest kept)');
  });

  it('accepts names, slugs, + and %20 alike for ecosystems', () => {
    for (const search of ['?ecosystem=Aerospace+%26+Defence', '?ecosystem=Aerospace%20%26%20Defence', '?ecosystem=aerospace-defence', '?ecosystem=AEROSPACE-DEFENCE']) {
      expect(parseUrlState(search, context).state.ecosystems).toEqual(['Aerospace & Defence']);
    }
  });

  it('uses the first of duplicated parameters and says so', () => {
    const parsed = parseUrlState('?metric=clusters_per_million&metric=clusters', context);
    expect(parsed.state.metric).toBe('clusters_per_million');
  });

  it('ignores unknown parameters without a notice', () => {
    expect(parseUrlState('?utm_source=mail&fbclid=abc', context).issues).toEqual([]);
  });

  it('does not echo markup: a script value is only kept as clipped data in the issue', () => {
    const parsed = parseUrlState('?sel=<script>alert(1)</script>', context);
    expect(parsed.state.selected).toBeNull();
    expect(parsed.issues[0]?.raw).toBe('<script>alert(1)</script>');
  });
});

describe('migrations', () => {
  it('reads retired parameter names and ISO country codes as today’s', () => {
    const parsed = parseUrlState('?sector=digital&countries=GR,GB,FR', context);
    expect(parsed.state.ecosystems).toEqual(['Digital']);
    expect(parsed.state.countries).toEqual(['EL', 'FR']);
    expect(parsed.migrated).toEqual([
      { what: 'param', from: 'sector', to: 'ecosystem' },
      { what: 'param', from: 'countries', to: 'country' },
      { what: 'country', from: 'GR', to: 'EL' },
    ]);
  });

  it('prefers the current name when both the retired and current names are given', () => {
    expect(parseUrlState('?sector=digital&ecosystem=health', context).state.ecosystems).toEqual(['Health']);
  });

  it('follows a renamed cluster id to its successor', () => {
    const migrations = createMigrations([], { cluster: [['medicon-valley-academy', 'medicon-valley']] });
    const parsed = parseUrlState('?sel=cluster:medicon-valley-academy', context, migrations);
    expect(parsed.state.selected).toEqual({ kind: 'cluster', id: 'medicon-valley' });
    expect(parsed.issues).toEqual([]);
  });
});
