import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets } from '../../scripts/check-budgets.ts';
import { DistReader, referencedFiles } from '../../scripts/lib/dist-pages.ts';

const WITHIN = 'tests/fixtures/budgets/within';

/** Hex of a SHA-256 chain: 4 bits of information a character, which brotli cannot shrink. */
function noise(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += createHash('sha256').update(String(i)).digest('hex');
  return out.slice(0, length);
}

const temps: string[] = [];
/** A copy of the `within` build, changed by `edit`. */
function variant(edit: (dir: string) => void): DistReader {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  temps.push(dir);
  cpSync(WITHIN, dir, { recursive: true });
  edit(dir);
  return new DistReader(dir);
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const offences = (reader: DistReader) => checkBudgets(reader).flatMap((r) => r.offences);

describe('DistReader', () => {
  it('follows a map page’s imports, preload lists and worker URL, and splits MapLibre from app code', () => {
    const page = new DistReader(WITHIN).page('chapters/map/index.html');
    expect(page.hasMap).toBe(true);
    expect(page.appJs.map((a) => a.file)).toEqual(['_astro/client.js', '_astro/loader.js']);
    expect(page.maplibreJs.map((a) => a.file)).toEqual(['_astro/maplibre-gl-worker.js', '_astro/maplibre-gl.js']);
    expect(page.data.map((a) => a.file)).toEqual(['data/map.json', 'data/countries.json']);
    expect(page.css.map((a) => a.file)).toEqual(['_astro/site.css', 'inline:chapters/map/index.html#1', '_astro/map.css']);
  });

  it('does not count a JSON-LD block as JavaScript', () => {
    const home = new DistReader(WITHIN).page('index.html');
    expect(home.appJs).toEqual([]);
  });
});

describe('referencedFiles', () => {
  it('resolves relative imports, base-relative preload paths and absolute URLs under the base', () => {
    const source = 'import("./a.js");import"../b.mjs";m.f=["_astro/c.js","_astro/d.css"];new URL("/sub/_astro/e.js");"/other/f.js";"g.js"';
    expect(referencedFiles(source, '_astro/x.js', '/sub/')).toEqual({
      js: ['_astro/a.js', 'b.mjs', '_astro/c.js', '_astro/e.js'],
      css: ['_astro/d.css'],
    });
  });
});

describe('checkBudgets', () => {
  it('passes a build within every budget', () => {
    expect(offences(new DistReader(WITHIN))).toEqual([]);
  });

  it('fails a text page that ships any JavaScript, naming the page', () => {
    const reader = variant((dir) =>
      writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><script>track()</script></body></html>'),
    );
    expect(offences(reader)).toEqual([expect.stringMatching(/^\/: 7 B > 0 B — inline:index\.html#1 7 B/)]);
  });

  it('lets the regions index ship its small sorting script, and fails it past 2 KiB brotli', () => {
    expect(new DistReader(WITHIN).page('regions/index.html').appJs.map((a) => a.file)).toEqual(['_astro/sort-table.js']);
    const reader = variant((dir) => writeFileSync(join(dir, '_astro/sort-table.js'), `export const x = "${noise(6_000)}";`));
    expect(offences(reader)).toEqual([expect.stringMatching(new RegExp(`^/regions/: \\d+ B > ${BUDGETS.sortTableJs} B — _astro/sort-table\\.js`))]);
  });

  it('fails a map page whose own JavaScript passes 35 KiB brotli (charts included), naming the files', () => {
    const reader = variant((dir) =>
      writeFileSync(join(dir, '_astro/client.js'), `import "./maplibre-gl.js"; export const x = "${noise(80_000)}";`),
    );
    const found = offences(reader);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^/chapters/map/: \\d+ B > ${BUDGETS.mapAppJs} B — .*_astro/client\\.js`));
  });

  it('fails map data over 150 KiB brotli and CSS over 20 KiB brotli', () => {
    const reader = variant((dir) => {
      writeFileSync(join(dir, 'data/map.json'), JSON.stringify({ blob: noise(400_000) }));
      writeFileSync(join(dir, '_astro/site.css'), `/*${noise(50_000)}*/`);
    });
    const found = offences(reader);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^\/chapters\/map\/: \d+ B > 153600 B — .*data\/map\.json/);
    expect(found[1]).toMatch(/^all CSS: \d+ B > 20480 B — .*_astro\/site\.css/);
  });

  it('refuses to judge a map page whose MapLibre cannot be told apart', () => {
    const reader = variant((dir) => writeFileSync(join(dir, '_astro/client.js'), 'export const start = () => 1;'));
    expect(offences(reader)).toEqual([expect.stringMatching(/no MapLibre chunk found/)]);
  });
});
