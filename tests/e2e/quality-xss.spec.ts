/**
 * XSS probes on the probe site (the real site plus the hostile rows of tests/fixtures/xss-probe,
 * built by `npm run build:probe`, served on E2E_PORT + 1). Every payload would set
 * window.__xss and most would call alert() if it ran. On every page that renders a probe row,
 * and on map pages given the same payloads as URL parameters:
 * - nothing executes: no dialog, window.__xss unset, no element the payloads would create;
 * - nothing is even attempted: no CSP violation (a blocked inline script would mean markup got in),
 *   no console error, no request to another host;
 * - the probe strings show as text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { htmlFilesIn } from '../../scripts/lib/dist-pages.ts';
import { expect, test, type SweepPage } from '../support/fixtures.ts';
import { MAP_ROOT, settleMaps } from '../support/maps.ts';
import { BASE, PROBE_ORIGIN, PROBE_OUT_DIR, pagePerKind, pathOfHtmlFile } from '../support/site.ts';

test.use({ sweepOrigin: PROBE_ORIGIN });

const PROBE_DIR = 'tests/fixtures/xss-probe';
const probes = Papa.parse<Record<string, string>>(readFileSync(join(PROBE_DIR, 'clusters.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.map((row) => ({ id: row['id'] ?? '', name: row['name'] ?? '' }));

/** Elements that exist only if a payload was parsed as markup. */
const INJECTED = [
  'img[src="x"]',
  'iframe[srcdoc]',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onmouseover]',
  'a[href^="javascript:" i]',
].join(', ');

/**
 * Probe-site pages to open: each probe cluster's own page, and one page of every other kind that
 * renders a probe row (pages of a kind share a template: map pages, embeds, chapters, region and
 * partner cluster pages), found in the build.
 */
function probePages(): string[] {
  if (!existsSync(PROBE_OUT_DIR)) throw new Error(`No probe build at ${PROBE_OUT_DIR}: run \`npm run build:probe\` first.`);
  const rendersProbe = new Set(
    htmlFilesIn(PROBE_OUT_DIR)
      .filter((file) => {
        const html = readFileSync(join(PROBE_OUT_DIR, file), 'utf8');
        return probes.some((p) => html.includes(p.id));
      })
      .map(pathOfHtmlFile),
  );
  const own = probes.map((p) => `${BASE}clusters/${p.id}/`).filter((p) => rendersProbe.has(p));
  const perKind = pagePerKind(PROBE_OUT_DIR, [...rendersProbe].filter((p) => !own.includes(p)));
  return [...new Set([...own, ...perKind])].sort();
}

async function expectNothingRan({ page, watch }: SweepPage, where: string): Promise<void> {
  const state = await page.evaluate((selector) => ({
    flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
    injected: [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)),
  }), INJECTED);
  await watch.collectCsp(page);
  expect.soft(state.flag, `${where}: window.__xss`).toBeNull();
  expect.soft(state.injected, `${where}: elements created from payloads`).toEqual([]);
  expect.soft(watch.findings.dialogs, `${where}: dialogs`).toEqual([]);
  expect.soft(watch.findings.cspViolations, `${where}: CSP violations`).toEqual([]);
  expect.soft(watch.findings.consoleErrors, `${where}: console errors`).toEqual([]);
  expect.soft(watch.findings.foreignRequests, `${where}: requests to other hosts`).toEqual([]);
}

const pages = probePages();

test('the probe build renders the probe rows on cluster pages and map pages', () => {
  expect(probes.length).toBeGreaterThanOrEqual(4);
  expect(pages.length, `pages of ${PROBE_OUT_DIR} that render a probe row`).toBeGreaterThan(probes.length);
});

for (const path of pages) {
  test(`probe page ${path} shows hostile data as text and runs none of it`, async ({ sweep }) => {
    test.setTimeout(120_000);
    const response = await sweep.page.goto(path);
    expect(response?.status()).toBe(200);
    await settleMaps(sweep.page);
    // The page's text nodes outside scripts and styles: what it shows as text, including the rows of a
    // long table that `content-visibility: auto` leaves unrendered below the fold (innerText skips them).
    const text = await sweep.page.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, style, template, noscript').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    const shown = probes.filter((p) => text.includes(p.name));
    expect.soft(shown.length, `${path}: probe names shown verbatim as text`).toBeGreaterThan(0);
    const own = probes.find((p) => path.endsWith(`/${p.id}/`));
    if (own) await expect.soft(sweep.page.locator('h1')).toContainText(own.name);
    await expectNothingRan(sweep, path);
  });
}

/** Hostile values for every map URL parameter, plus a valid selection of a probe cluster. */
const HOSTILE_QUERIES = [
  [
    `view=${encodeURIComponent(`"><img src=x onerror="window.__xss='view'">`)}`,
    `metric=${encodeURIComponent("javascript:window.__xss='metric'")}`,
    `layers=${encodeURIComponent('<script>window.__xss=1</script>')}`,
    `ecosystem=${encodeURIComponent("<svg onload=alert('eco')>")}`,
    'category=%E0%A4%A',
    'country=__proto__',
    `links=${encodeURIComponent("'-alert(1)-'")}`,
    `at=${'9'.repeat(400)}`,
  ].join('&'),
  `sel=${encodeURIComponent("cluster:<img src=x onerror=alert('sel')>")}&at=NaN,Infinity,1e309`,
  `sel=cluster:${probes[0]?.id ?? ''}`,
];

test('map pages take hostile URL parameters without running them', async ({ sweep }) => {
  test.setTimeout(HOSTILE_QUERIES.length * 60_000);
  const mapPage = pages.find((p) => readFileSync(join(PROBE_OUT_DIR, p.replace(/^\/*/, ''), 'index.html'), 'utf8').includes('data-map'));
  expect(mapPage, 'a probe page with a map').toBeDefined();
  for (const query of HOSTILE_QUERIES) {
    sweep.watch.reset();
    const where = `${mapPage}?${query}`;
    await test.step(where, async () => {
      await sweep.page.goto(where);
      await settleMaps(sweep.page);
      await expect.soft(sweep.page.locator(MAP_ROOT).first(), `${where}: map state`).toHaveAttribute('data-map-state', 'idle');
      await expectNothingRan(sweep, where);
    });
  }
});

test('the search page takes a hostile query without running it', async ({ sweep }) => {
  const query = encodeURIComponent(`<img src=x onerror="window.__xss='search'">Probe`);
  const paths = htmlFilesIn(PROBE_OUT_DIR).map(pathOfHtmlFile).filter((p) => /\/search\/$/.test(p));
  expect(paths, 'the probe site has a search page').toHaveLength(1);
  await sweep.page.goto(`${paths[0]}?q=${query}`);
  await sweep.page.waitForLoadState('networkidle');
  await expectNothingRan(sweep, 'search');
});
