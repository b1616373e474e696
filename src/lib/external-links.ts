/**
 * External links in chapter content open safely: every link to another host gets
 * rel="noopener noreferrer", so the opened page can neither script back into ours
 * (window.opener) nor learn which page of the report the reader came from (Referer).
 * Links inside the site (relative, or absolute to `site`) are left as they are.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, whose hast plugins play the part rehype
 * plugins played under unified: `externalLinksPlugin(site)` goes into
 * `markdown.processor: satteri({ hastPlugins: [...] })` in astro.config.mjs.
 * Components that write their own <a> to another host use EXTERNAL_REL_ATTR.
 */
import type { HastPluginDefinition } from 'satteri';

/** Tokens every external link must carry in `rel`. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'] as const;
/** The same tokens as an attribute value, for components. */
export const EXTERNAL_REL_ATTR = EXTERNAL_REL.join(' ');

/** True when `href` points to a host other than `siteOrigin` (http(s) or protocol-relative). */
export function isExternalHref(href: string, siteOrigin: string): boolean {
  const trimmed = href.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed, siteOrigin).origin !== new URL(siteOrigin).origin;
  } catch {
    // An unparsable absolute URL is treated as external: the safe side.
    return true;
  }
}

/** `rel` tokens with the external-link tokens added once each, existing ones kept. */
export function withExternalRel(rel: unknown): string[] {
  const tokens = Array.isArray(rel)
    ? rel.map(String)
    : typeof rel === 'string'
      ? rel.split(/\s+/).filter(Boolean)
      : [];
  for (const token of EXTERNAL_REL) if (!tokens.includes(token)) tokens.push(token);
  return tokens;
}

/** Sätteri hast plugin that adds EXTERNAL_REL to every <a> whose href leaves `site`. */
export function externalLinksPlugin(site: string): HastPluginDefinition {
  return {
    name: 'cluster-atlas:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && isExternalHref(href, site)) {
          ctx.setProperty(node, 'rel', withExternalRel(node.properties['rel']));
        }
      },
    },
  };
}
