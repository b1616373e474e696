/**
 * The HTML a reader pastes into their own page to embed a map: an <iframe> of /embed/<view>/
 * carrying the current state. Attribute values are escaped, because the title and the URL's
 * query come from the page and the address bar. The snippet is text in a <textarea>, never markup here.
 */
export interface EmbedInput {
  /** Absolute URL of the embed page, with the state's query string. */
  readonly src: string;
  /** Accessible name of the frame (the view title). */
  readonly title: string;
  /** Frame height in CSS pixels; the width follows the host column. */
  readonly height?: number;
}

/** Default frame height: the map (≈ 440 px) plus its legend and credit line. */
export const EMBED_HEIGHT = 560;

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet({ src, title, height = EMBED_HEIGHT }: EmbedInput): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`;
}
