/**
 * No chapter promises data or text instead of giving it (issue 14, item 4). The built pages are
 * checked against the same list in tests/e2e/report-coverage.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderPhrases, pluralSlips } from '../support/placeholder-phrases';

const DIR = path.resolve('content/chapters');

describe('placeholderPhrases', () => {
  it('finds the phrases of the list, whatever the case and line breaks', () => {
    expect(placeholderPhrases('Indicators appear once their files are added;\nuntil then the regions show no data.')).toEqual(['until then', 'once their files are added', 'appear once']);
    expect(placeholderPhrases('Regional data from Eurostat, once LOADED, will let readers test it.')).toEqual(['once loaded', 'will let readers']);
  });

  it("finds the editors' record and instructions that readers must not see", () => {
    expect(placeholderPhrases('Founding member | checked confirmed: listed on the history page')).toEqual(['| checked', 'checked confirmed']);
    expect(placeholderPhrases('Walloon competitiveness cluster (verify address). Named a partner - confirm membership.')).toEqual(['(verify', 'verify address', 'confirm membership']);
    expect(placeholderPhrases('The president was confirmed in July; the editors checked the page.')).toEqual([]);
  });

  it('passes ordinary prose, definitions and words that merely contain a phrase', () => {
    expect(placeholderPhrases('A placeholder to show how a chart works. Not yet confirmed against a primary source. TODOs, stubborn.')).toEqual([]);
  });
});

describe('pluralSlips', () => {
  it('finds a count of one with a plural noun, and only that', () => {
    expect(pluralSlips('Cyprus: 1 clusters. Malta: 2 clusters.')).toEqual(['1 clusters']);
    expect(pluralSlips('France: 41 clusters, 1 cluster in Cyprus, 2.1 regions, 1,1 links')).toEqual([]);
  });
});

describe('chapters as written', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort()) {
    it(`content/chapters/${file} holds no placeholder wording`, () => {
      expect(placeholderPhrases(readFileSync(path.join(DIR, file), 'utf8'))).toEqual([]);
    });
  }
});
