/**
 * Prefix a site-internal path with the configured base path, so that links keep
 * working when the site is deployed under a sub-path (e.g. a GitHub project page).
 * `href('/chapters/policies/')` → `/cluster-atlas/chapters/policies/` when BASE_PATH=/cluster-atlas.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const cleanBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${cleanBase}${cleanPath}`;
}
