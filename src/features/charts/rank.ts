/** Ranking shared by the bar chart, its table and the region pages' "rank in country / in Europe". */
import type { BarItem } from './types';

/** A ranked item: 1 = largest value. Ties share the better rank ("competition" ranking: 1, 2, 2, 4). */
export interface Ranked extends BarItem {
  readonly value: number;
  readonly rank: number;
}

/** Items with a finite value, largest first (ties by label, then id, so the order is stable). */
export function rankItems(items: readonly BarItem[]): Ranked[] {
  const sorted = items
    .filter((i): i is BarItem & { value: number } => i.value !== null && Number.isFinite(i.value))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || item.value !== sorted[i - 1]?.value) rank = i + 1;
    return { ...item, rank };
  });
}

/** One row of a shortened ranking: an item, or a gap standing for `hidden` items not shown. */
export type RankRow = { readonly kind: 'item'; readonly item: Ranked } | { readonly kind: 'gap'; readonly hidden: number };

/**
 * The top `top` and bottom `bottom` items, and the highlighted one in its place if it is neither;
 * skipped stretches become gap rows. Everything is shown when it fits in top + bottom (+1).
 */
export function topAndBottom(ranked: readonly Ranked[], top: number, bottom: number, highlight?: string): RankRow[] {
  const shown = ranked.map((r, i) => i < top || i >= ranked.length - bottom || r.id === highlight);
  // A gap of one item hides less than the gap row costs: show that item instead.
  const lone = shown.map((s, i) => !s && (i === 0 || shown[i - 1] === true) && (i === shown.length - 1 || shown[i + 1] === true));
  const rows: RankRow[] = [];
  let hidden = 0;
  ranked.forEach((item, i) => {
    if (!shown[i] && !lone[i]) return void (hidden += 1);
    if (hidden > 0) rows.push({ kind: 'gap', hidden });
    hidden = 0;
    rows.push({ kind: 'item', item });
  });
  if (hidden > 0) rows.push({ kind: 'gap', hidden });
  return rows;
}
