/**
 * English plural forms for counts shown to readers: "1 cluster", "2 clusters", "0 clusters".
 * Intl.PluralRules decides (it knows that 1 is "one" and 1.5 is "other"); the nouns are ours.
 */
const RULES = new Intl.PluralRules('en');

/** Units that are a count of things, written in the plural, with their singular. */
const SINGULAR: Readonly<Record<string, string>> = {
  clusters: 'cluster',
  'cluster organisations': 'cluster organisation',
  organisations: 'organisation',
  links: 'link',
  members: 'member',
  regions: 'region',
};

/** The noun that fits `n`: `plural('cluster', 1)` → "cluster", `plural('cluster', 3)` → "clusters". */
export function plural(one: string, n: number, other = `${one}s`): string {
  return RULES.select(n) === 'one' ? one : other;
}

/** A count with its noun: `count(1, 'cluster')` → "1 cluster"; `formatted` replaces the digits (e.g. "1,204"). */
export function count(n: number, one: string, other = `${one}s`, formatted = String(n)): string {
  return `${formatted} ${plural(one, n, other)}`;
}

/** A plural count unit in the form that fits the value ("clusters" → "cluster" for 1); other units as given. */
export function unitFor(value: number, unit: string): string {
  const singular = SINGULAR[unit];
  return singular !== undefined ? plural(singular, value, unit) : unit;
}
