/**
 * A real build of the site fails, with a clear message, when a chapter has a wrong frontmatter
 * field or a wrong component prop (tests/support/broken-build.ts builds a copy of the project with
 * one chapter broken; the working tree is never touched).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { buildWithBrokenChapter, removeBrokenBuilds } from '../support/broken-build';

afterAll(removeBrokenBuilds);

describe('astro build on a broken chapter', () => {
  test('fails on a wrong frontmatter field, naming the chapter file, the field, what was found and what was expected', () => {
    const { status, output } = buildWithBrokenChapter('inter-clustering', (s) => s.replace(/^theme: cooperation$/m, 'theme: cooperaton'));
    expect(status).not.toBe(0);
    expect(output).toContain('chapters → inter-clustering');
    expect(output).toContain('theme: found "cooperaton"; expected one of: strategy, entrepreneurship, industry, policy, cooperation, crisis');
    expect(output).toMatch(/content\/chapters\/inter-clustering\.mdx/);
  }, 300_000);

  test('fails on a wrong component prop, naming the chapter file and line, the prop, what was found and what was expected', () => {
    const { status, output } = buildWithBrokenChapter('inter-clustering', (s) => s.replace('<Stat value={1500}', '<Stat value="1500"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/inter-clustering\.mdx:\d+:1 <Stat> prop "value": found "1500"; expected a number in braces, e\.g\. value=\{134\.6\}/);
  }, 300_000);

  test('fails on a script in a chapter, naming the chapter file and line and what was found', () => {
    const { status, output } = buildWithBrokenChapter('policies', (s) => `${s}\n<script>alert('hello')</script>\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/policies\.mdx:\d+:1 found a <script> element; expected text, Markdown and the author components/);
  }, 300_000);
});
