/**
 * The facts over the real inputs: generated data (public/data/), the manufacturing view's
 * ecosystems and data/state_aid.csv. Build time only; computed once per build.
 */
import { getView } from '../../data/views';
import { loadClusters, loadLinks, loadNetworks, loadRegions, loadSeries } from '../../lib/generated-data';
import { computeFacts, type Facts } from './facts';
import { loadStateAid } from './state-aid';

let cached: Facts | undefined;

export function generatedFacts(): Facts {
  if (cached) return cached;
  const { regions, metrics } = loadRegions();
  cached = computeFacts({
    metrics,
    series: (id) => (metrics.some((m) => m.id === id && m.years.length > 0) ? loadSeries(id) : null),
    regions,
    clusters: loadClusters(),
    links: loadLinks(),
    networks: loadNetworks(),
    manufacturing: getView('manufacturing', 'the chapters’ facts').filters.ecosystems,
    stateAid: loadStateAid(),
  });
  return cached;
}
