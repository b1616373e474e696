/**
 * Reading the input folder (the only file-system reads of the pipeline, apart from the gazetteer).
 *
 * Required in DATA_DIR: clusters.csv.
 * Optional (absent = none): networks.csv, network_members.csv, links.csv, indicators_catalogue.csv, raw/,
 * eurostat_files.csv.
 * Shared (absent = the project's own data/ copy): geo/*.topo.json, sources.csv and nuts/ — so a test or
 * probe folder only needs the rows it is about.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';

export interface TextFile {
  /** Path shown in messages (relative to the working directory). */
  path: string;
  text: string;
  /** Set when the bytes are not UTF-8: where the first bad byte is and what it is (text is then ''). */
  notUtf8?: { line: number; column: number; found: string };
}

export interface Inputs {
  clusters: TextFile | null;
  networks: TextFile | null;
  members: TextFile | null;
  links: TextFile | null;
  catalogue: TextFile | null;
  sources: TextFile | null;
  geo: { countries: TextFile | null; nuts2: TextFile | null };
  /** Eurostat downloads; `code` is the dataset code taken from the file name (used for TSV). */
  raw: (TextFile & { code: string })[];
  /** Other files found in raw/ (reported: an editor expects every dropped file to be used). */
  rawOther: string[];
  /** Provenance of the raw files (data/eurostat_files.csv); absent = NUTS versions detected, vintage unknown. */
  eurostatFiles: TextFile | null;
  /** NUTS history sheets (nuts/official/*.csv) and the correspondence (nuts/nuts2_to_2021.csv). */
  nuts: { sheets: TextFile[]; correspondence: TextFile | null };
}

export const DEFAULT_DATA_DIR = 'data';
export const RAW_PATTERN = /^([a-z0-9_]+)\.(tsv|csv|sdmx\.csv)(\.gz)?$/;

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
 * (TextDecoder's fatal mode says only that the text is bad, not where.)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Where the first bad byte is, as line and column of the text before it, and what it is. */
function describeInvalid(bytes: Uint8Array, at: number): NonNullable<TextFile['notUtf8']> {
  const before = new TextDecoder().decode(bytes.subarray(0, at));
  const lines = before.split('\n');
  const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`;
  const found = `the byte ${hex(bytes[at]!)}${bytes[at + 1] === undefined ? '' : ` (before ${hex(bytes[at + 1]!)})`}, which is not UTF-8 — the file looks like Latin-1 or Windows-1252`;
  return { line: lines.length, column: lines.at(-1)!.length + 1, found };
}

function read(path: string): TextFile | null {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
  const shown = relative(process.cwd(), path) || path;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { path: shown, text: '', notUtf8: describeInvalid(bytes, bad) };
  return { path: shown, text: bytes.toString('utf8') };
}

function readNuts(dir: string, fallback: string): Inputs['nuts'] {
  const base = existsSync(join(dir, 'nuts')) ? join(dir, 'nuts') : join(fallback, 'nuts');
  const official = join(base, 'official');
  const names = existsSync(official) ? readdirSync(official).filter((n) => n.endsWith('.csv')).sort() : [];
  return { sheets: names.flatMap((n) => read(join(official, n)) ?? []), correspondence: read(join(base, 'nuts2_to_2021.csv')) };
}

export function readInputs(dataDir: string, defaultDir = DEFAULT_DATA_DIR): Inputs {
  const dir = resolve(dataDir);
  const fallback = resolve(defaultDir);
  const shared = (name: string) => read(join(dir, name)) ?? read(join(fallback, name));
  const rawDir = join(dir, 'raw');
  const names = existsSync(rawDir) ? readdirSync(rawDir).sort() : [];
  const raw = names.flatMap((name) => {
    const m = RAW_PATTERN.exec(name);
    const file = m ? read(join(rawDir, name)) : null;
    return file ? [{ ...file, code: m![1]! }] : [];
  });
  const rawOther = names
    .filter((name) => !RAW_PATTERN.test(name) && !name.startsWith('.') && name !== 'README.md')
    .map((name) => relative(process.cwd(), join(rawDir, name)));
  return {
    clusters: read(join(dir, 'clusters.csv')),
    networks: read(join(dir, 'networks.csv')),
    members: read(join(dir, 'network_members.csv')),
    links: read(join(dir, 'links.csv')),
    catalogue: read(join(dir, 'indicators_catalogue.csv')),
    sources: shared('sources.csv'),
    geo: { countries: shared('geo/countries.topo.json'), nuts2: shared('geo/nuts2.topo.json') },
    raw,
    rawOther,
    eurostatFiles: read(join(dir, 'eurostat_files.csv')),
    nuts: readNuts(dir, fallback),
  };
}
