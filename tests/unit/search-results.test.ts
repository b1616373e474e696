import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, matchesQuery, queryFromSearch, resultKind } from '../../src/lib/search-results.ts';

describe('excerptSegments', () => {
  it('excerptSegments splits a Pagefind excerpt into plain and marked text', () => {
    expect(excerptSegments('The <mark>Minalogic</mark> cluster in <mark>Grenoble</mark>.')).toEqual([
      { text: 'The ', mark: false },
      { text: 'Minalogic', mark: true },
      { text: ' cluster in ', mark: false },
      { text: 'Grenoble', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('excerptSegments returns escaped markup as text, never as tags', () => {
    expect(excerptSegments('&lt;img src=x onerror=alert(1)&gt; <mark>R&amp;D</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'R&D', mark: true },
    ]);
  });
  it('excerptSegments drops any tag other than <mark> and keeps its text', () => {
    expect(excerptSegments('<b>bold</b> text')).toEqual([{ text: 'bold text', mark: false }]);
  });
});

describe('decodeEntities', () => {
  it('decodeEntities decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&#39;b&#x27;c&quot; &unknown; &#0;')).toBe('"a\'b\'c" &unknown; &#0;');
  });
});

describe('resultKind', () => {
  it.each([
    ['/chapters/policies/', 'Chapter'],
    ['/clusters/minalogic/', 'Cluster'],
    ['/regions/FRK2/', 'Region'],
    ['/about/', 'Page'],
  ])('resultKind(%s) is %s', (path, kind) => {
    expect(resultKind(path)).toBe(kind);
  });
});

describe('queryFromSearch', () => {
  it('queryFromSearch reads and trims ?q=', () => {
    expect(queryFromSearch('?q=%20Minalogic%20')).toBe('Minalogic');
  });
  it('queryFromSearch is empty without q and caps a long query at 200 characters', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch(`?q=${'a'.repeat(500)}`)).toHaveLength(200);
  });
});

describe('matchesQuery', () => {
  const marked = (...words: string[]) => words.flatMap((w) => [{ text: 'x ', mark: false }, { text: w, mark: true }]);

  it.each([
    ['Lyon', ['Lyonbiopôle']],
    ['Milano', ['Milan']],
    ['pole mer', ['Pôle']],
    ['ITC4', ['(ITC4).']],
    ['R&D', ['R']],
  ])('matchesQuery keeps a result when %j highlights %j', (query, words) => {
    expect(matchesQuery(query, marked(...words))).toBe(true);
  });

  it.each([
    ['Bayern', ['BA']],
    ['Bayernqq', ['BA']],
    ['Lombardia', ['Lo']],
  ])('matchesQuery drops a result when %j only highlights %j (a fallback to a short prefix)', (query, words) => {
    expect(matchesQuery(query, marked(...words))).toBe(false);
  });

  it('matchesQuery keeps a result with no highlighted word (matched in its title)', () => {
    expect(matchesQuery('Bayern', [{ text: 'no marks here', mark: false }])).toBe(true);
  });
});
