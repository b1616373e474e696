import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appendRows, csvField, PROBE_DIR } from '../../scripts/build-probe.ts';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['<script>x</script>', '<script>x</script>'],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('appendRows', () => {
  it('places each value under the column of the same name and keeps the real rows', () => {
    const base = 'id,name,city\nreal,Real,Paris\n';
    const out = appendRows(base, 'city,id,name\n"Probe, ""City""",probe,<b>x</b>\n', 'probe');
    const rows = Papa.parse<string[]>(out.trim()).data;
    expect(rows).toEqual([
      ['id', 'name', 'city'],
      ['real', 'Real', 'Paris'],
      ['probe', '<b>x</b>', 'Probe, "City"'],
    ]);
  });

  it('refuses a column the real file does not have', () => {
    expect(() => appendRows('id,name\n', 'id,colour\nx,red\n', 'probe.csv')).toThrow(/probe\.csv: columns colour/);
  });

  it('round-trips every probe file against the real data’s header', () => {
    for (const file of ['clusters.csv', 'networks.csv', 'network_members.csv']) {
      const real = readFileSync(join('data', file), 'utf8');
      const probe = readFileSync(join(PROBE_DIR, file), 'utf8');
      const merged = Papa.parse<Record<string, string>>(appendRows(real, probe, file), { header: true, skipEmptyLines: true });
      const probeRows = Papa.parse<Record<string, string>>(probe, { header: true, skipEmptyLines: true }).data;
      expect(merged.errors).toEqual([]);
      expect(merged.data.slice(-probeRows.length).map((r) => r[Object.keys(probeRows[0] ?? {})[0] ?? ''])).toEqual(
        probeRows.map((r) => r[Object.keys(probeRows[0] ?? {})[0] ?? '']),
      );
    }
  });
});

describe('the probe’s javascript: website', () => {
  it('is refused by the pipeline with file:line:column and the scheme, and nothing is written', () => {
    const out = mkdtempSync(join(tmpdir(), 'probe-bad-scheme-'));
    try {
      const result = spawnSync('tsx', ['scripts/build-data.ts'], {
        env: { ...process.env, DATA_DIR: join(PROBE_DIR, 'bad-scheme'), DATA_OUT: join(out, 'data') },
        encoding: 'utf8',
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/bad-scheme\/clusters\.csv:2:\d+/);
      expect(result.stderr).toContain('javascript:');
      expect(existsSync(join(out, 'data'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
