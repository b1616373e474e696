/** /regions/<id>/preview.png — the page's social preview (1200 × 630): locator map, name and counts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadClusters, loadManifest, loadRegions } from '../../../lib/generated-data';
import { clustersIn } from '../../../lib/entity-pages';
import { regionLocatorSvg } from '../../../lib/locator';
import { loadMapBundle } from '../../../features/map/map-source';
import { previewSvg, svgToPng } from '../../../lib/preview-image';
import { regionPages } from '../../../features/regions/pages';
import type { Region } from '../../../schemas/generated';

export const getStaticPaths: GetStaticPaths = () =>
  regionPages(loadRegions().regions).map((region) => ({ params: { id: region.id }, props: { region } }));

export const GET: APIRoute<{ region: Region }> = async ({ props: { region } }) => {
  const clusters = clustersIn(region, loadClusters());
  const country = loadRegions().regions.find((r) => r.level === 0 && r.id === region.country)?.name ?? region.country;
  const svg = previewSvg({
    kicker: region.level === 0 ? 'Country' : `NUTS-2 region · ${country}`,
    title: region.name,
    facts: [`${clusters.length} cluster${clusters.length === 1 ? '' : 's'} in the atlas`, ...clusters.slice(0, 3).map((c) => c.name)],
    mapSvg: regionLocatorSvg(region, loadMapBundle()),
    footer: `Cluster Atlas · data as of ${loadManifest().vintage}`,
  });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
