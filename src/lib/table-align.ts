/**
 * GFM table column alignment (`| ---: |`) comes out of Markdown as `style="text-align:right"`
 * on every cell. The site's Content-Security-Policy allows no inline styles, so the browser
 * would drop them (and report a violation). This Sätteri hast plugin moves the alignment into
 * a class instead — `align-right`, `align-center`, `align-left` — styled by the global sheet.
 */
import type { HastPluginDefinition } from 'satteri';

/** Class for an inline `text-align` declaration, or null when the style holds anything else. */
export function alignClass(style: unknown): string | null {
  if (typeof style !== 'string') return null;
  const m = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i.exec(style);
  return m ? `align-${(m[1] ?? '').toLowerCase()}` : null;
}

/** Class list as hast stores it (array), with `extra` added once. */
function withClass(className: unknown, extra: string): string[] {
  const tokens = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? className.split(/\s+/).filter(Boolean) : [];
  return tokens.includes(extra) ? tokens : [...tokens, extra];
}

export const tableAlignPlugin: HastPluginDefinition = {
  name: 'cluster-atlas:table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const cls = alignClass(node.properties['style']);
      if (!cls) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'className', withClass(node.properties['className'], cls));
    },
  },
};
