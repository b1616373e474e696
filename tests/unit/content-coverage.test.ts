/** Every point of issue 3 §1 is covered by its chapter's source file (the e2e suite checks the built pages). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHAPTER_IDS, CHECKLIST, uncovered } from '../support/report-checklist';
import { words } from '../support/verbatim';

const source = (chapter: string) => readFileSync(`content/chapters/${chapter}.mdx`, 'utf8');

describe('the report checklist', () => {
  test('names only the chapters of the report, and each chapter file exists', () => {
    expect(new Set(CHECKLIST.map((p) => p.chapter))).toEqual(new Set(CHAPTER_IDS));
    for (const id of CHAPTER_IDS) expect(existsSync(`content/chapters/${id}.mdx`), id).toBe(true);
  });

  test('is covered, point by point, by the chapter sources', () => {
    expect(uncovered(CHECKLIST, source, words)).toEqual([]);
  });

  test('reports every point of a chapter whose text is missing', () => {
    const missing = uncovered(CHECKLIST, (chapter) => (chapter === 'policies' ? '' : source(chapter)), words);
    expect(missing.map((m) => m.point)).toEqual(CHECKLIST.filter((p) => p.chapter === 'policies').map((p) => p.point));
  });
});
