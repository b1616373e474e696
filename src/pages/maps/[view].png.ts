/** /maps/<view>.png — social preview (1200 × 630, the Open Graph size) drawn from the static SVG by sharp. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { views } from '../../data/views';
import { loadMapBundle } from '../../features/map/map-source';
import { renderViewSvg } from '../../lib/svg-render';
import type { View } from '../../schemas/view';

export const getStaticPaths: GetStaticPaths = () => views.map((view) => ({ params: { view: view.id }, props: { view } }));

export const GET: APIRoute<{ view: View }> = async ({ props }) => {
  const svg = renderViewSvg(props.view, loadMapBundle(), { width: 1200, height: 630 });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
