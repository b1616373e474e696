/**
 * `npm run bench:data` — times the pipeline on synthetic inputs at 1×, 10× and 100× and prints time
 * and peak memory per size. Each size runs in its own child process so its peak RSS is its own.
 *
 * Size 1× ≈ the default dataset: 100 clusters, 1,000 explicit links, 10 networks of 10 members, one
 * Eurostat TSV over every region. 100× = 10,000 clusters and 100,000 explicit links. A fifth of
 * the clusters give only a city (geocoded), the rest coordinates near a NUTS-2 label point.
 * Synthetic files live in a temp folder and are deleted afterwards; nothing here reaches the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './lib/csv.ts';
import { prng } from './lib/prng.ts';
import { readTopoLayer } from './lib/geo.ts';
import { CLUSTER_CATEGORIES } from './lib/vocabulary.ts';

const SCALES = [1, 10, 100];
const CLUSTERS_PER_SCALE = 100;
const LINKS_PER_SCALE = 1000;
const NETWORKS_PER_SCALE = 10;

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function generate(dir: string, scale: number): { clusters: number; links: number } {
  const rand = prng(scale);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const regions = readTopoLayer('nuts2', readFileSync('data/geo/nuts2.topo.json', 'utf8'), 'nuts2', [])!.shapes.filter((s) => !s.outermost);
  const cities = parseCsv('clusters.csv', readFileSync('data/clusters.csv', 'utf8')).table;
  const col = (name: string) => cities.header.findIndex((c) => c.value === name);
  // Only cities the real list geocodes from its name: a row with its own coordinates (e.g. Newport,
  // which the gazetteer holds twice in Wales) would be ambiguous without them.
  const geocoded = cities.rows.filter((r) => r.cells[col('lat')]!.value === '' && r.cells[col('city')]!.value !== '');
  const places = geocoded.map((r) => ['city', 'country', 'gazetteer_name', 'gazetteer_admin1'].map((n) => r.cells[col(n)]!.value));

  const n = CLUSTERS_PER_SCALE * scale;
  const lines = ['id,name,city,country,lat,lon,gazetteer_name,gazetteer_admin1,sector_label,cluster_category,website,status,source,source_url'];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${String(i).padStart(6, '0')}`;
    ids.push(id);
    const category = pick(CLUSTER_CATEGORIES);
    if (i % 5 === 0) {
      const [city, country, gname, gadmin] = pick(places);
      lines.push([id, `Cluster ${i}`, city!, country!, '', '', gname!, gadmin!, 'Synthetic', category, `https://example.org/${id}`, 'illustrative', 'bench', `https://example.org/${id}/about`].map(q).join(','));
    } else {
      const r = pick(regions);
      const jitter = () => ((rand() - 0.5) * 0.02).toFixed(4);
      const lon = (r.centroid[0] + Number(jitter())).toFixed(4);
      const lat = (r.centroid[1] + Number(jitter())).toFixed(4);
      lines.push([id, `Cluster ${i}`, 'Synthetic', r.country, lat, lon, '', '', 'Synthetic', category, '', 'illustrative', 'bench', `https://example.org/${id}/about`].map(q).join(','));
    }
  }
  writeFileSync(join(dir, 'clusters.csv'), `${lines.join('\n')}\n`);

  const seen = new Set<string>();
  const links = ['link_id,source_id,target_id,link_type,network_id,field,year_start,status,source,source_url'];
  while (seen.size < LINKS_PER_SCALE * scale) {
    const a = pick(ids);
    const b = pick(ids);
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    links.push(`L${seen.size},${a},${b},joint_project,,,,illustrative,bench,`);
  }
  writeFileSync(join(dir, 'links.csv'), `${links.join('\n')}\n`);

  const networks = ['network_id,name,field,year_start,coordinator_id,url,status,source'];
  const members = ['network_id,cluster_id,role,year_joined,status,evidence,evidence_url'];
  for (let k = 0; k < NETWORKS_PER_SCALE * scale; k++) {
    const chosen = new Set<string>();
    while (chosen.size < 10) chosen.add(pick(ids));
    const list = [...chosen];
    networks.push(`n${k},Network ${k},,2010,${list[0]},,illustrative,bench`);
    list.forEach((id, i) => members.push(`n${k},${id},${i === 0 ? 'coordinator' : 'member'},,illustrative,bench,`));
  }
  writeFileSync(join(dir, 'networks.csv'), `${networks.join('\n')}\n`);
  writeFileSync(join(dir, 'network_members.csv'), `${members.join('\n')}\n`);

  writeFileSync(join(dir, 'indicators_catalogue.csv'), 'indicator_id,label,chapter,dataset_code,filters,unit,geo_levels\nbench_rate,Bench rate,crisis,bench_ds,unit=PC,%,2\n');
  mkdirSync(join(dir, 'raw'));
  const years = Array.from({ length: 10 }, (_, i) => 2010 + i);
  const tsv = [`freq,unit,geo\\TIME_PERIOD\t${years.map((y) => `${y} `).join('\t')}`];
  for (const r of regions) tsv.push(`A,PC,${r.id}\t${years.map(() => `${(rand() * 20).toFixed(1)} `).join('\t')}`);
  writeFileSync(join(dir, 'raw', 'bench_ds.tsv'), `${tsv.join('\n')}\n`);
  return { clusters: n, links: seen.size };
}

interface Measure {
  ms: number;
  /** User + system CPU time of the run: less sensitive than wall time to other jobs on the machine. */
  cpuMs: number;
  steps: string;
  maxRssMiB: number;
  outLinks: number;
}

