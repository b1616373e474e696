/**
 * A real build of the site fails, with a clear message, when a chapter has a wrong frontmatter
 * field or a wrong component prop. The project's tracked files are copied to a temporary
 * folder (node_modules linked), one chapter is broken there, and `astro build` runs on it:
 * the working tree is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const copies: string[] = [];

/** A copy of the tracked project with `edit` applied to one chapter; returns the build's output and exit code. */
function buildWithBrokenChapter(chapter: string, edit: (source: string) => string): { status: number | null; output: string } {
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
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    env: { ...process.env, OUT_DIR: path.join(dir, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('astro build on a broken chapter', () => {
  test('fails on a wrong frontmatter field, naming the chapter file, the field, what was found and what was expected', () => {
    const { status, output } = buildWithBrokenChapter('inter-clustering', (s) => s.replace(/^theme: cooperation$/m, 'theme: cooperaton'));
    expect(status).not.toBe(0);
    expect(output).toContain('chapters → inter-clustering');
    expect(output).toContain('theme: found "cooperaton"; expected one of: strategy, entrepreneurship, industry, policy, cooperation, crisis');
    expect(output).toMatch(/content\/chapters\/inter-clustering\.mdx/);
  }, 300_000);

  test('fails on a wrong component prop, naming the chapter file and line, the prop, what was found and what was expected', () => {
    const { status, output } = buildWithBrokenChapter('policies', (s) => s.replace('label="State aid relative to GDP" year={2019}', 'label="State aid relative to GDP" year="2019"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/policies\.mdx:\d+:1 <Stat> prop "year": found "2019"; expected a year in braces, e\.g\. year=\{2019\}/);
  }, 300_000);
});
