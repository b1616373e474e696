import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { run as buildData } from '../../scripts/build-data';
import { checkDeepLinks, checkLinks, DeepLinkError } from '../../src/integrations/remark-check-deep-links';
import type { UrlContext } from '../../src/features/url-state/url-state';
import { compileMdxFile } from '../support/compile-mdx';
import { compileOutcome, describeFixtureCases } from '../support/mdx-fixture-cases';
import { buildWithBrokenChapter, removeBrokenBuilds } from '../support/broken-build';
import contextFixture from '../fixtures/url-state/context.json';

const CASES = path.resolve('tests/fixtures/deep-links');
const fixture: UrlContext = contextFixture;
/** The fixture's map pages: any of its views; '' gives the first (for the list of views). */
const contextFor = (view: string): UrlContext | null =>
  view === '' ? fixture : fixture.views.some((v) => v.id === view) ? { ...fixture, view } : null;

/** Cases named base-* run under BASE_PATH=/atlas. */
describeFixtureCases('each fixture MDX file compiles or fails naming file, line and reason', CASES, (name) =>
  compileOutcome(() => compileMdxFile(path.join(CASES, name, 'input.mdx'), [checkDeepLinks({ contextFor, base: name.startsWith('base-') ? '/atlas' : '/' })])));

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

describe('astro build on a chapter with a bad map deep link', () => {
  const data = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-deeplink-data-')), 'data');
  afterAll(() => {
    removeBrokenBuilds();
    rmSync(path.dirname(data), { recursive: true, force: true });
  });

  test('fails, naming the chapter file, line and column, the link and why', () => {
    buildData('data', data); // the real ids, generated beside the copy (public/data is not tracked)
    const { status, output } = buildWithBrokenChapter(
      'inter-clustering',
      (s) => s.replace(/\n<MapView view="cooperation" \/>\n/, '\n<MapView view="cooperation" />\n\nSee [one cluster](/maps/cooperation/?sel=cluster:no-such-cluster).\n'),
      { DATA_OUT: data },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/inter-clustering\.mdx:\d+:5 \/maps\/cooperation\/\?sel=cluster:no-such-cluster — “sel=cluster:no-such-cluster”: no cluster with this id\./);
  }, 300_000);
});
