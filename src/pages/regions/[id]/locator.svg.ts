/** /regions/<id>/locator.svg — the region outlined among its neighbours, drawn by the static map renderer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadClusters, loadRegions } from '../../../lib/generated-data';
import { regionsWithClusters } from '../../../lib/entity-pages';
import { regionLocatorSvg } from '../../../lib/locator';
import { loadMapBundle } from '../../../features/map/map-source';
import type { Region } from '../../../schemas/generated';

export const getStaticPaths: GetStaticPaths = () =>
  regionsWithClusters(loadRegions().regions, loadClusters()).map((region) => ({ params: { id: region.id }, props: { region } }));

export const GET: APIRoute<{ region: Region }> = ({ props }) =>
  new Response(regionLocatorSvg(props.region, loadMapBundle()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
