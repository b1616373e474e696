import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { formatProblem } from '../../scripts/lib/problems.ts';

const parse = (text: string) => {
  const { table, problems } = parseCsv('t.csv', text);
  return { header: table.header.map((c) => c.value), rows: table.rows.map((r) => r.cells.map((c) => c.value)), problems: problems.map(formatProblem), table };
};

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const r = parse('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(r.rows).toEqual([['x, y', 'say "hi"'], ['two\nlines', 'z']]);
    expect(r.problems).toEqual([]);
  });

  it('records the line and column where every cell starts', () => {
    const { table } = parse('id,name\n"a\nb",c\nd,e\n');
    expect(table.rows.map((r) => r.cells.map((c) => [c.line, c.column]))).toEqual([[[2, 1], [3, 4]], [[4, 1], [4, 3]]]);
  });

  it('strips a leading byte-order mark so the first column keeps its name', () => {
    expect(parse('\uFEFFid,name\n1,x\n').header).toEqual(['id', 'name']);
  });

  it('reads CRLF files like LF files, also inside quoted cells', () => {
    expect(parse('a,b\r\n"1\r\n2",3\r\n')).toMatchObject({ rows: [['1\n2', '3']], problems: [] });
  });

  it('skips blank lines and a missing final newline', () => {
    expect(parse('a\n1\n\n2').rows).toEqual([['1'], ['2']]);
  });

  it('rejects a ; delimited file at the first semicolon', () => {
    expect(parse('id;name\n1;x\n').problems).toEqual(['t.csv:1:3 — found `;` as the delimiter, expected `,` between columns (save as "CSV UTF-8, comma delimited")']);
  });

  it('rejects a quote inside an unquoted cell and text after a closing quote', () => {
    expect(parse('a,b\nab"c,"d"e\n').problems).toEqual([
      't.csv:2:3 — found a `"` inside an unquoted cell, expected the whole cell in quotes with inner quotes doubled (`""`)',
      't.csv:2:9 — found "e" after a closing quote, expected a `,` or the end of the line',
    ]);
  });

  it('rejects a stray byte-order mark and a lone carriage return inside the text', () => {
    expect(parse('a,b\n1,\uFEFFx\r2,3\n').problems).toEqual([
      't.csv:2:3 — found a byte-order mark inside the file, expected plain text (was a file pasted into another?)',
      't.csv:2:5 — found a carriage return without a line feed, expected LF or CRLF line ends',
    ]);
  });

  it('reports ragged rows at the extra cell or after the last cell', () => {
    expect(parse('a,b,c\n1,2,3,4\n1,2\n').problems).toEqual([
      't.csv:2:7 — found 4 cells, expected 3 cells as in the header (unquoted comma in a value?)',
      't.csv:3:4 — found 2 cells, expected 3 cells as in the header (row cut short?)',
    ]);
  });

  it('reports an empty or whitespace-only file', () => {
    expect(parse('').problems).toEqual(['t.csv:1:1 — found an empty file, expected a header line followed by data rows']);
    expect(parse(' \n\n').problems).toHaveLength(1);
  });
});
