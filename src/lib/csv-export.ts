/**
 * CSV for the downloads: RFC 4180 (comma, CRLF line ends, double quotes doubled), UTF-8 with a
 * byte-order mark so that spreadsheet programs read accents correctly, and text cells that a
 * spreadsheet would run as a formula neutralised.
 *
 * Why the formula guard: a cell starting with = + - @ (or tab / carriage return, which some
 * programs skip before reading a formula) is executed by Excel, LibreOffice and Google Sheets
 * ("CSV injection", OWASP). Cluster names and sources come from editors and outside lists, so
 * such text cells get a leading apostrophe, which the spreadsheet shows as text. Number cells are
 * written as numbers and are not touched (-3.5 stays a number).
 *
 * Each column also describes itself for the CSVW metadata sidecar (W3C "Metadata Vocabulary for
 * Tabular Data"), which carries title, source, licence and vintage beside the file.
 */

export type CsvValue = string | number | boolean | null;

export interface CsvColumn<T> {
  /** Machine name, the CSV header: snake_case, stable across releases. */
  readonly name: string;
  /** One line for people: what the column holds, with its unit. */
  readonly title: string;
  readonly datatype: 'string' | 'number' | 'integer' | 'boolean';
  readonly value: (row: T) => CsvValue;
}

/** Characters that make a spreadsheet treat a text cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a text cell that would be read as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: null → empty, numbers as JS prints them, text guarded and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** A whole CSV file: BOM, header row of column names, one row per item, CRLF after every row. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** File-level facts that travel with every download. */
export interface DownloadMeta {
  readonly title: string;
  readonly description: string;
  /** Data vintage (ISO date of the newest input). */
  readonly vintage: string;
  readonly licence: string;
  /** The sources the rows come from (each row also names its own). */
  readonly sources: readonly { readonly name: string; readonly licence: string; readonly url: string | null }[];
  /** Absolute URL of the page that shows the data. */
  readonly page: string;
}

/** CSVW metadata for a CSV file (`<file>.csv-metadata.json`, the standard's own naming). */
export function csvwMetadata<T>(fileName: string, meta: DownloadMeta, columns: readonly CsvColumn<T>[]): object {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: fileName,
    'dc:title': meta.title,
    'dc:description': meta.description,
    'dc:modified': meta.vintage,
    'dc:license': meta.licence,
    'dc:source': meta.sources.map((s) => ({ name: s.name, licence: s.licence, url: s.url })),
    'dc:relation': meta.page,
    dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true },
    tableSchema: {
      columns: columns.map((c) => ({ name: c.name, titles: c.title, datatype: c.datatype })),
    },
  };
}