/** Child mode: build once and report time and peak RSS as JSON on stdout. */
async function child(dataDir: string, outDir: string): Promise<void> {
  const { run, stepTimer } = await import('./build-data.ts');
  const timer = stepTimer();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const files = run(dataDir, outDir, () => {}, timer.step);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const manifest = JSON.parse(files.get('manifest.json')!) as { counts: Record<string, number> };
  const measure: Measure = { ms, cpuMs: (used.user + used.system) / 1000, steps: timer.report(), maxRssMiB: process.resourceUsage().maxRSS / 1024, outLinks: manifest.counts['links'] ?? 0 };
  console.log(JSON.stringify(measure));
}

function main(): void {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const self = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  const steps: string[] = [];
  try {
    for (const scale of SCALES) {
      const dir = join(root, `x${scale}`);
      mkdirSync(dir);
      const size = generate(dir, scale);
      const wallStart = performance.now();
      const result = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', dir, join(root, `out${scale}`)], { encoding: 'utf8' });
      const wall = performance.now() - wallStart;
      if (result.status !== 0) throw new Error(`bench ${scale}× failed:\n${result.stderr}`);
      const m = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Measure;
      rows.push(
        `| ${`${scale}×`.padStart(5)} | ${String(size.clusters).padStart(8)} | ${String(size.links).padStart(11)} | ${String(m.outLinks).padStart(12)} | ${(m.ms / 1000).toFixed(2).padStart(12)} | ${(m.cpuMs / 1000).toFixed(2).padStart(7)} | ${(wall / 1000).toFixed(2).padStart(11)} | ${m.maxRssMiB.toFixed(0).padStart(14)} |`,
      );
      steps.push(`${scale}×: ${m.steps}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log('| size  | clusters | input links | output links | pipeline (s) | CPU (s) | process (s) | peak RSS (MiB) |');
  console.log('|-------|----------|-------------|--------------|--------------|---------|-------------|----------------|');
  for (const r of rows) console.log(r);
  console.log('pipeline = read → write inside the process (wall clock); CPU = user + system time of that run;');
  console.log('process = wall clock including Node + tsx start-up. Floors at 100×: under 10 s and under 1 GB.');
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  for (const s of steps) console.log(s);
}

if (process.argv[2] === "--generate") { mkdirSync(process.argv[4]!, { recursive: true }); generate(process.argv[4]!, Number(process.argv[3])); }
else if (process.argv[2] === "--child") await child(resolve(process.argv[3]!), resolve(process.argv[4]!));
else main();
