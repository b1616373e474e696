/**
 * A real `astro build` on a copy of the project with one chapter edited: the project's tracked
 * files are copied to a temporary folder (node_modules linked), `edit` is applied to the chapter,
 * and the build runs there; the working tree is never touched. Used by the tests that check a
 * broken chapter fails the build with a clear message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

const ROOT = process.cwd();
const copies: string[] = [];

/** Build a copy with `edit` applied to content/chapters/<chapter>.mdx; returns the build's output and exit code. */
export function buildWithBrokenChapter(chapter: string, edit: (source: string) => string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cluster-atlas-broken-'));
  copies.push(dir);
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(dir, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const file = path.join(dir, 'content/chapters', `${chapter}.mdx`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  // The generated data is not tracked (and a clean clone runs the unit tests before any build):
  // make it in the copy, as `npm run build` would, so the chapter error is the only one.
  const data = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  expect(data.status, `npm run data in the copy:\n${data.stdout}\n${data.stderr}`).toBe(0);
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    env: { ...process.env, OUT_DIR: path.join(dir, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

/** Remove the copies (call from afterAll). */
export function removeBrokenBuilds(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
