/**
 * Links of a chapter's text as they must read on the whole-report page (/report/). A relative link
 * (`../policies/`, `../../data/#downloads`) is resolved from the chapters' folder (/chapters/x/:
 * every chapter sits one level below /chapters/, so the result is the same for all); site-root paths,
 * other hosts, in-page anchors and mailto: stay as written.
 */
export function resolveChapterHref(href: string, base = '/'): string {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) return href;
  const root = base.endsWith('/') ? base : `${base}/`;
  const url = new URL(href, `http://report.invalid${root}chapters/x/`);
  return `${url.pathname}${url.search}${url.hash}`;
}
