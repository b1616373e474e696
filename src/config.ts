/** Site-wide settings that editors may change. Deployment URL and base path live in astro.config.mjs. */
export const SITE = {
  title: 'Cluster Atlas',
  subtitle: 'Clusters, entrepreneurship and re-industrialisation in Europe',
  description:
    'A policy report on European industrial and innovation clusters, with maps of clusters, regions and cooperation networks built from open data.',
  /**
   * The report's abstract: one paragraph on the home page's cover, in the editors' words.
   * The main messages under it are the key messages of the first chapter (order 1).
   */
  abstract:
    'Clusters — places where firms, research centres and training providers in one field work side by side — are where Europe can turn entrepreneurship, innovation and industrial renewal into growth. This report sets out a cluster strategy in three axes: let clusters grow bottom-up from the market and from new firms, while modernising the manufacturing basins that still shape much of the continent; give them policies that fit, from the EU budget to State aid and intellectual property rules; and help clusters of the same field work together across borders to reach critical mass. It then shows how clusters can soften the financial and economic crisis and speed up recovery. Each claim is tied to a map or a sourced figure.',
  lang: 'en',
  /** Repository that holds the chapters; used for "Edit this page" links. */
  repoUrl: process.env.REPO_URL ?? 'https://github.com/cluster-atlas/cluster-atlas',
  /** Branch that "Edit this page" links point at. */
  repoBranch: 'main',
} as const;
