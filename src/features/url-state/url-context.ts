/**
 * The bridge between the map data and the URL module: which ids a deep link may name, and
 * the defaults of each view. Build-time only (it imports the zod view schema): the map page embeds
 * the result as JSON for the client (validate it there with nothing; it was built from validated data).
 */
import type { View } from '../../schemas/view';
import { LAYER_IDS } from '../../schemas/view';
import { distinct, filterOptions, initialFilters, metricsFor, resolveMetric, type MapData } from '../map/map-data';
import { LINK_KINDS, slugify, type UrlContext, type ViewContext } from './url-state';

/** The URL-relevant part of one view, with its metric resolved against the data. */
export function viewContext(view: View, data: Pick<MapData, 'metrics'>): ViewContext {
  const f = initialFilters(view);
  return {
    id: view.id,
    metric: resolveMetric(view, data.metrics)?.id ?? null,
    metrics: metricsFor(view, data.metrics).map((m) => m.id),
    layers: LAYER_IDS.filter((l) => view.layers.includes(l)),
    ecosystems: f.ecosystems,
    categories: f.categories,
    countries: f.countries,
    links: LINK_KINDS.filter((k) => f.linkKinds.includes(k)),
  };
}

/**
 * Everything a deep link to `pageView` may name. Filter options are those of the data plus any
 * that a view filters on by default (so every default state is expressible). Two option names that
 * share a URL slug are a build error, because the URL could not tell them apart.
 */
export function urlContextFrom(pageView: string, views: readonly View[], data: Pick<MapData, 'metrics' | 'clusters' | 'regions'>): UrlContext {
  const options = filterOptions(data.clusters);
  const ctxViews = views.map((v) => viewContext(v, data));
  const context: UrlContext = {
    view: pageView,
    views: ctxViews,
    layers: [...LAYER_IDS],
    linkKinds: [...LINK_KINDS],
    ecosystems: distinct([...options.ecosystems, ...ctxViews.flatMap((v) => v.ecosystems)]),
    categories: distinct([...options.categories, ...ctxViews.flatMap((v) => v.categories)]),
    countries: distinct([...options.countries, ...ctxViews.flatMap((v) => v.countries)]),
    clusters: data.clusters.map((c) => c.id).sort(),
    regions: data.regions.map((r) => r.id).sort(),
    years: yearsByMetric(data.metrics),
  };
  assertDistinctSlugs('ecosystem', context.ecosystems);
  assertDistinctSlugs('category', context.categories);
  return context;
}

/** Years a reader may choose per metric: those of metrics with two or more years of data. */
export function yearsByMetric(metrics: readonly { id: string; years?: readonly number[] | undefined }[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const m of metrics) if (m.years && m.years.length >= 2) out[m.id] = [...m.years].sort((a, b) => a - b);
  return out;
}

function assertDistinctSlugs(what: string, names: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    const other = seen.get(slug);
    if (other !== undefined) throw new Error(`url-context: the ${what} names “${other}” and “${name}” share the URL slug “${slug}”; rename one of them in the data`);
    seen.set(slug, name);
  }
}
