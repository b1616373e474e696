import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../scripts/build-data.ts';
import { clearGeneratedDataCache, loadClusters, loadGeo, loadLinks, loadManifest, loadNetworks, loadRegions } from '../../src/lib/generated-data.ts';

let out = '';
const previous = process.env['DATA_OUT'];
beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'atlas-gd-')), 'data');
  run('tests/fixtures/pipeline/valid', out);
  process.env['DATA_OUT'] = out;
});
beforeEach(() => clearGeneratedDataCache());
afterAll(() => {
  if (previous === undefined) delete process.env['DATA_OUT'];
  else process.env['DATA_OUT'] = previous;
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('generated-data', () => {
  it('loads every generated file, typed and validated', () => {
    expect(loadClusters().map((c) => c.id)).toContain('hamburg-aviation');
    expect(loadNetworks()[0]?.memberIds).toEqual(['aerospace-valley', 'hamburg-aviation', 'hegan']);
    expect(loadLinks().some((l) => l.kind === 'suggested')).toBe(true);
    expect(loadRegions().metrics.map((m) => m.id)).toContain('clusters');
    expect(loadManifest().counts['clusters']).toBe(7);
    expect(Object.keys(loadGeo('nuts2').objects)).toEqual(['nuts2']);
    expect(Object.keys(loadGeo('countries').objects)).toEqual(['countries']);
  });

  it('serves later calls from memory while the file is unchanged and re-reads it after it is rewritten', () => {
    const first = loadClusters();
    expect(loadClusters()).toBe(first);
    const path = join(out, 'clusters.json');
    writeFileSync(path, '{"clusters":[]}\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(loadClusters()).toEqual([]);
  });

  it('fails with a message naming the file and the field when a file does not match the schema', () => {
    writeFileSync(join(out, 'networks.json'), '{"networks":[{"id":1}]}\n');
    expect(() => loadNetworks()).toThrow(/networks\.json does not match src\/schemas\/generated\.ts:\n {2}- networks\.0\.id/);
  });

  it('tells the reader to run npm run data when a file is missing', () => {
    rmSync(join(out, 'links.json'));
    expect(() => loadLinks()).toThrow(/links\.json is missing\. Run `npm run data` first/);
  });
});
