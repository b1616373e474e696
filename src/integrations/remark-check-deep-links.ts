/**
 * Build-time check of the map deep links written in MDX chapters.
 *
 * A chapter may point the reader at a map state: a Markdown link `[…](/maps/cooperation/?sel=cluster:minalogic)`,
 * a reference definition `[x]: /maps/…`, or any JSX element with a literal `href` (`<a href>`, `<MapLink href>`).
 * Each such link must name an existing view, current parameters with valid values, and existing ids
 * (src/lib/deep-link-check.ts). A bad one fails the build with `file:line:column`, the link and the
 * reason — a link in the report must never open a map silently reset to its defaults.
 *
 * A Sätteri mdast plugin (Astro 7's Markdown/MDX processor), registered in astro.config.mjs beside
 * validateComponents(). The known ids are read from the generated data only when a file has a deep link.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { views } from '../data/views';
import { checkDeepLink, mapLinkTarget } from '../lib/deep-link-check';
import { contextFor } from '../features/map/map-links';
import type { UrlContext } from '../features/url-state/url-state';
import { readJsxProps } from './jsx-props';
import { MdxBuildError } from './mdx-build-error';

/** One deep link found in a file, with its place. */
export interface FoundLink {
  readonly href: string;
  readonly line: number;
  readonly column: number;
}

/** One problem of one link, placed. */
export interface DeepLinkProblem extends FoundLink {
  readonly message: string;
}

/** The build error: one line per problem, each starting with file:line:column (the shape of every MDX check). */
export class DeepLinkError extends MdxBuildError {
  constructor(file: string, problems: readonly DeepLinkProblem[]) {
    super('DeepLinkError', 'Invalid map deep links', file, problems.map((p) => ({ line: p.line, column: p.column, text: `${p.href} — ${p.message}` })));
  }
}

export interface DeepLinkOptions {
  /** The URL context of a map page by view id; null for an unknown view. '' must give any context (for the list of views). */
  readonly contextFor?: (view: string) => UrlContext | null;
  /** The site's base path (BASE_PATH), so `/atlas/maps/x/` is recognised as well as `/maps/x/`. */
  readonly base?: string;
  /** The site's origin (SITE_URL), so absolute links to the site itself are checked too. */
  readonly siteOrigin?: string;
  /** Paths in messages are relative to this folder (the project root by default). */
  readonly root?: string;
}

/** Check the links of one file; pure apart from `contextFor`. */
export function checkLinks(links: readonly FoundLink[], options: Required<Pick<DeepLinkOptions, "contextFor" | "base">> & { siteOrigin?: string | undefined }): DeepLinkProblem[] {
  const problems: DeepLinkProblem[] = [];
  for (const link of links) {
    const target = mapLinkTarget(link.href, options.base, options.siteOrigin);
    if (!target) continue;
    for (const message of checkDeepLink(target, options.contextFor)) problems.push({ ...link, message });
  }
  return problems;
}

/**
 * The real context: the map pages' contexts from the generated data (read on first use).
 * Imported statically: when the config is loaded, Astro's module runner is closed by the time MDX
 * compiles, so a dynamic import() from here would fail the build ("module runner has been closed").
 */
function defaultContextFor(view: string): UrlContext | null {
  const id = view || views[0]?.id;
  return id !== undefined && views.some((v) => v.id === id) ? contextFor(id) : null;
}

function displayPath(ctx: PluginFactoryContext, root: string): string {
  if (!ctx.fileURL) return '(unnamed MDX)';
  return path.relative(root, fileURLToPath(ctx.fileURL)).split(path.sep).join('/');
}

/** The Sätteri mdast plugin (a factory: each compiled file gets its own list of links). */
export function checkDeepLinks(options: DeepLinkOptions = {}): MdastPluginEntry {
  const root = options.root ?? process.cwd();
  const base = options.base ?? process.env['BASE_PATH'] ?? '/';
  const siteOrigin = options.siteOrigin ?? process.env['SITE_URL'];
  return (ctx: PluginFactoryContext) => {
    if (ctx.sourceFormat !== 'mdx' && ctx.sourceFormat !== 'markdown') return null;
    const links: FoundLink[] = [];
    const add = (href: unknown, node: { readonly position?: { readonly start?: { readonly line: number; readonly column: number } | undefined } | undefined }) => {
      if (typeof href !== 'string') return;
      const start = node.position?.start;
      links.push({ href, line: start?.line ?? 1, column: start?.column ?? 1 });
    };
    const fromJsx = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => add(readJsxProps(node.attributes).props['href'], node);
    return defineMdastPlugin({
      name: 'cluster-atlas:check-deep-links',
      options: { position: true },
      link: (node) => add(node.url, node),
      definition: (node) => add(node.url, node),
      mdxJsxFlowElement: fromJsx,
      mdxJsxTextElement: fromJsx,
      after() {
        if (!links.some((l) => mapLinkTarget(l.href, base, siteOrigin))) return;
        const problems = checkLinks(links, { contextFor: options.contextFor ?? defaultContextFor, base, siteOrigin });
        if (problems.length > 0) throw new DeepLinkError(displayPath(ctx, root), problems);
      },
    });
  };
}
