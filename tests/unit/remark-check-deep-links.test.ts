import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { checkDeepLinks, checkLinks, DeepLinkError } from '../../src/integrations/remark-check-deep-links';
import type { UrlContext } from '../../src/lib/url-state';
import { compileMdxFile } from '../support/compile-mdx';
import contextFixture from '../fixtures/url-state/context.json';

const CASES = path.resolve('tests/fixtures/deep-links');
const fixture: UrlContext = contextFixture;
/** The fixture's map pages: any of its views; '' gives the first (for the list of views). */
const contextFor = (view: string): UrlContext | null =>
  view === '' ? fixture : fixture.views.some((v) => v.id === view) ? { ...fixture, view } : null;

/** The build error for a fixture, or "ok" when it compiles. Cases named base-* run under BASE_PATH=/atlas. */
async function outcome(name: string): Promise<string> {
  const base = name.startsWith('base-') ? '/atlas' : '/';
  try {
    await compileMdxFile(path.join(CASES, name, 'input.mdx'), [checkDeepLinks({ contextFor, base })]);
    return 'ok\n';
  } catch (error) {
    return `${(error as Error).message}\n`;
  }
}

describe('each fixture MDX file compiles or fails naming file, line and reason', () => {
  for (const name of readdirSync(CASES).sort()) {
    test(name, async () => {
      const dir = path.join(CASES, name);
      const actual = await outcome(name);
      const expectedFile = path.join(dir, 'expected.txt');
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
      // Written for review on mismatch; `*-changed.*` is git-ignored.
      if (actual !== expected) writeFileSync(path.join(dir, 'expected-changed.txt'), actual);
      expect(actual).toBe(expected);
    });
  }
});

describe('checkLinks', () => {
  it('ignores links that are not map deep links', () => {
    const links = ['/chapters/policies/', 'https://example.org/maps/overview/?x=1', '../maps/overview/', '#top'].map((href) => ({ href, line: 1, column: 1 }));
    expect(checkLinks(links, { contextFor, base: '/' })).toEqual([]);
  });

  it('checks absolute links to the site itself', () => {
    const problems = checkLinks([{ href: 'https://atlas.example/maps/overview/?sel=cluster:ghost', line: 4, column: 2 }], { contextFor, base: '/', siteOrigin: 'https://atlas.example' });
    expect(problems.map((p) => p.message)).toEqual(['“sel=cluster:ghost”: no cluster with this id. Expected: aerospace-valley, bavaria-aerospace, medicon-valley, minalogic, silicon-saxony.']);
  });

  it('reports the first problem’s place on the error for the build output', async () => {
    const error = await compileMdxFile(path.join(CASES, 'jsx-href', 'input.mdx'), [checkDeepLinks({ contextFor })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeepLinkError);
    expect((error as DeepLinkError).loc).toEqual({ file: 'tests/fixtures/deep-links/jsx-href/input.mdx', line: 5, column: 1 });
  });
});
