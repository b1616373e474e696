/**
 * No chapter promises data or text instead of giving it (issue 14, item 4). The built pages are
 * checked against the same list in tests/e2e/report-coverage.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderPhrases } from '../support/placeholder-phrases';

const DIR = path.resolve('content/chapters');

describe('placeholderPhrases', () => {
  it('finds the phrases of the list, whatever the case and line breaks', () => {
    expect(placeholderPhrases('Indicators appear once their files are added;\nuntil then the regions show no data.')).toEqual(['until then', 'once their files are added', 'appear once']);
    expect(placeholderPhrases('Regional data from Eurostat, once LOADED, will let readers test it.')).toEqual(['once loaded', 'will let readers']);
  });

  it('passes ordinary prose, definitions and words that merely contain a phrase', () => {
    expect(placeholderPhrases('A placeholder to show how a chart works. Not yet confirmed against a primary source. TODOs, stubborn.')).toEqual([]);
  });
});

describe('chapters as written', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort()) {
    it(`content/chapters/${file} holds no placeholder wording`, () => {
      expect(placeholderPhrases(readFileSync(path.join(DIR, file), 'utf8'))).toEqual([]);
    });
  }
});
