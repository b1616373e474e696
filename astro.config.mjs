// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/lib/external-links.ts';
import { tableAlignPlugin } from './src/lib/table-align.ts';
import { siteRootLinksPlugin } from './src/lib/site-root-links.ts';
import { validateComponents } from './src/integrations/remark-validate-components.ts';
import { checkDeepLinks } from './src/integrations/remark-check-deep-links.ts';
import { refuseScript } from './src/integrations/remark-refuse-script.ts';

// Where the site is deployed. Both come from the environment so the same build
// works on any static host, including under a sub-path (a GitHub project page):
//   SITE_URL=https://example.org BASE_PATH=/cluster-atlas npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Output folder; OUT_DIR lets parallel builds (tests, benchmarks) keep apart.
const outDir = process.env.OUT_DIR ?? './dist';
// Static files (and the pipeline's public/data/); the probe build (scripts/build-probe.ts) points it elsewhere.
const publicDir = process.env.PUBLIC_DIR ?? './public';

/**
 * Content-Security-Policy, written by Astro into a <meta http-equiv> on every page.
 * Astro adds the hashes of the scripts and styles it bundles or inlines to script-src and
 * style-src; nothing allows 'unsafe-inline' or 'unsafe-eval'. A page that needs more (the
 * search page's WebAssembly: 'wasm-unsafe-eval') adds it for itself with Astro.csp.
 * frame-ancestors cannot be delivered in a <meta> tag: set it as a header on the host
 * (see README, "Deploying").
 */
/** @type {NonNullable<import('astro').AstroUserConfig['security']>['csp']} */
const csp = {
  directives: [
    "default-src 'self'",
    "connect-src 'self'",
    // MapLibre's worker is same-origin; blob: covers workers it builds from a blob URL.
    "worker-src 'self' blob:",
    // data: for small inline SVG pictures, blob: for canvas exports.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'"] },
  styleDirective: { resources: ["'self'"] },
};

export default defineConfig({
  site,
  base,
  outDir,
  publicDir,
  output: 'static',
  trailingSlash: 'always',
  // Embeds (/embed/<view>/) are noindex copies of /maps/<view>/ for iframes: a sitemap lists only pages to index.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') })],
  // Markdown and MDX (which inherits this processor): links to other hosts get rel="noopener noreferrer";
  // in MDX, the props of the author components are checked (file:line, prop, found, expected);
  // a <script>, an on…= attribute or a javascript: link in a chapter fails the build (file:line).
  // Site-root links (`/maps/…`, the form map deep links are written in) get the base path in front.
  // GFM table alignment becomes a class (align-left/-center/-right), not an inline style the CSP would block.
  markdown: {
    processor: satteri({ mdastPlugins: [refuseScript(), validateComponents(), checkDeepLinks({ base })], hastPlugins: [externalLinksPlugin(site), tableAlignPlugin, siteRootLinksPlugin(base)] }),
    // Shiki colours code with inline style attributes, which the CSP (no 'unsafe-inline') blocks.
    syntaxHighlight: false,
  },
  security: { csp },
  build: { format: 'directory' },
});
