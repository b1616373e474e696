/**
 * Writing the output folder all at once: files go to a sibling temp folder, and only when every
 * file is written does it replace the old folder (two renames). A failure before the swap leaves
 * the previous output untouched; a crash mid-swap leaves `<out>.old-*` that the next run removes.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeOutputAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  mkdirSync(parent, { recursive: true });
  // Leftovers of an interrupted earlier run.
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`${name}.tmp-`) || entry.startsWith(`${name}.old-`)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
  const tmp = join(parent, `${name}.tmp-${process.pid}`);
  const old = join(parent, `${name}.old-${process.pid}`);
  try {
    for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  renameSync(tmp, outDir);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
