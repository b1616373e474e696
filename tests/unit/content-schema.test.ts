import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Chapter, THEMES } from '../../src/schemas/chapter';
import { readFrontmatter } from '../support/compile-mdx';

const CASES = path.resolve('tests/fixtures/content/frontmatter');

/**
 * What the build prints for a chapter's frontmatter: Astro names the file (in "Location") and
 * lists each issue as `field: message`; this joins the two so one line says it all.
 */
function validate(file: string): string {
  const result = Chapter.safeParse(readFrontmatter(readFileSync(file, 'utf8')));
  if (result.success) return 'ok\n';
  const relative = path.relative(process.cwd(), file).split(path.sep).join('/');
  return result.error.issues.map((issue) => `${relative}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}\n`).join('');
}

describe('each fixture frontmatter passes or fails naming the file and the field', () => {
  for (const name of readdirSync(CASES).sort()) {
    test(name, () => {
      const dir = path.join(CASES, name);
      const actual = validate(path.join(dir, 'chapter.mdx'));
      const expectedFile = path.join(dir, 'expected.txt');
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
      if (actual !== expected) writeFileSync(path.join(dir, 'expected-changed.txt'), actual);
      expect(actual).toBe(expected);
    });
  }
});

describe('Chapter', () => {
  const valid = readFrontmatter(readFileSync(path.join(CASES, 'valid/chapter.mdx'), 'utf8'));

  test('reads an unquoted YAML date and a quoted one as the same day', () => {
    const unquoted = Chapter.parse(valid).lastReviewed;
    const quoted = Chapter.parse({ ...valid, lastReviewed: '2026-11-25' }).lastReviewed;
    expect(quoted.toISOString()).toBe(unquoted.toISOString());
  });

  test('defaults mapViews to an empty list', () => {
    const { mapViews: _omitted, ...withoutMaps } = valid;
    expect(Chapter.parse(withoutMaps).mapViews).toEqual([]);
  });

  test('accepts every theme it lists', () => {
    for (const theme of THEMES) expect(Chapter.safeParse({ ...valid, theme }).success).toBe(true);
  });
});
