/**
 * The "reconcile NUTS" step: one Eurostat file's NUTS-2 codes in NUTS 2021.
 *
 * The file's version is declared (data/eurostat_files.csv) or detected from its codes; a file
 * whose codes fit no version, or fit another version better than the declared one, stops the
 * run. Each old code is then kept (already a 2021 code), recoded (same territory, the value
 * carries over) or dropped (split, merged, boundary change, or unknown) — see scripts/lib/nuts.ts.
 *
 * When a file holds a region under its old and its new code (Eurostat keeps both in a series
 * that crosses a code change: EL11 up to 2009, EL51 from 2010), the value under the 2021 code
 * wins a year both have; the old code fills only years the new one leaves empty.
 */
import type { EurostatTable, Observation } from './eurostat.ts';
import { type Correspondence, describeDrop, detectVersion, type NutsData, type NutsVersion, translate, unknownCodesProblem } from './nuts.ts';
import type { Position, Problem } from './problems.ts';
import { isAggregate } from './series.ts';

export interface ReconcileReport {
  file: string;
  datasetCode: string;
  declared: NutsVersion | null;
  detected: NutsVersion;
  /** Old codes whose values now stand under their 2021 code. */
  recoded: { from: string; to: string }[];
  /** Codes of mapped countries whose values are left out, with why. */
  dropped: { code: string; reason: string; relations: Correspondence[] }[];
}

const isNuts2 = (geo: string) => geo.length === 4 && !isAggregate(geo);

/** First observation of each NUTS-2 code (its line and column are blamed if the code is unknown). */
function firstByCode(table: EurostatTable): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const o of table.observations) if (isNuts2(o.geo) && !out.has(o.geo)) out.set(o.geo, o);
  return out;
}

/**
 * Keep one observation per series key and year where old and new codes meet: a 2021 code over a
 * recoded one, a value over none. Only geos that received a recoded code are looked at (a few
 * per cent of a file), and a row's dims object is shared by its cells, so its key is made once.
 */
function dedupe(observations: readonly Observation[], recoded: WeakSet<Observation>, targets: ReadonlySet<string>): Observation[] {
  const rank = (o: Observation) => (o.value !== null ? 2 : 0) + (recoded.has(o) ? 0 : 1);
  const dimsKey = new WeakMap<Record<string, string>, string>();
  const keyOf = (o: Observation) => {
    let k = dimsKey.get(o.dims);
    if (k === undefined) dimsKey.set(o.dims, (k = Object.values(o.dims).join(',')));
    return `${k}|${o.geo}|${o.year}`;
  };
  const best = new Map<string, Observation>();
  const out: Observation[] = [];
  for (const o of observations) {
    if (!targets.has(o.geo)) {
      out.push(o);
      continue;
    }
    const key = keyOf(o);
    const had = best.get(key);
    if (!had || rank(o) > rank(had)) best.set(key, o);
  }
  return [...out, ...best.values()];
}

export function reconcileTable(
  table: EurostatTable,
  declared: { version: NutsVersion; at: Position } | null,
  nuts: NutsData,
  isMappedCountry: (code: string) => boolean,
  problems: Problem[],
): { table: EurostatTable; report: ReconcileReport } {
  const first = firstByCode(table);
  const detection = detectVersion([...first.keys()], nuts, declared?.version ?? null);
  if (detection.unknown.length) {
    const o = first.get(detection.unknown[0]!)!;
    problems.push(unknownCodesProblem(table.file, { file: table.file, line: o.line, column: o.geoColumn }, detection.unknown));
  }
  if (declared && detection.detected !== declared.version) {
    const own = detection.misfits.get(declared.version)!;
    problems.push({ ...declared.at, found: `NUTS ${declared.version} for ${table.file}, whose codes fit NUTS ${detection.detected} better (${own.length} codes are not NUTS ${declared.version}: ${own.slice(0, 5).join(', ')}${own.length > 5 ? ', …' : ''})`, expected: 'the NUTS version the file is coded in' });
  }
  const report: ReconcileReport = { file: table.file, datasetCode: table.datasetCode, declared: declared?.version ?? null, detected: detection.detected, recoded: [], dropped: [] };
  const target = new Map<string, string | null>();
  for (const code of [...first.keys()].sort()) {
    const t = translate(code, nuts);
    if (t.kind === 'kept') target.set(code, code);
    else if (t.kind === 'recoded') {
      target.set(code, t.to);
      report.recoded.push({ from: code, to: t.to });
    } else {
      target.set(code, null);
      if (isMappedCountry(code.slice(0, 2))) report.dropped.push({ code, reason: describeDrop(t.relations), relations: t.relations });
    }
  }
  const recoded = new WeakSet<Observation>();
  const moved: Observation[] = [];
  for (const o of table.observations) {
    const geo = isNuts2(o.geo) ? target.get(o.geo) : o.geo;
    if (!geo) continue;
    if (geo === o.geo) moved.push(o);
    else {
      const r = { ...o, geo };
      recoded.add(r);
      moved.push(r);
    }
  }
  const observations = report.recoded.length ? dedupe(moved, recoded, new Set(report.recoded.map((r) => r.to))) : moved;
  return { table: { ...table, observations }, report };
}

/** Build-log lines: the version and every translated and dropped code of one file. */
export function reportLines(r: ReconcileReport): string[] {
  const version = r.declared === null ? `NUTS ${r.detected} (detected)` : `NUTS ${r.declared} (declared; its codes fit it)`;
  const lines = [`${r.file}: ${version}; ${r.recoded.length} codes recoded to NUTS 2021, ${r.dropped.length} dropped`];
  if (r.recoded.length) lines.push(`  recoded: ${r.recoded.map((x) => `${x.from}→${x.to}`).join(', ')}`);
  for (const d of r.dropped) lines.push(`  dropped ${d.code}: ${d.reason}`);
  return lines;
}
