import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';

describe('countWords', () => {
  it.each([
    ['plain prose', 'Clusters join firms, research and skills.', 6],
    ['frontmatter is not read', '---\ntitle: A long title here\norder: 1\n---\nTwo words', 2],
    ['MDX import/export lines and JSX tags are not words', "import X from './x';\n<MapView view=\"overview\" />\nOne two three", 3],
    ['link targets are dropped, link text counts', 'See [Data & sources](../../data/) now', 4],
    ['footnote marks and definition labels are dropped', 'A claim.[^1]\n\n[^1]: Source text here.', 5],
    ['Markdown emphasis and headings do not split or add words', '## Why **clusters** _matter_', 3],
    ['numbers, accents and apostrophes stay whole', "Europe's 134.6 bn in Malmö", 5],
  ])('countWords counts %s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('readingMinutes rounds up to whole minutes', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2);
  });
  it('readingMinutes is at least 1 for an empty chapter', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
