import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvwMetadata, neutraliseFormula, toCsv, type CsvColumn } from '../../src/lib/csv-export';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+33 4 76', `'+33 4 76`],
    ['-cmd', `'-cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTab', `'\tTab`],
    ['\rCR', `'\rCR`],
    ['Aerospace Valley', 'Aerospace Valley'],
    ['a=b', 'a=b'],
  ])('turns %j into %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [-3.5, '-3.5'],
    [Number.NaN, ''],
    [true, 'true'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=1+1', `'=1+1`],
    ['=1,2', `"'=1,2"`],
  ] as const)('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const columns: CsvColumn<{ name: string; n: number | null }>[] = [
    { name: 'name', title: 'Name', datatype: 'string', value: (r) => r.name },
    { name: 'n', title: 'Count', datatype: 'integer', value: (r) => r.n },
  ];

  it('writes a BOM, a header and CRLF-terminated rows', () => {
    expect(toCsv([{ name: 'Minalogic', n: 3 }, { name: '-x', n: null }], columns)).toBe(`${BOM}name,n\r\nMinalogic,3\r\n'-x,\r\n`);
  });

  it('describes the columns, title, licence and vintage in CSVW metadata', () => {
    const meta = csvwMetadata('x.csv', { title: 'T', description: 'D', vintage: '2026-11-20', licence: 'CC BY 4.0', sources: [], page: 'https://a/maps/x/' }, columns) as Record<string, unknown>;
    expect(meta['url']).toBe('x.csv');
    expect(meta['dc:license']).toBe('CC BY 4.0');
    expect(meta['dc:modified']).toBe('2026-11-20');
    expect(meta['tableSchema']).toEqual({ columns: [{ name: 'name', titles: 'Name', datatype: 'string' }, { name: 'n', titles: 'Count', datatype: 'integer' }] });
  });
});
