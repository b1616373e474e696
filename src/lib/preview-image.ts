/**
 * Social preview pictures (Open Graph, 1200 × 630) for the cluster and region pages: a locator
 * map from the static SVG renderer on the left, the page's name and key facts on the right.
 * Composed as one SVG (every data-derived text XML-escaped) and rasterised by sharp at build time.
 */
import sharp from 'sharp';
import { escapeXml } from './svg-escape';

/** Open Graph's recommended size (Facebook, LinkedIn, X large card). */
export const PREVIEW = { width: 1200, height: 630 } as const;
/** Width of the map part; the text panel takes the rest. */
export const PREVIEW_MAP_WIDTH = 660;

/** Greedy wrap by characters (SVG text does not flow); the last kept line ends in "…" if text remains. */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine || !current) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${last.slice(0, perLine - 1).trimEnd()}…`;
      return lines;
    }
  }
  if (current) lines.push(current.length > perLine ? `${current.slice(0, perLine - 1)}…` : current);
  return lines.slice(0, maxLines);
}

export interface PreviewInput {
  /** Small line above the title, e.g. "Cluster · France". */
  readonly kicker: string;
  readonly title: string;
  /** Up to four short fact lines. */
  readonly facts: readonly string[];
  /** A complete <svg> document of PREVIEW_MAP_WIDTH × PREVIEW.height (the locator map). */
  readonly mapSvg: string;
  /** Footer, e.g. "Cluster Atlas · data as of 2026-11-25". */
  readonly footer: string;
}

const FONT = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';

/** The preview as an SVG document (deterministic: same input, same bytes). */
export function previewSvg({ kicker, title, facts, mapSvg, footer }: PreviewInput): string {
  const x0 = PREVIEW_MAP_WIDTH + 48;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 ${PREVIEW.width} ${PREVIEW.height}">`,
    `<rect width="${PREVIEW.width}" height="${PREVIEW.height}" fill="#fbfaf7"/>`,
    `<g>${mapSvg}</g>`,
    `<rect x="${PREVIEW_MAP_WIDTH}" width="${PREVIEW.width - PREVIEW_MAP_WIDTH}" height="${PREVIEW.height}" fill="#fbfaf7"/>`,
    `<rect x="${PREVIEW_MAP_WIDTH}" width="6" height="${PREVIEW.height}" fill="#0b5cad"/>`,
    `<text x="${x0}" y="92" font-size="24" ${FONT} fill="#4d5661">${escapeXml(kicker)}</text>`,
  ];
  let y = 150;
  for (const line of wrapLines(title, 24, 3)) {
    out.push(`<text x="${x0}" y="${y}" font-size="42" font-weight="700" ${FONT} fill="#1b1f24">${escapeXml(line)}</text>`);
    y += 52;
  }
  y += 16;
  for (const fact of facts.slice(0, 4)) {
    for (const line of wrapLines(fact, 36, 2)) {
      out.push(`<text x="${x0}" y="${y}" font-size="24" ${FONT} fill="#1b1f24">${escapeXml(line)}</text>`);
      y += 32;
    }
    y += 6;
  }
  out.push(`<text x="${x0}" y="${PREVIEW.height - 40}" font-size="20" ${FONT} fill="#4d5661">${escapeXml(footer)}</text>`, '</svg>');
  return out.join('');
}

/**
 * Rasterise an SVG to PNG. Truecolour at zlib level 6, not a quantised palette: measured on this
 * machine a palette PNG is ~25–37 KB but takes ~0.9 s (libimagequant), level 6 is ~66 KB in ~0.1 s,
 * and the build makes one picture per cluster and region (≈ 170), twice in CI.
 */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  return new Uint8Array(png);
}
