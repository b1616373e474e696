/**
 * Class breaks and colours for every metric, computed once at build time so the browser only
 * looks values up (src/features/map/map-legend.ts `classify`: class i covers [breaks[i-1], breaks[i])).
 *
 * Palettes are ColorBrewer single-hue sequential schemes from d3-scale-chromatic (Blues, Purples,
 * Oranges), which stay ordered under the common colour-vision deficiencies. "No data" is a mid grey
 * that no sequential class uses, so a missing value never looks like a low one.
 */
import { scaleQuantile } from 'd3-scale';
import { schemeBlues, schemeOranges, schemePurples } from 'd3-scale-chromatic';

export const NO_DATA_COLOR = '#b4b4b4';

export type Palette = 'blues' | 'purples' | 'oranges';
const SCHEMES: Record<Palette, readonly (readonly string[])[]> = { blues: schemeBlues, purples: schemePurples, oranges: schemeOranges };

/** `classes` colours of a palette (ColorBrewer defines 3–9; fewer are taken from the 3-class set). */
export function paletteColors(palette: Palette, classes: number): string[] {
  const scheme = SCHEMES[palette];
  if (classes >= 3) return [...scheme[Math.min(classes, 9)]!];
  return [...scheme[3]!].slice(3 - classes);
}

/** Round to `digits` significant digits so legend labels read as 12, 0.45, 1,300 rather than 12.3817. */
export function roundSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  // Half away from zero, like src/lib/precision.ts round().
  const r = (Math.sign(x) * Math.round(Math.abs(x) * p)) / p;
  return Number(r.toPrecision(15));
}

/** Quantile breaks of the non-null values, rounded and de-duplicated; at most classes−1 breaks. */
export function quantileBreaks(values: readonly (number | null)[], classes = 5): number[] {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (new Set(xs).size < 2) return [];
  const q = scaleQuantile<number>().domain(xs).range(Array.from({ length: classes }, (_, i) => i)).quantiles();
  const min = Math.min(...xs);
  return [...new Set(q.map((b) => roundSignificant(b)))].filter((b) => b > min).sort((a, b) => a - b);
}

/**
 * Breaks for counts: 1 opens the first non-zero class (0 = "none in this dataset" keeps its own
 * class), then the 1–2–5 series (2, 5, 10, 20, 50, …) up to the largest count, at most
 * `classes` − 1 breaks. Legends read "1", "2–4", "5–9", "10 or more": round numbers a reader can
 * compare across maps, where quantiles of a few heavily tied counts would collapse into one class.
 */
export function countBreaks(values: readonly (number | null)[], classes = 5): number[] {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (max < 1) return [];
  const breaks = [1];
  for (let decade = 1; breaks.length < classes - 1; decade *= 10) {
    for (const step of [2, 5, 10]) {
      const b = step * decade;
      if (b > max || breaks.length >= classes - 1) return breaks;
      if (!breaks.includes(b)) breaks.push(b);
    }
  }
  return breaks;
}

/**
 * Employment location-quotient breaks, symmetric on a ratio scale around 1 (the reference's
 * share): below ⅔ of the EU share, ⅔–0.8, about the EU share (0.8–1.25), 1.25–1.5, 1.5 times or more.
 */
export const LQ_BREAKS = [0.67, 0.8, 1.25, 1.5] as const;

export interface Classes {
  breaks: number[];
  colors: string[];
  noDataColor: string;
}

export function classesFor(breaks: readonly number[], palette: Palette): Classes {
  return { breaks: [...breaks], colors: paletteColors(palette, breaks.length + 1), noDataColor: NO_DATA_COLOR };
}
