/**
 * The manifest: what was built from what. Everything in it derives from the inputs (never from
 * the clock), so a rebuild from the same inputs is byte-identical.
 */
import { createHash } from 'node:crypto';
import type { Manifest } from '../../src/schemas/generated.ts';

export const GENERATOR = 'cluster-atlas scripts/build-data.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function buildManifest(
  files: ReadonlyMap<string, string>,
  meta: { vintage: string; counts: Record<string, number>; sources: Manifest['sources'] },
): Manifest {
  const list = [...files.keys()].sort().map((path) => {
    const text = files.get(path)!;
    return { path, bytes: Buffer.byteLength(text), sha256: sha256(text) };
  });
  const contentHash = sha256(list.map((f) => `${f.path}\u0000${f.sha256}`).join('\n'));
  return { generator: GENERATOR, vintage: meta.vintage, contentHash, counts: meta.counts, sources: meta.sources, files: list };
}
