/** Site-wide settings that editors may change. Deployment URL and base path live in astro.config.mjs. */
export const SITE = {
  title: 'Cluster Atlas',
  subtitle: 'Clusters, entrepreneurship and re-industrialisation in Europe',
  description:
    'A policy report on European industrial and innovation clusters, with maps of clusters, regions and cooperation networks built from open data.',
  lang: 'en',
  /** Repository that holds the chapters; used for "Edit this page" links. */
  repoUrl: process.env.REPO_URL ?? 'https://github.com/cluster-atlas/cluster-atlas',
  /** Branch that "Edit this page" links point at. */
  repoBranch: 'main',
} as const;
