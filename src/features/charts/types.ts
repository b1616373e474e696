/**
 * What the chart renderers take. Plain data, no DOM: the same input draws a chart at build time
 * (region pages, chapters, print) and in the browser (the map's chart panel).
 */

/** One line of a line chart: a value (or null = no data) and Eurostat flags per year of the chart. */
export interface Series {
  /** Stable key (a NUTS or country code, `EU27_2020`, …): used for ids, never shown. */
  readonly id: string;
  /** Shown at the end of the line and in the table header, e.g. "Bayern" or "EU (27 countries)". */
  readonly label: string;
  /** One entry per year of the chart (same length as `years`); null = no value published. */
  readonly values: readonly (number | null)[];
  /** Eurostat observation flags per year ("" = none), same length as `values`, or omitted. */
  readonly flags?: readonly string[];
}

/** A number as readers see it, unit included ("8.6%", "31,200 PPS"). */
export type Format = (value: number) => string;

export interface LineChartInput {
  /** Prefix for ids inside the SVG, unique on the page (`[A-Za-z][\w-]*`). */
  readonly id: string;
  readonly title: string;
  /** One or two sentences for screen readers; the table carries the numbers. */
  readonly description: string;
  /** The years of the x axis, ascending. */
  readonly years: readonly number[];
  /** Up to MAX_SERIES lines; the first is the subject (drawn thickest), then its comparisons. */
  readonly series: readonly Series[];
  /** Unit shown above the y axis ("%", "PPS per inhabitant"). */
  readonly unit: string;
  readonly format?: Format;
  /** Pixel size of the viewBox (the SVG scales to its container). Default 560 × 300. */
  readonly width?: number;
  readonly height?: number;
}

/** One bar of a ranked bar chart. */
export interface BarItem {
  readonly id: string;
  readonly label: string;
  /** What the bar itself is labelled with when the label is long ("EACP"); the tooltip and the table keep `label`. */
  readonly shortLabel?: string;
  /** null or NaN = no value: left out of the ranking. */
  readonly value: number | null;
  readonly flags?: string;
}

export interface BarChartInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Every region with a value; the renderer sorts them (largest first) and keeps top and bottom. */
  readonly items: readonly BarItem[];
  /** The item to emphasise; it is shown in its place even when it is neither top nor bottom. */
  readonly highlight?: string;
  /** How many of the largest and of the smallest values to show. Default 10 each. */
  readonly top?: number;
  readonly bottom?: number;
  readonly unit: string;
  readonly format?: Format;
  /** Width of the viewBox; the height follows from the number of bars. Default 560. */
  readonly width?: number;
}
