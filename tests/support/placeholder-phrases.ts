/**
 * Wording that promises data or text instead of giving it ("once loaded", "until they are loaded the
 * regions are marked as having no data", "data that this atlas does not yet hold"). A page that holds
 * one reads as unfinished; tests check chapters (as written) and every built page against the list.
 * Definitions are not placeholders: the status "illustrative" is explained as "a placeholder to show
 * how a chart works", so the bare word is not on the list.
 * The editors' own record and instructions ("| checked confirmed: …", "(verify HQ city)", "- confirm
 * membership") are on the list too: the data downloads keep them, pages must not show them.
 */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'once loaded',
  'until they are loaded',
  'until then',
  'once their files are added',
  'appear once',
  'does not yet hold',
  'not yet loaded',
  'not yet available',
  'will let readers',
  'when the data arrive',
  'data to come',
  'coming soon',
  'to be added later',
  'lorem ipsum',
  'TODO',
  'TBD',
  'FIXME',
  '| checked',
  'checked confirmed',
  'checked unconfirmed',
  'checked corrected',
  '(verify',
  'verify HQ',
  'verify address',
  'verify website',
  'confirm membership',
  'confirm it is',
];

/** The phrases of the list found in `text` (case and runs of white space ignored, whole words only). */
export function placeholderPhrases(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return PLACEHOLDER_PHRASES.filter((phrase) => new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}($|[^\\p{L}\\p{N}])`, 'iu').test(flat));
}

/** A count of one written with a plural noun ("1 clusters"), as a page's text shows it. */
export function pluralSlips(text: string): string[] {
  return text.replace(/\s+/g, ' ').match(/(?<![\p{N}.,])1 (?:clusters|cluster organisations|organisations|regions|links|members|countries)\b/gu) ?? [];
}
