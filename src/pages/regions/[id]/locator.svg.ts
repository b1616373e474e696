/** /regions/<id>/locator.svg — the region outlined among its neighbours, drawn by the static map renderer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRegions } from '../../../lib/generated-data';
import { regionLocatorSvg } from '../../../lib/locator';
import { loadMapBundle } from '../../../features/map/map-source';
import { regionPages } from '../../../features/regions/pages';
import type { Region } from '../../../schemas/generated';

export const getStaticPaths: GetStaticPaths = () =>
  regionPages(loadRegions().regions).map((region) => ({ params: { id: region.id }, props: { region } }));

export const GET: APIRoute<{ region: Region }> = ({ props }) =>
  new Response(regionLocatorSvg(props.region, loadMapBundle()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
