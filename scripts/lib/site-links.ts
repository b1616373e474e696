/**
 * Internal link and anchor check over a built site (used by scripts/check-site.ts, run by
 * `npm run check`). Pure: it is given the site's files and returns the problems, so tests
 * run it on a small fixture folder without building the site.
 *
 * A link is internal when it is relative, root-relative, or absolute on the site's own
 * origin (canonical and Open Graph URLs). Every internal link must lead to a file of the
 * build; a `#fragment` must name an element id (or <a name>) on the target page.
 */
import { Parser } from 'htmlparser2';

/** One URL found in a page. */
export interface FoundLink {
  /** The URL as written in the HTML. */
  url: string;
  /** Where it was written, e.g. `a[href]`. */
  where: string;
}

/** What the checker needs to know about one HTML page. */
export interface ScannedPage {
  /** Element ids and <a name> anchors on the page. */
  anchors: Set<string>;
  links: FoundLink[];
  /** Repository file the page is built from (`<meta name="source-file">`), if the page says. */
  sourceFile: string | undefined;
}

export interface LinkProblem {
  /** Built file, relative to the output folder (posix separators). */
  page: string;
  sourceFile: string | undefined;
  url: string;
  where: string;
  reason: string;
}

export interface SiteInput {
  /** HTML pages by path relative to the output folder, e.g. `chapters/policies/index.html`. */
  pages: ReadonlyMap<string, string>;
  /** Every other file of the build (CSS, images, data, sitemap…), relative paths. */
  assets: ReadonlySet<string>;
  /** The base path the site is built for (`/` or `/cluster-atlas/`). */
  base: string;
  /** The site's origin as configured (SITE_URL); absolute links to it are internal. */
  site: string;
}

/** Attributes that hold a URL, per element. `srcset` is split into its candidates. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** <meta> properties whose content is a URL on this site. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** <link rel> values that point at another host by design and carry no document. */
const SKIPPED_RELS = new Set(['preconnect', 'dns-prefetch']);

/** Read the anchors, links and source file of one page. */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { anchors: new Set(), links: [], sourceFile: undefined };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id']) page.anchors.add(attributes['id']);
        if (name === 'a' && attributes['name']) page.anchors.add(attributes['name']);
        if (name === 'meta') {
          const key = attributes['property'] ?? attributes['name'];
          if (key === 'source-file') page.sourceFile = attributes['content'];
          else if (key && URL_METAS.has(key) && attributes['content']) page.links.push({ url: attributes['content'], where: `meta[${key}]` });
          return;
        }
        if (name === 'link' && (attributes['rel'] ?? '').split(/\s+/).some((rel) => SKIPPED_RELS.has(rel))) return;
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) page.links.push({ url, where: `${name}[${attribute}]` });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** Schemes that leave the site (or carry their own data) and are not checked. */
const EXTERNAL_SCHEME = /^(mailto|tel|data|blob|javascript|sms|geo):/i;

/** Placeholder origin for resolving relative links; never requested. */
const LOCAL = 'http://site.invalid';

/** The URL path at which a built file is served: `chapters/a/index.html` → `/base/chapters/a/`. */
export function pagePath(file: string, base: string): string {
  const dir = normaliseBase(base);
  return dir + file.replace(/(^|\/)index\.html$/, '$1');
}

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** Check every internal link and fragment of the site. Problems come sorted by page, then URL. */
export function checkSite(input: SiteInput): LinkProblem[] {
  const base = normaliseBase(input.base);
  const siteOrigin = new URL(input.site).origin;
  const scanned = new Map<string, ScannedPage>();
  for (const [file, html] of input.pages) scanned.set(file, scanHtml(html));

  const problems: LinkProblem[] = [];
  for (const [file, page] of scanned) {
    const from = new URL(pagePath(file, base), LOCAL);
    for (const link of page.links) {
      const reason = problemWith(link.url, from, base, siteOrigin, input, scanned);
      if (reason) problems.push({ page: file, sourceFile: page.sourceFile, url: link.url, where: link.where, reason });
    }
  }
  return dedupe(problems).sort((a, b) => compare(a.page, b.page) || compare(a.url, b.url));
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same URL broken twice on one page (header and footer, say) is one problem to fix. */
function dedupe(problems: LinkProblem[]): LinkProblem[] {
  const seen = new Map<string, LinkProblem>();
  for (const problem of problems) {
    const key = `${problem.page}\n${problem.url}\n${problem.where}`;
    if (!seen.has(key)) seen.set(key, problem);
  }
  return [...seen.values()];
}

function problemWith(
  raw: string,
  from: URL,
  base: string,
  siteOrigin: string,
  input: SiteInput,
  scanned: ReadonlyMap<string, ScannedPage>,
): string | undefined {
  const url = raw.trim();
  if (url === '') return 'empty URL';
  if (EXTERNAL_SCHEME.test(url)) return undefined;
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    return 'not a valid URL';
  }
  if (target.origin !== LOCAL) {
    if (target.origin !== siteOrigin) return undefined; // another host: not ours to check offline
    target = new URL(target.pathname + target.search + target.hash, LOCAL);
  }
  const path = safeDecode(target.pathname);
  if (!path.startsWith(base)) return `leads outside the site's base path ${base}`;
  const rel = path.slice(base.length);

  const file = resolveFile(rel, input);
  if (!file) {
    const expected = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    return `no page or file at ${expected}`;
  }
  const fragment = safeDecode(target.hash.slice(1));
  if (fragment === '' || fragment === 'top') return undefined;
  const targetPage = scanned.get(file);
  if (!targetPage) return undefined; // a fragment on a non-HTML file (e.g. an SVG sprite) is not checked
  if (!targetPage.anchors.has(fragment)) return `missing anchor #${fragment} on ${pagePath(file, base)} (no element with id="${fragment}")`;
  return undefined;
}

/** The built file a site path leads to, the way a static host serves it; undefined if none. */
function resolveFile(rel: string, input: SiteInput): string | undefined {
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((candidate) => input.pages.has(candidate) || input.assets.has(candidate));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One line per problem: the source file (if known), the built page, the link and what is wrong. */
export function formatProblem(problem: LinkProblem): string {
  const where = problem.sourceFile ? `${problem.sourceFile} (built as ${problem.page})` : problem.page;
  return `${where}: ${problem.where} "${problem.url}": ${problem.reason}`;
}
