/**
 * The quality sweep: every template of the site — all pages of the small ones (chapters, maps,
 * embeds, 404, …) and a fixed, evenly spread sample of the large ones (cluster and region pages,
 * see samplePaths in tests/support/site.ts) — on the production build in real Chromium.
 * Each page must carry the Content-Security-Policy, raise no CSP violation, log no console
 * error, make no request to another host, open external links safely, and pass axe's
 * WCAG 2.2 AA rules with zero violations. Maps are scrolled into view and allowed to settle
 * first, so their controls are checked too. Checks are soft: one run lists every problem of a page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';
import { settleMaps } from '../support/maps.ts';
import { BASE, OUT_DIR, samplePaths, sitemapPaths, sweepPaths } from '../support/site.ts';

/** axe rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Script-src keywords that would let injected script run. */
const UNSAFE_SCRIPT = /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/;

const paths = samplePaths();

test('the sample covers every template of the build, and every page of the small ones', () => {
  const all = sweepPaths();
  const sampled = new Set(paths);
  for (const prefix of ['chapters/', 'maps/', 'embed/', 'clusters/', 'regions/']) {
    expect(paths.some((p) => p.startsWith(`${BASE}${prefix}`)), `a page under /${prefix}`).toBe(true);
  }
  // A country page and a NUTS-2 page: one template with a branch for each.
  expect(paths.some((p) => /\/regions\/[A-Z]{2}\/$/.test(p))).toBe(true);
  expect(paths.some((p) => /\/regions\/[A-Z]{2}[A-Z0-9]{2}\/$/.test(p))).toBe(true);
  expect(all.filter((p) => p.startsWith(`${BASE}chapters/`)).every((p) => sampled.has(p)), 'every chapter').toBe(true);
  expect(all.filter((p) => p.startsWith(`${BASE}maps/`)).every((p) => sampled.has(p)), 'every map page').toBe(true);
  expect(samplePaths(), 'the same sample on every run').toEqual(paths);
});

test('the sitemap lists the home page and more than one page, all of them built', () => {
  const listed = sitemapPaths();
  expect(listed).toContain(BASE);
  expect(listed.length).toBeGreaterThan(1);
  const unbuilt = listed.filter((p) => !existsSync(join(OUT_DIR, p.slice(BASE.length), 'index.html')));
  expect(unbuilt, 'sitemap URLs without a built page').toEqual([]);
});

for (const path of paths) {
  test(`${path} is safe, private and accessible`, async ({ sweep }) => {
    // Room for a map to reach idle under software WebGL on a busy machine, then axe.
    test.setTimeout(120_000);
    const { page, watch } = sweep;
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), `status of ${path}`).toBe(200);
    await settleMaps(page);

    // 1. The policy is delivered with the page and forbids inline and eval'd script.
    const policies = await page
      .locator('meta[http-equiv="content-security-policy" i]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect.soft(policies, 'one CSP <meta> per page').toHaveLength(1);
    const policy = policies[0] ?? '';
    const scriptSrc = /script-src[^;]*/.exec(policy)?.[0] ?? '';
    expect.soft(scriptSrc, 'script-src').toContain("'self'");
    expect.soft(scriptSrc, 'script-src').not.toMatch(UNSAFE_SCRIPT);
    expect.soft(policy).toMatch(/default-src 'self'/);
    expect.soft(policy).toMatch(/object-src 'none'/);
    expect.soft(policy).not.toMatch(/style-src[^;]*'unsafe-inline'/);
    // WebAssembly is allowed for Pagefind on the search page only.
    if (!path.startsWith(`${BASE}search/`)) expect.soft(scriptSrc).not.toContain("'wasm-unsafe-eval'");

    // 2. External links cannot reach back into the page or leak the reader's path.
    const unsafeLinks = await page.locator('a[href]').evaluateAll((links) =>
      links
        .filter((a) => (a as HTMLAnchorElement).host !== location.host && /^https?:$/.test((a as HTMLAnchorElement).protocol))
        .filter((a) => {
          const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
          return !(rel.includes('noopener') && rel.includes('noreferrer'));
        })
        .map((a) => a.outerHTML.slice(0, 160)),
    );
    expect.soft(unsafeLinks, 'external links without rel="noopener noreferrer"').toEqual([]);

    // 3. Accessibility: zero axe violations, listed with the offending elements.
    // Only violations are collected: building the passes and incomplete lists costs more than the rules.
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
    const violations = axe.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
    );
    expect.soft(violations, 'axe violations').toEqual([]);

    // 4. Nothing went wrong on the way: no outside request, no CSP violation, no error.
    await watch.collectCsp(page);
    expect.soft(watch.findings.foreignRequests, 'requests to other hosts').toEqual([]);
    expect.soft(watch.findings.cspViolations, 'CSP violations').toEqual([]);
    expect.soft(watch.findings.consoleErrors, 'console errors').toEqual([]);
    expect.soft(watch.findings.dialogs, 'dialogs').toEqual([]);
  });
}
