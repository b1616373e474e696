/**
 * Build time only: the site's downloads (src/lib/downloads.ts) built once from the pipeline's
 * validated data, for the /downloads/<file> endpoint and the <DownloadList> component.
 */
import { views } from '../data/views';
import { loadAllSeries, loadClusters, loadLinks, loadManifest, loadNetworks, loadRegions } from './generated-data';
import { buildDownloads, type DownloadFile } from './downloads';
import { absoluteUrl } from './page-meta';

let cached: DownloadFile[] | null = null;

/** Every download file (cached for the build). `site` is Astro's `site` (absolute URLs in the metadata). */
export function getDownloads(site: URL | undefined): DownloadFile[] {
  if (cached) return cached;
  const { regions, metrics } = loadRegions();
  const origin = site ?? new URL('http://localhost/');
  cached = buildDownloads({
    views,
    clusters: loadClusters(),
    links: loadLinks(),
    networks: loadNetworks(),
    regions,
    metrics,
    series: loadAllSeries(),
    manifest: loadManifest(),
    absolute: (path) => absoluteUrl(path, origin),
  });
  return cached;
}

/** Human file size: "12 KB" (1 KB = 1,000 bytes, as file managers show it). */
export function fileSize(text: string): string {
  const bytes = Buffer.byteLength(text);
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
