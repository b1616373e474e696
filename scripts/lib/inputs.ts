/**
 * Reading the input folder (the only file-system reads of the pipeline, apart from the gazetteer).
 *
 * Required in DATA_DIR: clusters.csv.
 * Optional (absent = none): networks.csv, network_members.csv, links.csv, indicators_catalogue.csv, raw/.
 * Shared (absent = the project's own data/ copy): geo/*.topo.json and sources.csv — so a test or
 * probe folder only needs the rows it is about.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';

export interface TextFile {
  /** Path shown in messages (relative to the working directory). */
  path: string;
  text: string;
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
}

export const DEFAULT_DATA_DIR = 'data';
export const RAW_PATTERN = /^([a-z0-9_]+)\.(tsv|csv|sdmx\.csv)(\.gz)?$/;

function read(path: string): TextFile | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return { path: relative(process.cwd(), path) || path, text };
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
  };
}
