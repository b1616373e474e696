/** /maps/<view>.svg — the static picture of each view, rendered at build from the same data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { views } from '../../data/views';
import { loadMapBundle } from '../../features/map/map-source';
import { renderViewSvg } from '../../lib/svg-render';
import type { View } from '../../schemas/view';

export const getStaticPaths: GetStaticPaths = () => views.map((view) => ({ params: { view: view.id }, props: { view } }));

export const GET: APIRoute<{ view: View }> = ({ props }) =>
  new Response(renderViewSvg(props.view, loadMapBundle()), { headers: { 'Content-Type': 'image/svg+xml' } });
