import { describe, expect, it } from 'vitest';
import { buildManifest, sha256 } from '../../scripts/lib/manifest.ts';

const meta = { vintage: '2026-01-01', counts: { clusters: 1 }, sources: [] };

describe('buildManifest', () => {
  it('lists files sorted by path with byte size and sha256', () => {
    const m = buildManifest(new Map([['b.json', 'é\n'], ['a.json', '{}\n']]), meta);
    expect(m.files).toEqual([
      { path: 'a.json', bytes: 3, sha256: sha256('{}\n') },
      { path: 'b.json', bytes: 3, sha256: sha256('é\n') },
    ]);
  });

  it('changes the content hash when any file changes and not when insertion order does', () => {
    const a = buildManifest(new Map([['a.json', '1'], ['b.json', '2']]), meta).contentHash;
    expect(buildManifest(new Map([['b.json', '2'], ['a.json', '1']]), meta).contentHash).toBe(a);
    expect(buildManifest(new Map([['a.json', '1'], ['b.json', '3']]), meta).contentHash).not.toBe(a);
  });

  it('takes the vintage from the inputs, never from the clock', () => {
    expect(buildManifest(new Map(), meta).vintage).toBe('2026-01-01');
  });
});
