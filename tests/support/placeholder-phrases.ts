/**
 * Wording that promises data or text instead of giving it ("once loaded", "until they are loaded the
 * regions are marked as having no data", "data that this atlas does not yet hold"). A page that holds
 * one reads as unfinished; tests check chapters (as written) and every built page against the list.
 * Definitions are not placeholders: the status "illustrative" is explained as "a placeholder to show
 * how a chart works", so the bare word is not on the list.
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
];

/** The phrases of the list found in `text` (case and runs of white space ignored, whole words only). */
export function placeholderPhrases(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return PLACEHOLDER_PHRASES.filter((phrase) => new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}($|[^\\p{L}\\p{N}])`, 'iu').test(flat));
}
