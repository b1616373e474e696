/**
 * `npm run build:probe` — builds the probe site: the real site plus the hostile rows of
 * tests/fixtures/xss-probe/ (see its README), for the XSS e2e tests.
 *
 * 1. Copy data/ to a temporary folder and append the probe rows to each CSV (columns by name).
 * 2. Run the pipeline on it (DATA_DIR) into a temporary public folder (DATA_OUT).
 * 3. Build the site from that public folder (PUBLIC_DIR, DATA_OUT) into PROBE_OUT_DIR
 *    (default `<OUT_DIR>-probe`), then index it with Pagefind, as `npm run build` does.
 * The real public/data/ and OUT_DIR are never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

export const PROBE_DIR = 'tests/fixtures/xss-probe';

/** A CSV field, quoted when it holds a delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `base` (a CSV text with header) with the rows of `extra` appended, each value placed under the
 * column of the same name; a column `base` lacks is an error (the probe would silently lose it).
 */
export function appendRows(base: string, extra: string, label: string): string {
  const header = Papa.parse<string[]>(base.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  const parsed = Papa.parse<Record<string, string>>(extra, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${label}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  const unknown = (parsed.meta.fields ?? []).filter((f) => !header.includes(f));
  if (unknown.length > 0) throw new Error(`${label}: columns ${unknown.join(', ')} are not in the real file's header (${header.join(', ')})`);
  const lines = parsed.data.map((row) => header.map((column) => csvField(row[column] ?? '')).join(','));
  return `${base.replace(/\s*$/, '')}\n${lines.join('\n')}\n`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

function main(): void {
  const outDir = resolve(process.env['PROBE_OUT_DIR'] ?? `${resolve(process.env['OUT_DIR'] ?? 'dist')}-probe`);
  const work = mkdtempSync(join(tmpdir(), 'cluster-atlas-probe-'));
  try {
    const dataDir = join(work, 'data');
    const publicDir = join(work, 'public');
    cpSync('data', dataDir, { recursive: true });
    for (const file of readdirSync(PROBE_DIR).filter((f) => f.endsWith('.csv')).sort()) {
      const target = join(dataDir, file);
      if (!existsSync(target)) throw new Error(`${PROBE_DIR}/${file}: data/${file} does not exist to append to`);
      writeFileSync(target, appendRows(readFileSync(target, 'utf8'), readFileSync(join(PROBE_DIR, file), 'utf8'), `${PROBE_DIR}/${file}`));
    }
    cpSync('public', publicDir, { recursive: true, filter: (src) => resolve(src) !== resolve('public/data') });
    const env = { DATA_DIR: dataDir, DATA_OUT: join(publicDir, 'data'), PUBLIC_DIR: publicDir, OUT_DIR: outDir };
    console.log(`Probe site: data ${dataDir} → ${outDir}`);
    run('tsx', ['scripts/build-data.ts'], env);
    run('astro', ['build'], env);
    run('pagefind', ['--site', outDir, '--quiet'], env);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
