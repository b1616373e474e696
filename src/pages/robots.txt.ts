/**
 * robots.txt, generated so that the sitemap address follows SITE_URL and BASE_PATH.
 * Crawlers read robots.txt only at a host's root: under a sub-path deployment this file
 * is informative and the sitemap is also linked from every page's <head>.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site ?? 'http://localhost:4321');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
