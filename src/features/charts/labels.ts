/**
 * Direct labels at the ends of lines: each wants the y of its line's last value; labels closer than
 * `gap` px are pushed apart (downwards, then the whole stack back up if it leaves the plot), so two
 * regions with the same latest value still get two readable labels.
 */
export interface LabelSlot {
  readonly index: number;
  /** Where the label would like to sit (px). */
  readonly want: number;
}

/** Final y per slot, in the order given; `top`/`bottom` bound the stack (px). */
export function spreadLabels(slots: readonly LabelSlot[], gap: number, top: number, bottom: number): Map<number, number> {
  const sorted = [...slots].sort((a, b) => a.want - b.want || a.index - b.index);
  const ys: number[] = [];
  for (const [i, slot] of sorted.entries()) ys.push(Math.max(slot.want, top, i === 0 ? top : (ys[i - 1] ?? top) + gap));
  // If the stack ran past the bottom, move it up as a block, keeping the gaps.
  for (let i = ys.length - 1; i >= 0; i -= 1) {
    const limit = i === ys.length - 1 ? bottom : (ys[i + 1] ?? bottom) - gap;
    if ((ys[i] ?? 0) > limit) ys[i] = limit;
  }
  return new Map(sorted.map((slot, i) => [slot.index, ys[i] ?? slot.want]));
}
