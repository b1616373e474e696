/**
 * Typed, position-aware access to the rows of a parsed CSV.
 *
 * A `TableSpec` lists the columns a file must have and may have. `readTable` checks the header
 * (missing, unknown/renamed, duplicate columns) and hands out one `RowReader` per row whose
 * getters convert a cell and, on failure, record a problem at that cell and return null — so one
 * pass finds every problem in a file.
 */
import type { Cell, CsvTable } from './csv.ts';
import { type Position, type Problem, quote } from './problems.ts';

export interface TableSpec {
  required: readonly string[];
  optional?: readonly string[];
}

/** Edit distance, to suggest the intended header for a misspelt one. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

export interface RowReader {
  line: number;
  /** Position of a column's cell in this row. */
  at(column: string): Position;
  /** Raw text of a cell, trimmed; '' when the column is absent. */
  raw(column: string): string;
  text(column: string, opts?: { required?: boolean; pattern?: RegExp; patternText?: string }): string | null;
  number(column: string, opts: { min: number; max: number; integer?: boolean; required?: boolean; unit?: string }): number | null;
  oneOf<T extends string>(column: string, allowed: readonly T[], opts?: { required?: boolean }): T | null;
  /** `|`-separated list, each item checked against `allowed` when given. */
  list(column: string, allowed?: ReadonlySet<string>, what?: string): string[];
  /** An absolute http(s) URL (https only with `https`), normalised by the WHATWG URL parser; anything else is a problem. */
  url(column: string, opts?: { required?: boolean; https?: boolean }): string | null;
  problem(column: string, found: string, expected: string): void;
}

export function readTable(
  table: CsvTable,
  spec: TableSpec,
  problems: Problem[],
): { rows: RowReader[]; ok: boolean } {
  const { file } = table;
  // No header at all: an absent optional file, or an empty one (already reported by parseCsv).
  if (table.header.length === 0) return { rows: [], ok: true };
  const before = problems.length;
  const index = new Map<string, Cell>();
  const known = [...spec.required, ...(spec.optional ?? [])];
  for (const cell of table.header) {
    const name = cell.value.trim();
    if (index.has(name)) {
      problems.push({ file, line: cell.line, column: cell.column, found: `a second column ${quote(name)}`, expected: 'each column name once' });
      continue;
    }
    index.set(name, cell);
    if (!known.includes(name)) {
      const close = known.filter((k) => !table.header.some((c) => c.value.trim() === k)).sort((a, b) => distance(name, a) - distance(name, b))[0];
      const hint = close !== undefined && distance(name, close) <= Math.max(2, close.length / 3) ? ` (did you mean ${quote(close)}?)` : '';
      problems.push({
        file, line: cell.line, column: cell.column,
        found: `an unknown column ${quote(name)}${hint}`,
        expected: `one of ${known.join(', ')}`,
      });
    }
  }
  const headerLine = table.header[0]?.line ?? 1;
  for (const name of spec.required) {
    if (!index.has(name)) {
      const last = table.header[table.header.length - 1];
      problems.push({
        file, line: headerLine, column: last ? last.column + last.value.length : 1,
        found: `no column ${quote(name)}`, expected: `the columns ${spec.required.join(', ')}`,
      });
    }
  }
  if (problems.length > before) return { rows: [], ok: false };

  const col = new Map<string, number>();
  table.header.forEach((c, i) => col.set(c.value.trim(), i));
  const rows: RowReader[] = table.rows.map((row) => new Row(file, row.line, row.cells, col, problems));
  return { rows, ok: true };
}

/**
 * One row's reader. A class rather than a bag of closures: at 100,000 rows, per-row closures cost
 * seconds of allocation and garbage collection.
 */
class Row implements RowReader {
  constructor(
    private readonly file: string,
    readonly line: number,
    private readonly cells: Cell[],
    private readonly col: Map<string, number>,
    private readonly problems: Problem[],
  ) {}

  private cellOf(column: string): Cell | undefined {
    const i = this.col.get(column);
    return i === undefined ? undefined : this.cells[i];
  }

  at(column: string): Position {
    const c = this.cellOf(column);
    if (c) return { file: this.file, line: c.line, column: c.column };
    const last = this.cells[this.cells.length - 1];
    return { file: this.file, line: this.line, column: last ? last.column + last.value.length : 1 };
  }

