/** The chapters convey the seed in our own words: no seed sentence and no 8-word run of it in any chapter file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedSentences, sharedRuns, verbatimSentences } from '../support/verbatim';

const SEED = readFileSync('tests/fixtures/content/seed/report-main-messages.txt', 'utf8');
const CHAPTERS = 'content/chapters';
const files = readdirSync(CHAPTERS).filter((f) => f.endsWith('.mdx')).sort();

describe.each(files)('%s', (file) => {
  const text = readFileSync(path.join(CHAPTERS, file), 'utf8');

  test('contains no sentence of the seed verbatim', () => {
    expect(verbatimSentences(SEED, text)).toEqual([]);
  });

  test('shares no run of 8 or more consecutive words with the seed', () => {
    expect(sharedRuns(SEED, text)).toEqual([]);
  });
});

test('the seed splits into its 42 sentences of 8 words or more', () => {
  expect(seedSentences(SEED)).toHaveLength(42);
});
