/**
 * Byte budgets of the production build, checked statically (bytes are deterministic; no
 * timing). Run after the build: `OUT_DIR=dist BASE_PATH=/ tsx scripts/check-budgets.ts`.
 * Prints a table and exits 1 naming each offending page, file and number.
 *
 * Budgets (brotli, quality 11, as a static host precompresses):
 * - a page without a map ships 0 B of JavaScript, except two whose script is a feature: the search page
 *   (Pagefind) and the regions index (/regions/), whose table sorting script may take ≤ 2 KiB — its
 *   table is whole and readable without it;
 * - a map page's own JavaScript beyond MapLibre, charts included: ≤ 35 KiB;
 * - the data a map page's default view loads: ≤ 150 KiB;
 * - all CSS of the site together (every distinct stylesheet or inline <style> block some page loads,
 *   including the map's stylesheet its script loads; Pagefind's unused UI sheets do not count): ≤ 20 KiB.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DistReader, kib, sum, type Asset, type PageAssets } from './lib/dist-pages.ts';

export const BUDGETS = {
  textPageJs: 0,
  /** The regions index's sortable table (src/features/regions/sort-table.ts). */
  sortTableJs: 2 * 1024,
  /** With the charts (issue 12 allows 35 KiB for a map page that draws them). */
  mapAppJs: 35 * 1024,
  mapData: 150 * 1024,
  totalCss: 20 * 1024,
} as const;

export interface BudgetResult {
  budget: string;
  limit: number;
  /** The largest measured value and where it was measured. */
  worst: number;
  where: string;
  /** One line per offence: page, file(s) and numbers. */
  offences: string[];
}

const files = (assets: Asset[]): string =>
  assets.map((a) => `${a.file} ${a.raw} B (${a.br} B br)`).join(', ') || '—';

function perPage(
  budget: string,
  limit: number,
  pages: PageAssets[],
  measureOf: (p: PageAssets) => Asset[],
  key: 'raw' | 'br',
): BudgetResult {
  let worst = 0;
  let where = pages.length === 0 ? 'no page of this kind' : pages[0]?.route ?? '';
  const offences: string[] = [];
  for (const page of pages) {
    const assets = measureOf(page);
    const total = sum(assets, key);
    if (total > worst) [worst, where] = [total, page.route];
    if (total > limit) offences.push(`${page.route}: ${total} B > ${limit} B — ${files(assets)}`);
  }
  return { budget, limit, worst, where, offences };
}

/** All budgets over the pages of a build. */
export function checkBudgets(reader: DistReader): BudgetResult[] {
  const pages = reader.pages();
  const textPages = pages.filter((p) => !p.hasMap && p.type !== 'search' && p.type !== 'region-index');
  const regionIndex = pages.filter((p) => p.type === 'region-index');
  const mapPages = pages.filter((p) => p.hasMap);

  // Total CSS: each stylesheet file once, and each distinct inline block once.
  const css = distinctCss(pages);
  const totalCss = sum(css);

  const results = [
    perPage('JavaScript on a text page (raw bytes)', BUDGETS.textPageJs, textPages, (p) => p.appJs.concat(p.maplibreJs), 'raw'),
    perPage('regions index: table sorting JavaScript (br)', BUDGETS.sortTableJs, regionIndex, (p) => p.appJs.concat(p.maplibreJs), 'br'),
    perPage('map page: app JavaScript beyond MapLibre (br)', BUDGETS.mapAppJs, mapPages, (p) => p.appJs, 'br'),
    perPage('map page: default map data (br)', BUDGETS.mapData, mapPages, (p) => p.data, 'br'),
    {
      budget: 'total CSS of the site (br)',
      limit: BUDGETS.totalCss,
      worst: totalCss,
      where: `${css.length} stylesheets`,
      offences: totalCss > BUDGETS.totalCss ? [`all CSS: ${totalCss} B > ${BUDGETS.totalCss} B — ${files(css)}`] : [],
    },
  ];
  // A map page whose MapLibre could not be told apart would pass the app-JS budget unfairly
  // (or fail it wrongly): say so instead.
  for (const page of mapPages) {
    if (page.maplibreJs.length === 0) {
      results[2]?.offences.push(`${page.route}: no MapLibre chunk found among ${files(page.appJs)} — cannot separate app JavaScript`);
    }
    if (page.data.length === 0) {
      results[3]?.offences.push(`${page.route}: the map root's data-config names no .json data file`);
    }
  }
  return results;
}

/** The CSS that some page loads (linked, inline or loaded by its scripts), each distinct content once. */
function distinctCss(pages: PageAssets[]): Asset[] {
  const seen = new Map<string, Asset>();
  for (const page of pages) for (const sheet of page.css) if (!seen.has(sheet.sha256)) seen.set(sheet.sha256, sheet);
  return [...seen.values()];
}

function table(results: BudgetResult[], pageCount: number): string {
  const rows = results.map((r) => [
    r.offences.length === 0 ? 'ok  ' : 'FAIL',
    r.budget,
    r.limit === 0 ? '0 B' : kib(r.limit),
    r.worst < 1024 ? `${r.worst} B` : kib(r.worst),
    r.where,
  ]);
  const head = ['', 'budget', 'limit', 'largest', 'where'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [`Byte budgets over ${pageCount} pages`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function main(): void {
  const dir = resolve(process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(dir)) {
    console.error(`No build at ${dir}: run \`npm run build\` first (or set OUT_DIR).`);
    process.exit(1);
  }
  const reader = new DistReader(dir, process.env['BASE_PATH'] ?? '/');
  const results = checkBudgets(reader);
  console.log(table(results, reader.pages().length));
  const offences = results.flatMap((r) => r.offences.map((o) => `${r.budget}: ${o}`));
  if (offences.length > 0) {
    console.error(`\n${offences.length} budget offence(s):\n${offences.map((o) => `  - ${o}`).join('\n')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