  problem(column: string, found: string, expected: string): void {
    const p = this.at(column);
    this.problems.push({ file: this.file, line: p.line, column: p.column, found, expected });
  }

  raw(column: string): string {
    return (this.cellOf(column)?.value ?? '').trim();
  }

  private missing(column: string): void {
    this.problem(column, 'an empty cell', `a value in ${quote(column)}`);
  }

  text(column: string, opts: { required?: boolean; pattern?: RegExp; patternText?: string } = {}): string | null {
    const v = this.raw(column);
    if (v === '') {
      if (opts.required) this.missing(column);
      return null;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.problem(column, quote(v), opts.patternText ?? `text matching ${opts.pattern}`);
      return null;
    }
    return v;
  }

  number(column: string, { min, max, integer = false, required = false, unit = '' }: { min: number; max: number; integer?: boolean; required?: boolean; unit?: string }): number | null {
    const v = this.raw(column);
    if (v === '') {
      if (required) this.missing(column);
      return null;
    }
    // Plain decimal notation only: rejects NaN, Infinity, hex, "1e400", thousands separators, decimal commas.
    const ok = integer ? /^-?\d+$/.test(v) : /^-?\d+(\.\d+)?$/.test(v);
    const x = ok ? Number(v) : Number.NaN;
    const what = integer ? 'a whole number' : 'a decimal number (with `.`)';
    const range = `${what} from ${min} to ${max}${unit}`;
    if (!Number.isFinite(x)) {
      this.problem(column, quote(v), range);
      return null;
    }
    if (x < min || x > max) {
      this.problem(column, `${v}${unit}`, range);
      return null;
    }
    return x;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], opts: { required?: boolean } = {}): T | null {
    const v = this.raw(column);
    if (v === '') {
      if (opts.required) this.missing(column);
      return null;
    }
    if (!(allowed as readonly string[]).includes(v)) {
      this.problem(column, quote(v), `one of ${allowed.join(', ')}`);
      return null;
    }
    return v as T;
  }

  list(column: string, allowed?: ReadonlySet<string>, what = 'a known value'): string[] {
    const v = this.raw(column);
    if (v === '') return [];
    const out: string[] = [];
    for (const item of v.split('|').map((x) => x.trim())) {
      if (item === '') this.problem(column, quote(v), 'values separated by single `|`');
      else if (allowed && !allowed.has(item)) this.problem(column, quote(item), `${what} (see data/README.md)`);
      else if (!out.includes(item)) out.push(item);
    }
    return out;
  }

  url(column: string, opts: { required?: boolean; https?: boolean } = {}): string | null {
    const v = this.raw(column);
    if (v === '') {
      if (opts.required) this.missing(column);
      return null;
    }
    return checkUrl(v, (found, expected) => this.problem(column, found, expected), opts);
  }
}

/**
 * An HTML character reference such as `&amp;`: a URL copied from page source rather than from the
 * address bar. Browsers would request the literal `&amp;`, so the link breaks; write `&` instead.
 */
const HTML_ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/**
 * Accept only absolute http(s) URLs (only https ones with `https`, for the pages that confirm a
 * row). `javascript:`, `data:`, relative paths, HTML entities and anything that does not parse are
 * rejected: the value would otherwise end up in an `href`.
 */
export function checkUrl(value: string, report: (found: string, expected: string) => void, opts: { https?: boolean } = {}): string | null {
  const schemes = opts.https ? 'an https:// URL' : 'an http:// or https:// URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    report(quote(value), `an absolute ${opts.https ? 'https://' : 'http:// or https://'} URL`);
    return null;
  }
  if (url.protocol !== 'https:' && (opts.https || url.protocol !== 'http:')) {
    report(`${quote(value)} with the scheme ${quote(url.protocol)}`, schemes);
    return null;
  }
  const entity = HTML_ENTITY.exec(value);
  if (entity) {
    report(`${quote(value)} with the HTML entity ${quote(entity[0])}`, `the URL as the address bar shows it (${entity[0] === '&amp;' ? '& for &amp;' : 'the character itself'})`);
    return null;
  }
  if (url.username || url.password) {
    report(`${quote(value)} with credentials`, 'a URL without user name or password');
    return null;
  }
  // The parser percent-encodes quotes, spaces and angle brackets, so the result is safe in an attribute.
  return url.href;
}
