import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';
import { checkUrl, readTable } from '../../scripts/lib/table.ts';

function rows(text: string, spec = { required: ['id'], optional: ['n', 'url', 'kind', 'tags'] }) {
  const problems: Problem[] = [];
  const { rows } = readTable(parseCsv('t.csv', text).table, spec, problems);
  return { rows, problems: () => problems.map(formatProblem) };
}

describe('readTable', () => {
  it('reports a missing, an unknown (with a suggestion) and a duplicate column', () => {
    expect(rows('idd,n,n\n1,2,3\n', { required: ['id'], optional: ['n'] }).problems()).toEqual([
      't.csv:1:1 — found an unknown column "idd" (did you mean "id"?), expected one of id, n',
      't.csv:1:7 — found a second column "n", expected each column name once',
      't.csv:1:8 — found no column "id", expected the columns id',
    ]);
  });

  it('number() accepts plain decimals and rejects NaN, Infinity, exponents, commas and out-of-range values', () => {
    const t = rows('id,n\na,12.5\nb,NaN\nc,Infinity\nd,1e3\ne,"1,5"\nf,101\ng,\n');
    const got = t.rows.map((r) => r.number('n', { min: 0, max: 100 }));
    expect(got).toEqual([12.5, null, null, null, null, null, null]);
    expect(t.problems()).toHaveLength(5);
    expect(t.problems()[4]).toBe('t.csv:7:3 — found 101, expected a decimal number (with `.`) from 0 to 100');
  });

  it('number({integer}) rejects decimals', () => {
    const t = rows('id,n\na,2009.5\n');
    expect(t.rows[0]!.number('n', { min: 0, max: 3000, integer: true })).toBeNull();
    expect(t.problems()).toEqual(['t.csv:2:3 — found "2009.5", expected a whole number from 0 to 3000']);
  });

  it('oneOf() and list() check values against their vocabularies', () => {
    const t = rows('id,kind,tags\na,x,p|q\nb,z,p||r\n');
    expect(t.rows.map((r) => r.oneOf('kind', ['x', 'y'] as const))).toEqual(['x', null]);
    expect(t.rows.map((r) => r.list('tags', new Set(['p', 'q'])))).toEqual([['p', 'q'], ['p']]);
    expect(t.problems()).toEqual([
      't.csv:3:3 — found "z", expected one of x, y',
      't.csv:3:5 — found "p||r", expected values separated by single `|`',
      't.csv:3:5 — found "r", expected a known value (see data/README.md)',
    ]);
  });

  it('text({required}) reports an empty cell at its position', () => {
    const t = rows('id,n\n,1\n');
    expect(t.rows[0]!.text('id', { required: true })).toBeNull();
    expect(t.problems()).toEqual(['t.csv:2:1 — found an empty cell, expected a value in "id"']);
  });
});

describe('checkUrl', () => {
  const check = (u: string, opts: { https?: boolean } = {}) => {
    const out: string[] = [];
    const v = checkUrl(u, (found, expected) => out.push(`${found} / ${expected}`), opts);
    return { v, out };
  };
  it('keeps http and https URLs, normalised', () => {
    expect(check('https://Example.org/a b').v).toBe('https://example.org/a%20b');
    expect(check('http://example.org').v).toBe('http://example.org/');
  });
  it('percent-encodes markup in the path so it cannot leave an attribute', () => {
    expect(check('https://example.org/"><script>').v).toBe('https://example.org/%22%3E%3Cscript%3E');
  });
  it('rejects javascript:, data:, mailto:, relative URLs and URLs with credentials', () => {
    for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'www.example.org', '/path', 'https://user:pw@example.org/']) {
      expect(check(u).v, u).toBeNull();
      expect(check(u).out, u).toHaveLength(1);
    }
  });
  it('rejects a URL holding an HTML entity such as a literal &amp; copied from page source', () => {
    expect(check('https://example.org/?t=news&amp;year=2015').out).toEqual([
      '"https://example.org/?t=news&amp;year=2015" with the HTML entity "&amp;" / the URL as the address bar shows it (& for &amp;)',
    ]);
    expect(check('https://example.org/a&#38;b').v).toBeNull();
    expect(check('https://example.org/?t=news&year=2015').v).toBe('https://example.org/?t=news&year=2015');
  });
  it('with https, rejects an http URL and keeps an https one', () => {
    expect(check('http://example.org/', { https: true }).out).toEqual(['"http://example.org/" with the scheme "http:" / an https:// URL']);
    expect(check('https://example.org/', { https: true }).v).toBe('https://example.org/');
  });
});
