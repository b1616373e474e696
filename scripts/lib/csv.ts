/**
 * A strict CSV reader (RFC 4180) that remembers where every cell starts, so that any later
 * complaint can name `file:line:column`.
 *
 * Accepted as normal encodings of valid CSV: a UTF-8 byte-order mark at the very start (Excel
 * writes one) and CRLF line ends (RFC 4180's own line end). Everything else that is ambiguous is a
 * problem: a `;` or tab delimiter (European Excel; its decimal commas would be misread), quotes that
 * never close, a quote inside an unquoted cell, a stray BOM or lone CR inside the text, rows with
 * more or fewer cells than the header, an empty file.
 */
import { type Problem, quote } from './problems.ts';

export interface Cell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** Line where the row starts. */
  line: number;
  cells: Cell[];
}

export interface CsvTable {
  file: string;
  header: Cell[];
  rows: CsvRow[];
  /** Line after the last row, for "missing row" style messages. */
  endLine: number;
}

const BOM = 0xfeff;
/** Characters that end or spoil an unquoted cell. */
const SPECIAL = /[,\r\n"\uFEFF]/g;

/** Parse; returns the table (possibly partial) and every problem found. */
export function parseCsv(file: string, input: string): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = input.charCodeAt(0) === BOM ? input.slice(1) : input;
  const table: CsvTable = { file, header: [], rows: [], endLine: 1 };
  const at = (line: number, column: number, found: string, expected: string) =>
    problems.push({ file, line, column, found, expected });

  if (text.trim() === '') {
    at(1, 1, 'an empty file', 'a header line followed by data rows');
    return { table, problems };
  }

  const records: CsvRow[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  let cells: Cell[] = [];
  let rowLine = 1;
  const n = text.length;

  while (i <= n) {
    // Start of a cell.
    const cellLine = line;
    const cellCol = col;
    let value = '';
    if (text[i] === '"') {
      i++;
      col++;
      let closed = false;
      while (i < n) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          closed = true;
          break;
        }
        if (ch === '\n') {
          line++;
          col = 1;
        } else col++;
        value += ch;
        i++;
      }
      if (!closed) {
        at(cellLine, cellCol, 'a quote that is never closed (file truncated?)', 'a closing `"` before the end of the file');
        break;
      }
      value = value.replace(/\r\n/g, '\n');
      // After a closing quote only a delimiter or a line end may follow.
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        at(line, col, `${quote(text[i]!)} after a closing quote`, 'a `,` or the end of the line');
        while (i < n && text[i] !== ',' && text[i] !== '\n') {
          i++;
          col++;
        }
      }
    } else {
      // Unquoted cell: jump to the next delimiter, line end or suspicious character.
      const start = i;
      for (;;) {
        SPECIAL.lastIndex = i;
        const m = SPECIAL.exec(text);
        const stop = m ? m.index : n;
        col += stop - i;
        i = stop;
        if (!m || m[0] === ',' || m[0] === '\n' || m[0] === '\r') break;
        if (m[0] === '"') at(line, col, 'a `"` inside an unquoted cell', 'the whole cell in quotes with inner quotes doubled (`""`)');
        else at(line, col, 'a byte-order mark inside the file', 'plain text (was a file pasted into another?)');
        i++;
        col++;
      }
      value = text.slice(start, i);
    }
    cells.push({ value, line: cellLine, column: cellCol });

    // End of cell: delimiter, line end or end of text.
    if (i >= n) {
      records.push({ line: rowLine, cells });
      break;
    }
    const ch = text[i]!;
    if (ch === ',') {
      i++;
      col++;
      continue;
    }
    if (ch === '\r') {
      if (text[i + 1] !== '\n') at(line, col, 'a carriage return without a line feed', 'LF or CRLF line ends');
      i++;
    }
    if (text[i] === '\n') i++;
    records.push({ line: rowLine, cells });
    line++;
    col = 1;
    cells = [];
    rowLine = line;
    if (i >= n) break;
  }
  table.endLine = line;

  // Drop blank lines (a single empty cell) — common at the end of files.
  const nonBlank = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.value === ''));
  const [header, ...rows] = nonBlank;
  if (!header) {
    at(1, 1, 'an empty file', 'a header line followed by data rows');
    return { table, problems };
  }
  table.header = header.cells;
  table.rows = rows;

  // A file written with `;` or tabs reads as a single column whose name contains them.
  if (header.cells.length === 1) {
    const h = header.cells[0]!.value;
    for (const [delim, name] of [[';', '`;`'], ['\t', 'a tab']] as const) {
      if (h.includes(delim)) {
        at(header.line, 1 + h.indexOf(delim), `${name} as the delimiter`, '`,` between columns (save as "CSV UTF-8, comma delimited")');
        return { table: { ...table, rows: [] }, problems };
      }
    }
  }

  const width = header.cells.length;
  for (const row of rows) {
    if (row.cells.length === width) continue;
    const last = row.cells[row.cells.length - 1]!;
    if (row.cells.length > width) {
      const extra = row.cells[width]!;
      at(extra.line, extra.column, `${row.cells.length} cells`, `${width} cells as in the header (unquoted comma in a value?)`);
    } else {
      at(last.line, last.column + last.value.length, `${row.cells.length} cells`, `${width} cells as in the header (row cut short?)`);
    }
  }
  return { table, problems };
}
