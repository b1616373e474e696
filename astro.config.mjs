// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Where the site is deployed. Both come from the environment so the same build
// works on any static host, including under a sub-path (a GitHub project page):
//   SITE_URL=https://example.org BASE_PATH=/cluster-atlas npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Output folder; OUT_DIR lets parallel builds (tests, benchmarks) keep apart.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory' },
});
