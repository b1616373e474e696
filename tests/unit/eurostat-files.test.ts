/**
 * The Eurostat files in data/raw/ are the published bytes: each file's git blob id equals the one
 * recorded in data/eurostat_files.csv (and data/README.md), which is the blob id of the public
 * repository copy named on the same row.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import type { Problem } from '../../scripts/lib/problems.ts';
import { readProvenance } from '../../scripts/lib/provenance.ts';
import { RAW_PATTERN } from '../../scripts/lib/inputs.ts';

const problems: Problem[] = [];
const provenance = readProvenance(parseCsv('data/eurostat_files.csv', readFileSync('data/eurostat_files.csv', 'utf8')).table, problems);
const rawFiles = readdirSync('data/raw').filter((n) => RAW_PATTERN.test(n)).sort();
const blobOf = (path: string) => execFileSync('git', ['hash-object', path], { encoding: 'utf8' }).trim();

describe('data/raw and data/eurostat_files.csv', () => {
  it('reads the provenance table without problems, one row per raw file', () => {
    expect(problems).toEqual([]);
    expect([...provenance.keys()].sort()).toEqual(rawFiles);
    expect(rawFiles).toEqual(['lfst_r_lfe2en2.tsv', 'lfst_r_lfu3rt.tsv', 'nama_10r_3gdp.tsv', 'tgs00010.tsv']);
  });

  for (const file of rawFiles) {
    it(`${file} has the git blob id of its published copy`, () => {
      const p = provenance.get(file)!;
      expect(blobOf(`data/raw/${file}`)).toBe(p.blob);
      expect(file.replace(/\..*$/, '')).toBe(p.datasetCode);
    });
  }

  it('data/README.md names every file with its dataset code, repository copy, commit, blob id and the licence line', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    expect(readme).toContain('© European Union, reuse authorised provided the source is acknowledged');
    for (const p of provenance.values()) {
      for (const fact of [p.file, p.datasetCode, p.repository, p.commit, p.blob, `NUTS ${p.nutsVersion}`]) expect(readme, `${p.file}: ${fact}`).toContain(fact);
    }
  });
});
