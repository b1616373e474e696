/**
 * The pipeline end to end. Each folder under tests/fixtures/pipeline/ is one case: its inputs,
 * a case.json naming the behaviour, and for failing cases expected-problems.txt with the exact
 * messages. On a mismatch the actual messages are written beside it as expected-problems-changed.txt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, lazy, loadGazetteer, run } from '../../scripts/build-data.ts';
import { readInputs } from '../../scripts/lib/inputs.ts';
import { formatProblem, InputError } from '../../scripts/lib/problems.ts';
import { nameKey, websiteKey } from '../../scripts/lib/clusters.ts';
import { STATUSES } from '../../scripts/lib/vocabulary.ts';
import type { Cluster, Metric, Region } from '../../src/schemas/generated.ts';

const CASES = 'tests/fixtures/pipeline';
const gazetteer = lazy(loadGazetteer);
const effects = { gazetteer, log: () => {} };
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Case {
  it: string;
  expect: 'ok' | 'problems' | 'same-as-valid';
  expectClusters?: { id: string; field: keyof Cluster; value: unknown }[];
  /** Region id, indicator id and the expected `indicators[id]` entry (null: no entry, value null). */
  expectRegions?: { id: string; indicator: string; value: { value: number | null; period: string; flags: string } | null }[];
  /** Indicators of the catalogue that must not become metrics (no values: offered nowhere). */
  expectNoMetrics?: string[];
  /** One geo's row of series/<indicator>.json: every year, with its flags ("" = none). */
  expectSeries?: { indicator: string; geo: string; years: number[]; values: (number | null)[]; flags: string[] }[];
  /** Generated files that must not contain a raw `<` (markup is written as \u003c). */
  expectNoRawMarkup?: string[];
}

function build(dir: string): Map<string, string> {
  return buildData(readInputs(dir), effects);
}

function problemsOf(dir: string): string[] {
  try {
    build(dir);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('bad and awkward input (one fixture folder per case)', () => {
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
    it(`${name}: ${spec.it}`, () => {
      if (spec.expect === 'problems') {
        const actual = problemsOf(dir);
        const expectedFile = join(dir, 'expected-problems.txt');
        const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').trimEnd().split('\n') : [];
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          writeFileSync(join(dir, 'expected-problems-changed.txt'), `${actual.join('\n')}\n`);
        }
        expect(actual.length).toBeGreaterThan(0);
        expect(actual).toEqual(expected);
        return;
      }
      const files = build(dir);
      if (spec.expect === 'same-as-valid') {
        const valid = build(join(CASES, 'valid'));
        for (const file of ['clusters.json', 'links.json', 'networks.json', 'regions.json']) expect(files.get(file)).toBe(valid.get(file));
      }
      const clusters = (JSON.parse(files.get('clusters.json')!) as { clusters: Cluster[] }).clusters;
      for (const { id, field, value } of spec.expectClusters ?? []) {
        expect(clusters.find((c) => c.id === id)?.[field]).toEqual(value);
      }
      for (const file of spec.expectNoRawMarkup ?? []) expect(files.get(file)).not.toMatch(/[<>]/);
      const { regions, metrics } = JSON.parse(files.get('regions.json')!) as { regions: Region[]; metrics: Metric[] };
      for (const { id, indicator, value } of spec.expectRegions ?? []) {
        const region = regions.find((r) => r.id === id)!;
        expect(region.indicators[indicator] ?? null, `${id} ${indicator}`).toEqual(value);
        expect(region.values[indicator], `${id} ${indicator}`).toBe(value?.value ?? null);
        expect(metrics.some((m) => m.id === indicator)).toBe(true);
      }
      for (const id of spec.expectNoMetrics ?? []) {
        expect(metrics.map((m) => m.id)).not.toContain(id);
        expect(files.has(`series/${id}.json`)).toBe(false);
      }
      for (const { indicator, geo, years, values, flags } of spec.expectSeries ?? []) {
        const series = JSON.parse(files.get(`series/${indicator}.json`)!) as { years: number[]; values: Record<string, (number | null)[]>; flags: Record<string, string[]> };
        expect(series.years).toEqual(years);
        expect(series.values[geo]).toEqual(values);
        expect(series.flags[geo] ?? years.map(() => '')).toEqual(flags);
      }
    });
  }
});

