/**
 * What a cluster page shows readers from two editor-facing columns of data/clusters.csv.
 *
 * `note` carries a short description for readers followed by the editors' check record, joined by
 * " | " ("National automotive cluster | checked confirmed: GIZ ACS news datelined Ljubljana …").
 * `source` may refer to the CSV column by name ("confirmed against the page in source_url").
 * Readers get a clean sentence; the full record stays in the data downloads (the `note` column),
 * where an editor looks for it. Pure: used at build time by the cluster pages.
 */

/** A segment of `note` that belongs to the editors' record, not to readers. */
const RECORD_SEGMENT = /^(checked\b|merged \(see check note\))/i;

/** The reader part of a cluster's note, or null when nothing of it is meant for readers. */
export function readerNote(note: string | null | undefined): string | null {
  if (!note) return null;
  const kept = note
    .split(' | ')
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '' && !RECORD_SEGMENT.test(segment));
  return kept.length > 0 ? kept.join('; ') : null;
}

/** True when the note holds more than the reader part (so the page can say where the rest is). */
export function hasEditorialRecord(note: string | null | undefined): boolean {
  return !!note && note.split(' | ').some((segment) => RECORD_SEGMENT.test(segment.trim()));
}

/**
 * The source as a sentence for readers: the CSV column name `source_url` becomes "the linked page"
 * (the page links the source to that address), or "its source page" when there is no address.
 */
export function readerSource(source: string, hasUrl: boolean): string {
  const page = hasUrl ? 'the linked page' : 'its source page';
  return source
    .replace(/\s*\(see source_url\)/gi, '')
    .replace(/\bthe page in source_url\b/gi, page)
    .replace(/\bsource_url\b/gi, page)
    .trim();
}

/** Text ending as a sentence: a full stop is added unless it already ends with . ! ? or a closing quote after one. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
