/**
 * Checks one map deep link written by an author (in a chapter: a Markdown link, an <a href>,
 * or a <MapLink href>): the path names an existing view, every parameter is current and valid,
 * every id exists. Pure: the known ids come in as a UrlContext per view; the MDX plugin
 * (src/integrations/remark-check-deep-links.ts) places the problems on file:line:column.
 *
 * Stricter than the reader-side parser on purpose: a reader's link falls back to defaults with a
 * notice, but a link in the report is ours to fix before it is published, so unknown and retired
 * parameter names, duplicates and a missing trailing slash are reported too.
 */
import { MIGRATIONS, type Migrations } from '../features/url-state/url-migrations';
import { describeIssue, PARAM_NAMES, parseUrlState, type UrlContext } from '../features/url-state/url-state';

/** Site sections whose pages read the URL state. */
const MAP_SECTIONS = ['maps', 'embed'] as const;

export interface DeepLinkTarget {
  readonly section: (typeof MAP_SECTIONS)[number];
  /** The view id as written in the path (may be unknown). */
  readonly view: string;
  readonly search: string;
  readonly trailingSlash: boolean;
}

/**
 * The map page an href points at, or null when it is not a map deep link.
 * Accepts site-root paths with or without the base (`/maps/x/?…`, `/atlas/maps/x/?…`) and
 * absolute URLs on `siteOrigin`. Relative paths and other hosts are not map deep links.
 */
export function mapLinkTarget(href: string, base = '/', siteOrigin?: string): DeepLinkTarget | null {
  let path = href.trim();
  if (siteOrigin && path.startsWith(siteOrigin)) path = path.slice(siteOrigin.length);
  if (!path.startsWith('/')) return null;
  const cleanBase = base.replace(/\/+$/, '');
  if (cleanBase && path.startsWith(`${cleanBase}/`)) path = path.slice(cleanBase.length);
  const m = /^\/(maps|embed)\/([^/?#]*)(\/?)([?][^#]*)?(#.*)?$/.exec(path);
  if (!m) return null;
  return { section: m[1] as DeepLinkTarget['section'], view: decodeURIComponentSafe(m[2]!), search: m[4] ?? '', trailingSlash: m[3] === '/' };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Plain-text problems of one deep link; [] when it is fine. */
export function checkDeepLink(
  target: DeepLinkTarget,
  contextFor: (view: string) => UrlContext | null,
  migrations: Migrations = MIGRATIONS,
): string[] {
  const context = contextFor(target.view);
  if (!context) {
    const known = contextFor('')?.views.map((v) => v.id) ?? [];
    return [`/${target.section}/${target.view}/ is not a map view; expected one of: ${known.join(', ')}`];
  }
  const problems: string[] = [];
  if (!target.trailingSlash) problems.push(`write /${target.section}/${target.view}/ with a trailing slash (the site's URLs end in /)`);

  const known = new Set<string>(PARAM_NAMES);
  const seen = new Set<string>();
  for (const [name] of new URLSearchParams(target.search)) {
    const current = migrations.param(name);
    if (current !== undefined) problems.push(`parameter “${name}” is retired; write “${current}”`);
    else if (!known.has(name)) problems.push(`unknown parameter “${name}”; expected one of: ${PARAM_NAMES.join(', ')}`);
    if (seen.has(name)) problems.push(`parameter “${name}” is given more than once`);
    seen.add(name);
  }
  const parsed = parseUrlState(target.search, context, migrations);
  for (const issue of parsed.issues) {
    if (issue.reason.startsWith('given more than once')) continue; // reported above by name
    problems.push(describeIssue(issue));
  }
  for (const m of parsed.migrated) {
    if (m.what !== 'param') problems.push(`${m.what} id “${m.from}” is retired; write “${m.to}”`); // names: reported above
  }
  return problems;
}
