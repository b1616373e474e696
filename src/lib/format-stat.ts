/**
 * How a statistic prints in the text (British English, as the report): thousands separated
 * by commas; with `decimals`, exactly that many digits, otherwise the digits the author wrote.
 */
export function formatStatValue(value: number, decimals?: number): string {
  const digits = decimals ?? fractionDigits(value);
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Digits after the point in the shortest form of `value` (0.81 → 2, 1e-7 → 7), at most 20. */
function fractionDigits(value: number): number {
  const [mantissa = '', exponent] = Math.abs(value).toString().split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(20, Math.max(0, decimals - Number(exponent ?? 0)));
}
