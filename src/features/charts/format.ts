import { unitFor } from '../../lib/plural';

/** The charts' default number format: English grouping, at most two decimals, the unit attached. */
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * `(8.6, '%')` → "8.6%"; `(31200, 'PPS')` → "31,200 PPS"; a count unit
 * agrees with its number (`(1, 'clusters')` → "1 cluster"). With `decimals` (a metric's, Metric.decimals)
 * every value has exactly that many, so a column reads "12.0%", "11.6%".
 */
export function formatWith(unit: string, decimals?: number): (value: number) => string {
  const numbers = decimals === undefined ? NUMBER : new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (value) => {
    const n = numbers.format(value);
    if (!unit) return n;
    return unit === '%' ? `${n}%` : `${n} ${unitFor(value, unit)}`;
  };
}

/** Axis ticks: the number alone (the unit is written once, above the axis). */
export const formatTick = (value: number): string => NUMBER.format(value);
