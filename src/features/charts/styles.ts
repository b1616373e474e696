/**
 * How series are told apart. Never by colour alone: each line also has its own dash pattern and a
 * label at its end. Colours are dark enough for text on white (contrast ≥ 4.5:1, tested), since the
 * end labels are written in the line's colour.
 */
export interface SeriesStyle {
  readonly color: string;
  /** Stroke width in viewBox px: the subject (first series) is drawn thickest. */
  readonly width: number;
  /** SVG stroke-dasharray, "" for solid. */
  readonly dash: string;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#1f3a5f', width: 3, dash: '' },
  { color: '#a63d12', width: 2, dash: '7 4' },
  { color: '#2b6a47', width: 2, dash: '2 3' },
  { color: '#6a3d9a', width: 2, dash: '10 3 2 3' },
  { color: '#6b5200', width: 2, dash: '4 2 1 2 1 2' },
];

/** At most this many lines per chart: beyond five, direct labels crowd and patterns repeat. */
export const MAX_SERIES = SERIES_STYLES.length;

export const INK = '#1a1a1a';
/** Axis text and ticks: #595959 is the lightest grey with 7:1 on white. */
export const MUTED = '#595959';
export const GRID = '#e3e3e3';
/** Bars of a ranked chart, and the emphasised one. */
export const BAR = '#8ca3bd';
export const BAR_HIGHLIGHT = '#1f3a5f';
export const HIGHLIGHT_BAND = '#fbeee4';
