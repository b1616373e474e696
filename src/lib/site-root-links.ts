/**
 * Links written from the site root in chapters (`[the cooperation map](/maps/cooperation/?sel=…)`)
 * get the base path in front, so they keep working when the site is deployed under a sub-path
 * (BASE_PATH=/cluster-atlas on a GitHub project page). Root paths are what authors write for map
 * deep links: the build checks them (src/integrations/remark-check-deep-links.ts) and they read the
 * same in every chapter, where a relative `../../maps/…` would depend on the chapter's depth.
 * Relative links, `#anchors`, protocol-relative `//host` and absolute URLs are left as they are.
 */
import type { HastPluginDefinition } from 'satteri';
import { href as withBase } from './paths';

/** `path` with `base` in front when it is a site-root path not already under `base`; else unchanged. */
export function siteRootHref(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const cleanBase = base.replace(/\/+$/, '');
  if (!cleanBase || path === cleanBase || path.startsWith(`${cleanBase}/`)) return path;
  return withBase(path, base);
}

/** Sätteri hast plugin: every <a href="/…"> in Markdown gets the base path (a no-op at base "/"). */
export function siteRootLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'cluster-atlas:site-root-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const value = node.properties['href'];
        if (typeof value !== 'string') return;
        const next = siteRootHref(value, base);
        if (next !== value) ctx.setProperty(node, 'href', next);
      },
    },
  };
}
