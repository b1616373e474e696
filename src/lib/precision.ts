/**
 * Decimal places kept for longitude/latitude in generated files.
 * 4 decimals ≈ 11 m at the equator (≈ 7 m east–west at 50° N): far finer than a city
 * centroid or a 1:10M boundary, and it keeps the JSON small and byte-stable.
 */
export const COORD_DECIMALS = 4;

/** Decimal places for metric values such as shares and quotients. */
export const VALUE_DECIMALS = 3;

/** Round half away from zero to `decimals` places; -0 becomes 0 so output stays byte-stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.sign(value) * Math.round(Math.abs(value) * f) / f;
  return r === 0 ? 0 : r;
}
