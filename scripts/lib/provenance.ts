/**
 * data/eurostat_files.csv — where each file in data/raw/ comes from, as readers should cite it:
 * dataset code and title, vintage, the NUTS version it is coded in, and the published copy it was
 * taken from (repository, path, commit, git blob id; tests/unit/eurostat-files.test.ts checks the
 * blob id of every file against its row).
 */
import type { CsvTable } from './csv.ts';
import { NUTS_VERSIONS, type NutsVersion } from './nuts.ts';
import type { Position, Problem } from './problems.ts';
import { readTable } from './table.ts';

export const EUROSTAT_FILES_SPEC = {
  required: ['file', 'dataset_code', 'title', 'nuts_version', 'vintage', 'repository', 'repository_path', 'commit', 'blob'],
  optional: ['note'],
};

export interface FileProvenance {
  /** File name in data/raw/ (`tgs00010.tsv`). */
  file: string;
  datasetCode: string;
  title: string;
  nutsVersion: NutsVersion;
  /** Where the NUTS version was declared (blamed when the codes disagree). */
  nutsAt: Position;
  /** The vintage in words: "April 2014 release", "downloaded about March 2017". */
  vintage: string;
  repository: string;
  repositoryPath: string;
  commit: string;
  blob: string;
  note: string | null;
}

export function readProvenance(table: CsvTable, problems: Problem[]): Map<string, FileProvenance> {
  const out = new Map<string, FileProvenance>();
  const sha = { pattern: /^[0-9a-f]{40}$/, patternText: 'a 40-digit git id' };
  for (const r of readTable(table, EUROSTAT_FILES_SPEC, problems).rows) {
    const file = r.text('file', { required: true, pattern: /^[a-z0-9_]+\.(tsv|csv|sdmx\.csv)(\.gz)?$/, patternText: 'a file name in data/raw/ such as tgs00010.tsv' });
    const datasetCode = r.text('dataset_code', { required: true, pattern: /^[a-z0-9_]+$/, patternText: 'a lower-case Eurostat dataset code' });
    const version = r.oneOf('nuts_version', NUTS_VERSIONS.map(String) as `${NutsVersion}`[], { required: true });
    const fields = ['title', 'vintage', 'repository', 'repository_path'].map((c) => r.text(c, { required: true }));
    const commit = r.text('commit', { required: true, ...sha });
    const blob = r.text('blob', { required: true, ...sha });
    if (file !== null && out.has(file)) r.problem('file', `${file} again`, 'one row per file');
    if (file === null || datasetCode === null || version === null || commit === null || blob === null || fields.includes(null) || out.has(file)) continue;
    const [title, vintage, repository, repositoryPath] = fields as string[];
    out.set(file, {
      file, datasetCode, title: title!, nutsVersion: Number(version) as NutsVersion, nutsAt: r.at('nuts_version'),
      vintage: vintage!, repository: repository!, repositoryPath: repositoryPath!, commit, blob, note: r.text('note'),
    });
  }
  return out;
}
