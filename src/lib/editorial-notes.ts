/**
 * What a cluster page shows readers from two editor-facing columns of data/clusters.csv.
 *
 * `note` carries a short description for readers followed by the editors' check record, joined by
 * " | " ("National automotive cluster | checked confirmed: GIZ ACS news datelined Ljubljana …").
 * `source` may refer to the CSV column by name ("confirmed against the page in source_url").
 * A reader part may still hold an editor's instruction ("(verify HQ city)", "- confirm membership",
 * "(… : confirm it is the same partner)"): those are dropped too, as the row's status badge already
 * tells readers it needs checking. The same rules serve the evidence of a network membership
 * (data/network_members.csv `evidence`). Readers get a clean sentence; the full record stays in the
 * data downloads, where an editor looks for it. Pure: used at build time by the cluster pages.
 */

/** A segment of `note` that belongs to the editors' record, not to readers. */
const RECORD_SEGMENT = /^(checked\b|merged \(see check note\))/i;

/** An instruction to editors: the imperative "verify"/"confirm" (not "confirmed"), in brackets or as a closing clause. */
const INSTRUCTION_IN_BRACKETS = /\s*\([^()]*\b(?:verify|confirm)\b[^()]*\)/gi;
const INSTRUCTION_CLAUSE = /\s*(?:[;,]|\s[-–])\s*(?:verify|confirm)\b[^;]*$/i;

/** A segment without the editors' instructions it carries. */
function withoutInstructions(segment: string): string {
  return segment.replace(INSTRUCTION_IN_BRACKETS, '').replace(INSTRUCTION_CLAUSE, '').trim();
}

/** The reader part of a cluster's note (or a membership's evidence), or null when nothing of it is meant for readers. */
export function readerNote(note: string | null | undefined): string | null {
  if (!note) return null;
  const kept = note
    .split(' | ')
    .map((segment) => segment.trim())
    .filter((segment) => !RECORD_SEGMENT.test(segment))
    .map(withoutInstructions)
    .filter((segment) => segment !== '' && !/^(?:verify|confirm)\b/i.test(segment));
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
