/**
 * Eurostat observation flags, as Eurostat explains them on its download pages ("Flags and footnotes").
 * A value may carry several (`bu`: a break in the series and low reliability).
 */
export const FLAG_MEANINGS: Readonly<Record<string, string>> = {
  b: 'break in time series',
  c: 'confidential',
  d: 'definition differs',
  e: 'estimated',
  f: 'forecast',
  n: 'not significant',
  p: 'provisional',
  r: 'revised',
  s: 'Eurostat estimate',
  u: 'low reliability',
  z: 'not applicable',
};

/** The distinct flag letters of `flags` strings, in alphabetical order: `['bu', 'p', '']` → `['b', 'p', 'u']`. */
export function flagLetters(flags: Iterable<string>): string[] {
  const letters = new Set<string>();
  for (const f of flags) for (const ch of f) letters.add(ch);
  return [...letters].sort();
}

/** `'bu'` → "b: break in time series, u: low reliability"; unknown letters are shown as found. */
export function explainFlags(flags: string): string {
  return flagLetters([flags])
    .map((ch) => `${ch}: ${FLAG_MEANINGS[ch] ?? 'flag not in Eurostat’s list'}`)
    .join(', ');
}
