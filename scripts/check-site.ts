/**
 * `npm run check`, last step: every internal link and anchor of the built site leads somewhere.
 * Reads the build in OUT_DIR (default dist/) for the SITE_URL and BASE_PATH it was built with
 * (same defaults as astro.config.mjs). Exits 1 and prints one line per problem, naming the
 * chapter or page source file, the built page and the link.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite, formatProblem } from './lib/site-links.ts';

// Read the build folder: HTML pages by relative path, every other file as an asset.
export function readSite(outDir: string): { pages: Map<string, string>; assets: Set<string> } {
  const pages = new Map<string, string>();
  const assets = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(outDir, full).split(sep).join('/');
        if (rel.endsWith('.html')) pages.set(rel, readFileSync(full, 'utf8'));
        else assets.add(rel);
      }
    }
  };
  walk(outDir);
  return { pages, assets };
}

function main(): void {
  const outDir = process.env['OUT_DIR'] ?? 'dist';
  const base = process.env['BASE_PATH'] ?? '/';
  const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
  let built;
  try {
    built = readSite(outDir);
  } catch (error) {
    console.error(`check-site: cannot read the build in ${outDir}/ (${(error as Error).message}); run \`npm run build\` first.`);
    process.exit(1);
  }
  if (built.pages.size === 0) {
    console.error(`check-site: no HTML page in ${outDir}/; run \`npm run build\` first.`);
    process.exit(1);
  }
  const problems = checkSite({ ...built, base, site });
  if (problems.length > 0) {
    console.error(`check-site: ${problems.length} broken link${problems.length === 1 ? '' : 's'} or anchor${problems.length === 1 ? '' : 's'} in ${outDir}/:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log(`check-site: ${built.pages.size} pages in ${outDir}/, every internal link and anchor resolves.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
