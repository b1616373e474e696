import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
    // The PID of a process that has exited: its folders are leftovers.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(root, `data.tmp-${dead}`));
    mkdirSync(join(root, `data.old-${dead}`));
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

describe('writeOutputAtomically with parallel runs', () => {
  it('keeps the temp folder of a run that is still going', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    // PID 1 is always alive: its temp folder belongs to a run in progress.
    mkdirSync(join(root, 'data.tmp-1'));
    writeOutputAtomically(join(root, 'data'), new Map([['a.json', '1\n']]));
    expect(readdirSync(root).sort()).toEqual(['data', 'data.tmp-1']);
  });

  it('ends with one complete folder when several runs swap into the same place', async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const out = join(root, 'data');
    const { spawn } = await import('node:child_process');
    const script = `import { writeOutputAtomically } from ${JSON.stringify(join(process.cwd(), 'scripts/lib/output.ts'))};
      for (let i = 0; i < 20; i++) writeOutputAtomically(${JSON.stringify(out)}, new Map([['a.json', 'same\\n'], ['geo/b.json', 'same\\n']]));`;
    const runs = Array.from({ length: 3 }, () =>
      new Promise<number>((done) => spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' }).on('exit', (c) => done(c ?? 1))),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    expect(readdirSync(root)).toEqual(['data']);
    expect(readFileSync(join(out, 'geo/b.json'), 'utf8')).toBe('same\n');
  });
});
