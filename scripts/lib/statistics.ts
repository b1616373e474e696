/**
 * The statistics half of the pipeline, as three steps over pure functions:
 *
 *   reconcile NUTS  each Eurostat file's codes in NUTS 2021 (scripts/lib/reconcile.ts)
 *   series          each catalogue row → every year per geo, with flags (scripts/lib/series.ts)
 *   derive          the crisis changes from those series (scripts/lib/derive.ts)
 *
 * and what the Data & sources page says about the files (`datasets.json`): provenance, NUTS
 * version, every recoded and dropped code, and the catalogue entries without data.
 */
import type { DatasetsFile } from '../../src/schemas/generated.ts';
import type { EurostatTable } from './eurostat.ts';
import type { CatalogueEntry } from './indicators.ts';
import type { NutsData } from './nuts.ts';
import type { Problem } from './problems.ts';
import type { FileProvenance } from './provenance.ts';
import { reconcileTable, type ReconcileReport } from './reconcile.ts';
import { type IsRegion, type MetricSeries, seriesOf } from './series.ts';

export const EUROSTAT_LICENCE = '© European Union, reuse authorised provided the source is acknowledged';

/** The provenance row of a table, by its file name in raw/. */
const provenanceOf = (t: EurostatTable, provenance: ReadonlyMap<string, FileProvenance>) => provenance.get(t.file.split('/').pop()!) ?? null;

export function reconcileAll(
  tables: readonly EurostatTable[],
  provenance: ReadonlyMap<string, FileProvenance>,
  nuts: NutsData,
  isMappedCountry: (code: string) => boolean,
  problems: Problem[],
): { tables: EurostatTable[]; reports: ReconcileReport[] } {
  const out = tables.map((t) => {
    const p = provenanceOf(t, provenance);
    return reconcileTable(t, p ? { version: p.nutsVersion, at: p.nutsAt } : null, nuts, isMappedCountry, problems);
  });
  return { tables: out.map((o) => o.table), reports: out.map((o) => o.report) };
}

/** "tgs00010, downloaded 2018 or early 2019 (values 2006–2017)", or the file's last update, or null. */
function vintageOf(entry: CatalogueEntry, tables: readonly EurostatTable[], provenance: ReadonlyMap<string, FileProvenance>): string | null {
  const t = tables.find((x) => x.datasetCode === entry.datasetCode);
  if (!t) return null;
  const p = provenanceOf(t, provenance);
  if (p) return `${p.datasetCode}, ${p.vintage}`;
  return t.lastUpdate ? `${t.datasetCode}, updated ${t.lastUpdate}` : null;
}

export function seriesAll(
  catalogue: readonly CatalogueEntry[],
  tables: readonly EurostatTable[],
  provenance: ReadonlyMap<string, FileProvenance>,
  isRegion: IsRegion,
  problems: Problem[],
): MetricSeries[] {
  return catalogue.map((entry) => seriesOf(entry, tables, isRegion, problems, vintageOf(entry, tables, provenance)));
}

/** datasets.json: one entry per file, then the catalogue entries that have no data in this edition. */
export function datasetsReport(
  reports: readonly ReconcileReport[],
  provenance: ReadonlyMap<string, FileProvenance>,
  catalogue: readonly CatalogueEntry[],
  series: readonly MetricSeries[],
  tables: readonly EurostatTable[],
): DatasetsFile {
  const files = reports.map((r) => {
    const p = provenance.get(r.file.split('/').pop()!) ?? null;
    const withData = series.filter((s) => s.file === r.file && s.defaultYear !== null);
    const years = [...new Set(tables.find((t) => t.file === r.file)!.observations.filter((o) => o.value !== null).map((o) => o.year))].sort((a, b) => a - b);
    return {
      file: r.file.split('/').pop()!,
      datasetCode: r.datasetCode,
      title: p?.title ?? null,
      vintage: p?.vintage ?? null,
      nutsDeclared: r.declared,
      nutsDetected: r.detected,
      firstYear: years[0] ?? null,
      lastYear: years.at(-1) ?? null,
      copy: p ? { repository: p.repository, path: p.repositoryPath, commit: p.commit, blob: p.blob } : null,
      indicators: withData.map((s) => s.id),
      recoded: r.recoded,
      dropped: r.dropped.map((d) => ({ code: d.code, reason: d.reason })),
    };
  });
  const noData = catalogue
    .filter((e) => !series.some((s) => s.id === e.id && s.defaultYear !== null))
    .map((e) => ({ id: e.id, label: e.label, datasetCode: e.datasetCode, reason: tables.some((t) => t.datasetCode === e.datasetCode) ? 'the file has no value for this selection' : 'no file of this dataset in this edition' }));
  return { licence: EUROSTAT_LICENCE, files: files.sort((a, b) => a.file.localeCompare(b.file)), noData };
}
