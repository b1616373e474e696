/** /clusters/<id>/preview.png — the page's social preview (1200 × 630): locator map, name and facts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadClusters, loadManifest, loadRegions } from '../../../lib/generated-data';
import { clusterLocatorSvg } from '../../../lib/locator';
import { loadMapBundle } from '../../../features/map/map-source';
import { previewSvg, svgToPng } from '../../../lib/preview-image';
import { STATUS_INFO } from '../../../lib/status';
import { sizeText } from '../../../lib/cluster-size';
import type { Cluster } from '../../../schemas/generated';

export const getStaticPaths: GetStaticPaths = () => loadClusters().map((cluster) => ({ params: { id: cluster.id }, props: { cluster } }));

export const GET: APIRoute<{ cluster: Cluster }> = async ({ props: { cluster } }) => {
  const country = loadRegions().regions.find((r) => r.level === 0 && r.id === cluster.country)?.name ?? cluster.country;
  const svg = previewSvg({
    kicker: `Cluster · ${country}`,
    title: cluster.name,
    facts: [cluster.city, cluster.sector, sizeText(cluster) ?? '', `Status: ${STATUS_INFO[cluster.status].label}`].filter(Boolean),
    mapSvg: clusterLocatorSvg(cluster, loadMapBundle()),
    footer: `Cluster Atlas · data as of ${loadManifest().vintage}`,
  });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
