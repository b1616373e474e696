/**
 * The "cite this view" line: who, what, which data vintage, where, and when it was read.
 * Plain text (readers paste it into reports and footnotes); shared by the server render and
 * the share script, so both print the same words.
 *   Cluster Atlas, “Cooperation between clusters” [interactive map], data as of 2026-11-20.
 *   https://…/maps/cooperation/?sel=cluster:minalogic (accessed 2026-11-25).
 */
export interface CitationInput {
  /** Title of the view or page. */
  readonly title: string;
  /** Data vintage from the manifest (ISO date). */
  readonly vintage: string;
  /** Absolute URL of the view, with its state. */
  readonly url: string;
  /** ISO date the reader looked at it; omitted in the server-rendered line. */
  readonly accessed?: string;
  /** Publisher name; the site title. */
  readonly publisher?: string;
}

export function citation({ title, vintage, url, accessed, publisher = 'Cluster Atlas' }: CitationInput): string {
  const when = accessed ? ` (accessed ${accessed})` : '';
  return `${publisher}, “${title}” [interactive map], data as of ${vintage}. ${url}${when}.`;
}

/** Today as an ISO date in the reader's own time zone. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
