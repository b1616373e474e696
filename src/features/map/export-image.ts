/**
 * Pictures of what is on screen: the map as SVG (its shapes projected with the live camera, so it
 * shows exactly the frame the reader sees, in the current year's colours) or PNG (MapLibre's
 * canvas with a title, the legend and the source drawn around it), and a chart as SVG or PNG.
 * Every picture names its source, vintage and status, as every number on the site does.
 *
 * `mapSvg` is pure (the projection is passed in); the rest needs a browser.
 */
import type { Geometry, Position } from 'geojson';
import { escapeXml as x } from '../../lib/svg-escape';
import type { LegendEntry } from './map-legend';

export type Project = (lonLat: [number, number]) => [number, number];

export interface MapPicture {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** Legend heading (the metric and the year) and its rows. */
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
  /** "Source: Eurostat, tgs00010 (2024-04-10). Status: official." */
  readonly source: string;
}

export interface Shape {
  readonly geometry: Geometry;
  /** Fill colour; "" for a shape drawn as land only. */
  readonly fill: string;
  /** Hatched as "no data". */
  readonly noData: boolean;
}

export interface Dot {
  readonly lon: number;
  readonly lat: number;
  readonly r: number;
  readonly color: string;
}

const LEGEND_ROW = 20;
const HEAD = 34;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Path data of one ring list; rings wholly outside the frame are dropped. */
function ringsPath(rings: readonly Position[][], project: Project, w: number, h: number): string {
  let d = '';
  for (const ring of rings) {
    const pts = ring.map((p) => project([p[0]!, p[1]!]));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    if (Math.max(...xs) < 0 || Math.min(...xs) > w || Math.max(...ys) < 0 || Math.min(...ys) > h) continue;
    d += `M${pts.map((p) => `${r1(p[0])},${r1(p[1])}`).join('L')}Z`;
  }
  return d;
}

export function geometryPath(g: Geometry, project: Project, w: number, h: number): string {
  if (g.type === 'Polygon') return ringsPath(g.coordinates, project, w, h);
  if (g.type === 'MultiPolygon') return g.coordinates.map((poly) => ringsPath(poly, project, w, h)).join('');
  return '';
}

function legendSvg(p: MapPicture, top: number): string {
  let out = `<text x="12" y="${top + 16}" font-size="14" font-weight="700">${x(p.legendTitle)}</text>`;
  p.legend.forEach((e, i) => {
    const y = top + 26 + i * LEGEND_ROW;
    const fill = e.noData ? 'url(#nodata)' : e.color;
    out += `<rect x="12" y="${y}" width="18" height="14" fill="${x(fill)}" stroke="#8a8a8a" stroke-width="0.5"/>`;
    out += `<text x="38" y="${y + 11}" font-size="13">${x(e.label)}</text>`;
  });
  return out;
}

/** The map on screen as a standalone SVG: title above, the frame, legend and source below. */
export function mapSvg(p: MapPicture, land: readonly Geometry[], shapes: readonly Shape[], dots: readonly Dot[], project: Project): string {
  const { width: w, height: h } = p;
  const legendTop = HEAD + h + 8;
  const total = legendTop + 30 + p.legend.length * LEGEND_ROW + 24;
  const landPath = land.map((g) => geometryPath(g, project, w, h)).join('');
  const regions = shapes.map((s) => {
    const d = geometryPath(s.geometry, project, w, h);
    if (!d) return '';
    const fill = s.noData ? 'url(#nodata)' : s.fill || 'none';
    return `<path d="${d}" fill="${x(fill)}" stroke="#ffffff" stroke-width="0.5"/>`;
  }).join('');
  const circles = dots.map((c) => {
    const [cx, cy] = project([c.lon, c.lat]);
    if (cx < -c.r || cy < -c.r || cx > w + c.r || cy > h + c.r) return '';
    return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${c.r}" fill="${x(c.color)}" stroke="#ffffff" stroke-width="1"/>`;
  }).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" font-family="system-ui, sans-serif" fill="#1a1a1a">` +
    `<title>${x(p.title)}</title>` +
    `<defs><clipPath id="frame"><rect width="${w}" height="${h}"/></clipPath>` +
    `<pattern id="nodata" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#d9d9d9"/><path d="M0 8L8 0" stroke="#8c8c8c" stroke-width="1.5"/></pattern></defs>` +
    `<rect width="${w}" height="${total}" fill="#ffffff"/>` +
    `<text x="12" y="22" font-size="17" font-weight="700">${x(p.title)}</text>` +
    `<g transform="translate(0 ${HEAD})" clip-path="url(#frame)"><rect width="${w}" height="${h}" fill="#eef3f7"/>` +
    `<path d="${landPath}" fill="#e4e4e0" stroke="#8a8a8a" stroke-width="0.7"/>${regions}${circles}</g>` +
    legendSvg(p, legendTop) +
    `<text x="12" y="${total - 10}" font-size="12" fill="#595959">${x(p.source)}</text></svg>`
  );
}

/** An SVG string as a PNG of its own size (drawn through an <img> from a blob: URL, as the CSP allows). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'));
}

/**
 * The map as a PNG: the WebGL canvas is read inside MapLibre's `render` event, while its drawing
 * buffer still holds the frame (no preserveDrawingBuffer needed), then framed like the SVG.
 */
export function mapPng(map: { getCanvas(): HTMLCanvasElement; once(type: 'render', f: () => void): unknown; triggerRepaint(): void }, p: MapPicture): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      const gl = map.getCanvas();
      const w = gl.clientWidth || gl.width;
      const legendTop = HEAD + (gl.clientHeight || gl.height) + 8;
      const canvas = document.createElement('canvas');
      const k = gl.width / w;
      canvas.width = gl.width;
      canvas.height = Math.round((legendTop + 30 + p.legend.length * LEGEND_ROW + 24) * k);
      const g = canvas.getContext('2d');
      if (!g) return reject(new Error('no 2D canvas'));
      g.scale(k, k);
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(gl, 0, HEAD, w, gl.clientHeight || gl.height);
      g.fillStyle = '#1a1a1a';
      g.font = '700 17px system-ui, sans-serif';
      g.fillText(p.title, 12, 22);
      g.font = '700 14px system-ui, sans-serif';
      g.fillText(p.legendTitle, 12, legendTop + 16);
      g.font = '13px system-ui, sans-serif';
      p.legend.forEach((e, i) => {
        const y = legendTop + 26 + i * LEGEND_ROW;
        g.fillStyle = e.noData ? '#d9d9d9' : e.color;
        g.fillRect(12, y, 18, 14);
        g.strokeStyle = '#8a8a8a';
        g.strokeRect(12, y, 18, 14);
        g.fillStyle = '#1a1a1a';
        g.fillText(e.noData ? `${e.label} (hatched on the map)` : e.label, 38, y + 11);
      });
      g.fillStyle = '#595959';
      g.font = '12px system-ui, sans-serif';
      g.fillText(p.source, 12, canvas.height / k - 10);
      canvasBlob(canvas).then(resolve, reject);
    });
    map.triggerRepaint();
  });
}

/** Hand a file to the browser's download. */
export function saveFile(name: string, body: Blob | string, type = 'text/plain'): void {
  const blob = typeof body === 'string' ? new Blob([body], { type }) : body;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
