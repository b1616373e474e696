/** Small SVG helpers shared by the chart renderers: escaping, rounding, ids, label fitting. */
import { escapeXml } from '../../lib/svg-escape';

export { escapeXml as x };

/** Coordinates are written with one decimal: 0.1 px of a 560 px viewBox is invisible at any zoom. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Attributes every chart's root <svg> carries (fonts match the site; sizes in viewBox px). */
export const FONT = 'font-family="system-ui, sans-serif"';

/** Ids are prefixes for <title>/<desc> ids; a bad one would break aria-labelledby, so fail early. */
export function checkId(id: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`chart id "${id}": expected a letter, then letters, digits, "_" or "-"`);
  return id;
}

/**
 * Advance of an average character at `size` px, erring wide: system-ui is DejaVu Sans on many Linux
 * desktops (≈ 0.6 em for Latin text, bold ≈ 0.66 em). The charts run where no font metrics exist
 * (build time, no DOM), so widths are estimated from this.
 */
export const charWidth = (size: number, bold = false): number => size * (bold ? 0.66 : 0.6);

/** `text` cut to `max` characters with "…" (the full text goes into a <title> beside it). */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The root element: scales to its container (CSS gives it max-width: 100%), labelled by title and desc. */
export function openSvg(id: string, kind: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--${kind}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-t ${id}-d" ${FONT}>` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(description)}</desc>`
  );
}
