/** /clusters/<id>/locator.svg — the cluster among its neighbours, drawn by the static map renderer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadClusters } from '../../../lib/generated-data';
import { clusterLocatorSvg } from '../../../lib/locator';
import { loadMapBundle } from '../../../features/map/map-source';
import type { Cluster } from '../../../schemas/generated';

export const getStaticPaths: GetStaticPaths = () => loadClusters().map((cluster) => ({ params: { id: cluster.id }, props: { cluster } }));

export const GET: APIRoute<{ cluster: Cluster }> = ({ props }) =>
  new Response(clusterLocatorSvg(props.cluster, loadMapBundle()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
