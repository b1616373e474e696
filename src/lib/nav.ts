/** The site's main sections, in header order. Paths are site paths (before the base path). */
export interface NavItem {
  label: string;
  path: string;
}

export const NAV: readonly NavItem[] = [
  { label: 'Chapters', path: '/chapters/' },
  { label: 'Maps', path: '/maps/' },
  { label: 'Clusters', path: '/clusters/' },
  { label: 'Regions', path: '/regions/' },
  { label: 'Data & sources', path: '/data/' },
  { label: 'About & method', path: '/about/' },
];
