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

/** A value with its unit, or "no data" for null; units such as "%" stick to the number, count units agree with it ("1 cluster"). */
export function formatValue(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const n = formatNumber(value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unitFor(value, unit)}`;
}
