/**
 * Build time only: the map data and geometry, loaded once per build through the pipeline's
 * validated getters (src/lib/generated-data.ts) and shaped for the maps.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { loadClusters, loadGeo, loadLinks, loadManifest, loadNetworks, loadRegions, type GeoName } from '../../lib/generated-data';
import { toMapData } from './map-data';
import type { GeoProps, SvgData } from '../../lib/svg-render';

let cached: SvgData | null = null;

function geo(name: GeoName): FeatureCollection<Geometry, GeoProps> {
  const topo = loadGeo(name);
  return feature(topo, topo.objects[name] as GeometryCollection<GeoProps>) as unknown as FeatureCollection<Geometry, GeoProps>;
}

/** All map data with decoded geometry (cached for the build). */
export function loadMapBundle(): SvgData {
  if (cached) return cached;
  const { regions, metrics } = loadRegions();
  const data = toMapData({ vintage: loadManifest().vintage, clusters: loadClusters(), links: loadLinks(), networks: loadNetworks(), regions, metrics });
  cached = { ...data, geo: { countries: geo('countries'), nuts2: geo('nuts2') } };
  return cached;
}
