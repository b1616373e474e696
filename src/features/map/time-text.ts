/**
 * The words about time beside a legend, shared by the server (MapFigure.astro: the default year,
 * for readers without JavaScript and in print) and the live map (the year or range shown).
 */
import type { Metric } from '../../schemas/generated';
import type { YearRange } from '../url-state/time-params';

/** State keys whose change changes the values the map shows (`series`: a series arrived). */
export const VALUE_KEYS = ['metric', 'year', 'change', 'series'] as const;

/** ", 2013" or ", 2008–2013" after the legend title; "" for a metric without years. */
export function legendWhen(year: number | null, change: YearRange | null): string {
  if (change) return `, ${change.from}–${change.to}`;
  return year === null ? '' : `, ${year}`;
}

/**
 * Why colours can be compared between years: the classes are fixed over all of them (the pipeline
 * computes them over every year of the indicator). On a change map: the classes' centre. null when
 * the metric has one year or none.
 */
export function classesNote(m: Pick<Metric, 'years'>, change: YearRange | null): string | null {
  if (change) return `Change from ${change.from} to ${change.to}: classes symmetric around no change (orange a fall, purple a rise).`;
  const ys = m.years;
  if (ys.length < 2) return null;
  return `Classes are the same for every year (${ys[0]}–${ys[ys.length - 1]}), so a colour means the same in each.`;
}
