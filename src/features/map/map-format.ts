import { unitFor } from '../../lib/plural';

/** Number formatting shared by the legend, the summary, the table and the tooltips (English, as the report). */

const FORMATTERS = new Map<number, Intl.NumberFormat>();

/**
 * `1234.5` → "1,234.5"; at most `digits` decimals, trailing zeros dropped — or, with `fixed`, exactly
 * `fixed` decimals ("12.0"), as a metric's figures are shown (Metric.decimals).
 */
export function formatNumber(value: number, digits = 2, fixed?: number): string {
  const key = fixed === undefined ? digits : -1 - fixed;
  let f = FORMATTERS.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en', fixed === undefined ? { maximumFractionDigits: digits } : { minimumFractionDigits: fixed, maximumFractionDigits: fixed });
    FORMATTERS.set(key, f);
  }
  return f.format(value);
}

/** The unit of the metric that counts the list's cluster organisations per region (scripts/lib/regions.ts). */
export const CLUSTER_COUNT_UNIT = 'clusters';

/**
 * A value with its unit, or "no data" for null; units such as "%" stick to the number, count units agree
 * with it ("1 cluster"). `decimals` (the metric's, Metric.decimals) fixes the digits after the point.
 */
export function formatValue(value: number | null | undefined, unit = '', decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const n = formatNumber(value, 2, decimals);
  // A count of this list's clusters: 0 is a gap in the list, not a fact about the place.
  if (unit === CLUSTER_COUNT_UNIT && value === 0) return 'none in this list';
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unitFor(value, unit)}`;
}
