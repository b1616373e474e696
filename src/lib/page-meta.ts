/**
 * Pure helpers for the <head> metadata of every page (see src/layouts/Base.astro).
 */
import { href } from './paths';

/** "Policies · Cluster Atlas"; the home page keeps the bare site title. */
export function pageTitle(title: string, siteTitle: string): string {
  return title === siteTitle ? title : `${title} · ${siteTitle}`;
}

/**
 * An absolute URL for canonical links and link-preview pictures, which crawlers and
 * social sites read without a base. Absolute http(s) URLs pass through; site paths get
 * the base path (unless `alreadyBased`, e.g. Astro.url.pathname) and the site origin.
 */
export function absoluteUrl(pathOrUrl: string, site: URL, options: { base?: string; alreadyBased?: boolean } = {}): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const path = options.alreadyBased ? pathOrUrl : href(pathOrUrl, options.base);
  return new URL(path, site).href;
}
