/**
 * The map views of the report. Editors change these; src/schemas/view.ts documents each field.
 * Authors place a view in a chapter with `<MapView view="overview" />`.
 */
import { parseViews, type View, type ViewInput, type Bounds } from '../schemas/view';

/**
 * Europe as the reader first sees it: Iceland and the Azores' meridian (−25°) to Cyprus (35° E),
 * Malta and Cyprus in the south (34° N) to the North Cape (71.5° N). Outermost regions
 * (Canaries, Madeira, Azores, French overseas) fall outside and are drawn as insets.
 */
export const EUROPE: Bounds = [[-25, 34], [35, 71.5]];

/** Ecosystems of the manufacturing core, as named in the 2021 Industrial Strategy update. */
const MANUFACTURING = [
  'Aerospace & Defence',
  'Electronics',
  'Energy-Intensive Industries',
  'Mobility-Transport-Automotive',
  'Textile',
];

const VIEWS: ViewInput[] = [
  {
    id: 'overview',
    title: 'Clusters across Europe',
    description: 'Every cluster organisation in the atlas, coloured by industrial ecosystem, over the number of clusters per country.',
    layers: ['regions', 'clusters'],
    regionLevel: 0,
    metric: 'clusters',
    metrics: ['clusters', 'gdp_pps_hab', 'gdp_pps_index', 'unemp_rate_1999_2013', 'industry_share'],
    colorBy: 'ecosystem',
    extent: EUROPE,
  },
  {
    id: 'manufacturing',
    title: 'Manufacturing basins and re-industrialisation',
    description: 'Clusters of the manufacturing ecosystems over the regional indicators of industrial weight.',
    layers: ['regions', 'clusters'],
    regionLevel: 2,
    metric: 'industry_share',
    metrics: ['industry_share', 'lq_b_e', 'gdp_pps_hab', 'gdp_pps_index', 'clusters'],
    colorBy: 'ecosystem',
    filters: { ecosystems: MANUFACTURING },
    extent: EUROPE,
  },
  {
    id: 'cooperation',
    title: 'Cooperation between clusters',
    description: 'Declared partnerships between clusters (solid lines, with their network and evidence). Suggested partners of the same field in other countries (dashed) can be switched on under Layers and filters.',
    layers: ['clusters', 'links'],
    regionLevel: 0,
    metric: 'clusters',
    metrics: ['clusters', 'gdp_pps_hab', 'gdp_pps_index'],
    colorBy: 'ecosystem',
    extent: EUROPE,
  },
  {
    id: 'crisis',
    title: 'Crisis and restructuring',
    description: 'Regions by the indicators of the 2008–2013 shock and its aftermath, with the clusters located in them.',
    layers: ['regions', 'clusters'],
    regionLevel: 2,
    metric: 'unemp_rate',
    metrics: ['unemp_rate', 'unemp_change_2008_2013', 'unemp_change_2013_2017', 'gdp_pps_hab', 'gdp_pps_change_2008_2013',
      'gdp_pps_change_2008_latest', 'gdp_pps_index', 'clusters'],
    colorBy: 'category',
    extent: EUROPE,
  },
  {
    id: 'specialisation',
    title: 'Sector specialisation of regions',
    description: 'NUTS-2 regions by employment specialisation (location quotients by NACE section against the EU28), with clusters coloured by their EOCIC category.',
    layers: ['regions', 'clusters'],
    regionLevel: 2,
    metric: 'lq_j',
    metrics: ['lq_j', 'lq_k', 'lq_m_n', 'lq_b_e', 'lq_f', 'lq_g_i', 'lq_a', 'industry_share', 'clusters'],
    colorBy: 'category',
    extent: EUROPE,
  },
];

/** All views, validated once at import. */
export const views: readonly View[] = parseViews(VIEWS);

/** The view with this id, or a build error naming the valid ids (used for MDX props). */
export function getView(id: string, where = 'MapView'): View {
  const view = views.find((v) => v.id === id);
  if (!view) {
    throw new Error(`${where}: unknown map view "${id}"; expected one of: ${views.map((v) => v.id).join(', ')} (defined in src/data/views.ts)`);
  }
  return view;
}
