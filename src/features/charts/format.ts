/** The charts' default number format: English grouping, at most two decimals, the unit attached. */
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** `(8.6, '%')` → "8.6%"; `(31200, 'PPS')` → "31,200 PPS". */
export function formatWith(unit: string): (value: number) => string {
  return (value) => {
    const n = NUMBER.format(value);
    if (!unit) return n;
    return unit === '%' ? `${n}%` : `${n} ${unit}`;
  };
}

/** Axis ticks: the number alone (the unit is written once, above the axis). */
export const formatTick = (value: number): string => NUMBER.format(value);
