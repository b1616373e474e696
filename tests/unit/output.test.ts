import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputAtomically } from '../../scripts/lib/output.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeOutputAtomically', () => {
  it('replaces the whole folder: new files written, stale files gone', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const out = join(root, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), 'old');
    writeOutputAtomically(out, new Map([['a.json', '1\n'], ['geo/b.json', '2\n']]));
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['a.json', 'geo', 'geo/b.json']);
    expect(readFileSync(join(out, 'geo/b.json'), 'utf8')).toBe('2\n');
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('removes leftovers of an interrupted earlier run', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    mkdirSync(join(root, 'data.tmp-999'));
    mkdirSync(join(root, 'data.old-999'));
    writeOutputAtomically(join(root, 'data'), new Map([['a.json', '1\n']]));
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('leaves the old folder untouched when a file cannot be written', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const out = join(root, 'data');
    writeOutputAtomically(out, new Map([['a.json', 'old\n']]));
    // A path that is a file in the temp folder cannot also be a folder: the second write fails.
    expect(() => writeOutputAtomically(out, new Map([['x', '1'], ['x/y.json', '2']]))).toThrow();
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('old\n');
    expect(readdirSync(root)).toEqual(['data']);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });
});
