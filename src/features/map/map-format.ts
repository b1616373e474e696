import { unitFor } from '../../lib/plural';

/** Number formatting shared by the legend, the summary, the table and the tooltips (English, as the report). */

const FORMATTERS = new Map<number, Intl.NumberFormat>();

/** `1234.5` → "1,234.5"; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  let f = FORMATTERS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
    FORMATTERS.set(digits, f);
  }
  return f.format(value);
}

/** The unit of the metric that counts the list's cluster organisations per region (scripts/lib/regions.ts). */
export const CLUSTER_COUNT_UNIT = 'clusters';

/** A value with its unit, or "no data" for null; units such as "%" stick to the number, count units agree with it ("1 cluster"). */
export function formatValue(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const n = formatNumber(value);
  // A count of this list's clusters: 0 is a gap in the list, not a fact about the place.
  if (unit === CLUSTER_COUNT_UNIT && value === 0) return 'none in this list';
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unitFor(value, unit)}`;
}
