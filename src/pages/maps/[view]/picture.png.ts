/**
 * /maps/<view>/picture.png — the map's first paint: the default view drawn from the static SVG
 * (map only, no legend panel: the page's legend is beside it) as a palette PNG, which a browser
 * paints at once, unlike a 250–450 KB SVG. Also the picture readers without JavaScript and
 * printouts get; the live map replaces it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { views } from '../../../data/views';
import { loadMapBundle } from '../../../features/map/map-source';
import { renderViewSvg } from '../../../lib/svg-render';
import type { View } from '../../../schemas/view';

export const getStaticPaths: GetStaticPaths = () => views.map((view) => ({ params: { view: view.id }, props: { view } }));

export const GET: APIRoute<{ view: View }> = async ({ props }) => {
  const svg = renderViewSvg(props.view, loadMapBundle(), { width: 1200, height: 800, panel: false });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