describe('the default data in data/', () => {
  it('builds byte-identical output twice in a row', () => {
    const a = join(tempDir(), 'out');
    const b = join(tempDir(), 'out');
    run('data', a);
    run('data', b);
    const first = snapshot(a);
    expect([...first.keys()]).toContain('/manifest.json');
    expect(snapshot(b)).toEqual(first);
  });

  it('writes one NUTS-2 region record per NUTS-2 geometry and the same ids in both', () => {
    const files = build('data');
    const topo = JSON.parse(files.get('geo/nuts2.topo.json')!) as { objects: { nuts2: { geometries: { id: string }[] } } };
    const { regions } = JSON.parse(files.get('regions.json')!) as { regions: Region[] };
    expect(regions.filter((r) => r.level === 2).map((r) => r.id)).toEqual(topo.objects.nuts2.geometries.map((g) => g.id).sort());
  });

  it('holds at least 200 clusters in at least 27 countries, each with a source, an https source page and a status', () => {
    const files = build('data');
    const { clusters } = JSON.parse(files.get('clusters.json')!) as { clusters: Cluster[] };
    expect(clusters.length).toBeGreaterThanOrEqual(200);
    expect(new Set(clusters.map((c) => c.country)).size).toBeGreaterThanOrEqual(27);
    for (const c of clusters) {
      expect(c.source.length, c.id).toBeGreaterThan(0);
      expect(c.sourceUrl, c.id).toMatch(/^https:\/\/[^/]+\.[^/]+/);
      expect(STATUSES, c.id).toContain(c.status);
      expect(c.nuts2, c.id).toMatch(/^[A-Z]{2}[A-Z0-9]{2}$/);
    }
  });

  it('holds no organisation twice: names and websites are unique up to case, accents and www.', () => {
    const { clusters } = JSON.parse(build('data').get('clusters.json')!) as { clusters: Cluster[] };
    const names = clusters.map((c) => nameKey(c.name));
    const websites = clusters.flatMap((c) => (c.website ? [websiteKey(c.website)] : []));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(websites.filter((w, i) => websites.indexOf(w) !== i)).toEqual([]);
  });

  it('gives every member count its year and an https page, and no year or page without a count', () => {
    const { clusters } = JSON.parse(build('data').get('clusters.json')!) as { clusters: Cluster[] };
    for (const c of clusters) {
      const counted = c.members !== null || c.membersFirms !== null || c.employees !== null;
      expect(c.sizeYear !== null, c.id).toBe(counted);
      expect(c.sizeSourceUrl?.startsWith('https://') ?? false, c.id).toBe(counted);
    }
  });
});

/** Every file under a folder → its bytes as hex, for exact comparison. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => join(e.parentPath, e.name)).sort().map((p) => [p.slice(dir.length), readFileSync(p).toString('hex')]));
}

describe('a failed run', () => {
  it('leaves the previous output folder byte-for-byte untouched and no temp folder behind', () => {
    const root = tempDir();
    const out = join(root, 'data');
    run(join(CASES, 'valid'), out);
    const before = snapshot(out);
    expect(before.size).toBeGreaterThan(5);
    expect(() => run(join(CASES, 'duplicate-ids'), out)).toThrow(InputError);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('exits with code 1 from the command line and prints file:line:column messages', () => {
    const out = join(tempDir(), 'out');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      env: { ...process.env, DATA_DIR: join(CASES, 'self-link'), DATA_OUT: out },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/pipeline/self-link/links.csv:2:14 — found a link from "minalogic" to itself, expected two different clusters');
    expect(existsSync(out)).toBe(false);
  });
});
