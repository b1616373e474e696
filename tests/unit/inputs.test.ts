import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/lib/inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs', () => {
  it('reads clusters.csv, treats absent optional files as none and takes geometry and sources from data/', () => {
    writeFileSync(join(dir, 'clusters.csv'), 'id\n');
    const inputs = readInputs(dir);
    expect(inputs.clusters?.text).toBe('id\n');
    expect([inputs.networks, inputs.members, inputs.links, inputs.catalogue]).toEqual([null, null, null, null]);
    expect(inputs.sources?.path).toBe('data/sources.csv');
    expect(inputs.geo.nuts2?.path).toBe('data/geo/nuts2.topo.json');
    expect(inputs.raw).toEqual([]);
  });

  it('reads Eurostat files from raw/, unzipping .gz, and lists other files there', () => {
    mkdirSync(join(dir, 'raw'), { recursive: true });
    writeFileSync(join(dir, 'raw', 'lfst_r_lfu3rt.tsv.gz'), gzipSync('geo\\TIME_PERIOD\t2010 \n'));
    writeFileSync(join(dir, 'raw', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'raw', 'README.md'), 'x');
    const inputs = readInputs(dir);
    expect(inputs.raw.map((r) => [r.code, r.text])).toEqual([['lfst_r_lfu3rt', 'geo\\TIME_PERIOD\t2010 \n']]);
    expect(inputs.rawOther).toHaveLength(1);
    expect(inputs.rawOther[0]).toMatch(/raw\/notes\.txt$/);
  });
});
