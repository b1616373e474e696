/**
 * Offline link and anchor check of the production build with linkinator: every page of the
 * sitemap and every page, asset and #fragment they link to must exist. Links to other hosts
 * are listed but not fetched (the check runs without network; their safety, rel="noopener
 * noreferrer", is checked by the e2e sweep). The build is served by scripts/serve-dist.ts,
 * so a site built under BASE_PATH is checked under that path, as it will be deployed.
 *
 *   OUT_DIR=dist BASE_PATH=/ tsx scripts/check-links.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { check, LinkState } from 'linkinator';
import { normalizeBase, startServer } from './serve-dist.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function main(): Promise<void> {
  const dir = resolve(process.env['OUT_DIR'] ?? 'dist');
  const base = normalizeBase(process.env['BASE_PATH'] ?? '/');
  if (!existsSync(resolve(dir, 'sitemap-index.xml'))) {
    console.error(`No build with a sitemap at ${dir}: run \`npm run build\` first (or set OUT_DIR).`);
    process.exit(1);
  }
  const siteOrigin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
  const server = await startServer({ dir, port: 0, host: '127.0.0.1', base, compress: false });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const result = await check({
      path: `${origin}${base}`,
      // Start from the sitemap as well, so that a page nothing links to is still checked.
      sitemap: `${origin}${base}sitemap-index.xml`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 30_000,
      // Absolute links to the deployed site (sitemap, canonical, Open Graph) are checked here.
      // A query string does not change which file is served: map deep links (?sel=…, hundreds of them)
      // are checked once as their page. Their parameters are validated at build time (src/features/url-state/url-state.ts).
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${escapeRegExp(siteOrigin)}`), replacement: origin },
        { pattern: /\?[^#]*/, replacement: '' },
      ],
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
    const checked = result.links.filter((l) => l.state === LinkState.OK).length;
    const skipped = result.links.filter((l) => l.state === LinkState.SKIPPED).length;
    console.log(`Links: ${checked} internal links and anchors ok, ${skipped} external links not fetched.`);
    if (broken.length > 0) {
      for (const link of broken) {
        const page = link.parent ? link.parent.replace(origin, '') : '(start)';
        console.error(`  broken: ${link.url.replace(origin, '')} (status ${link.status ?? '-'}) on ${page}`);
      }
      console.error(`${broken.length} broken link(s) or anchor(s).`);
      process.exitCode = 1;
    }
  } finally {
    server.close();
  }
}

await main();
