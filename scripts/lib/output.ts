/**
 * Writing the output folder all at once: files go to a sibling temp folder, and only when every
 * file is written does it replace the old folder (two renames). A failure before the swap leaves
 * the previous output untouched; a crash mid-swap leaves `<out>.old-<pid>` that a later run removes.
 *
 * Several builds may run `npm run data` into the same folder at once (parallel checkouts share
 * public/data), so leftovers are removed only when their process is gone, and the swap retries
 * when another run swapped in between.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SWAP_ATTEMPTS = 5;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function code(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

export function writeOutputAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  mkdirSync(parent, { recursive: true });
  // Leftovers of interrupted earlier runs (never those of a run still going).
  for (const entry of readdirSync(parent)) {
    const m = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`).exec(entry);
    if (m && (Number(m[2]) === process.pid || !processAlive(Number(m[2])))) rmSync(join(parent, entry), { recursive: true, force: true });
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
  for (let attempt = 1; ; attempt++) {
    try {
      if (existsSync(outDir)) renameSync(outDir, old);
    } catch (e) {
      if (code(e) !== 'ENOENT') throw e; // another run moved it away first
    }
    try {
      renameSync(tmp, outDir);
      break;
    } catch (e) {
      // Another run put its folder in place between our two renames: move it aside and retry.
      if (!['ENOTEMPTY', 'EEXIST'].includes(code(e) ?? '') || attempt === SWAP_ATTEMPTS) {
        rmSync(tmp, { recursive: true, force: true });
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    }
  }
  rmSync(old, { recursive: true, force: true });
}
