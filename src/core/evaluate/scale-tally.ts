/**
 * 【表１】 on a plan's own scale (contract §9): per area, and in total, the
 * entries per level and the entries not rated (their own column). Made from
 * the evaluation's entries in report order, only for a plan whose scale is
 * not the seed's or that has entries not rated: the seed's tally (S / A / B)
 * stays as it is, so a seed-scale run does no work here.
 */
import type { Scale } from "../settings/scale";
import type { AreaTally, ItemResult } from "./types";

export interface LevelCounts {
  /** Entries per level, best first (index = level). */
  readonly counts: readonly number[];
  /** Entries counted in the plan but rated in no level (対象外, 未評価, 完了, …). */
  readonly notRated: number;
}

export interface ScaleTally {
  readonly scale: Scale;
  /** Per area, parallel to Evaluation.tally. */
  readonly areas: readonly LevelCounts[];
  readonly totals: LevelCounts;
}

/**
 * Counts `items` (report order; each names its area as `tally` does) by the
 * index of their rating's code in the scale. `notRated(item)` says which
 * entries are counted outside every level.
 */
export function tallyOnScale(
  scale: Scale,
  tally: readonly AreaTally[],
  items: readonly ItemResult[],
  notRated: (item: ItemResult) => boolean,
): ScaleTally {
  const levels = scale.levels.length;
  const indexOfCode = new Map<string, number>(scale.levels.map((l, i) => [l.code, i]));
  const indexOfArea = new Map<string, number>(tally.map((t, k) => [t.area, k]));
  const counts = tally.map(() => new Array<number>(levels).fill(0));
  const off = tally.map(() => 0);
  for (const item of items) {
    const k = indexOfArea.get(item.area);
    if (k === undefined) continue;
    if (notRated(item)) {
      off[k]++;
      continue;
    }
    const level = item.rating === null ? undefined : indexOfCode.get(item.rating);
    if (level !== undefined) counts[k][level]++;
  }
  const totals = new Array<number>(levels).fill(0);
  for (const c of counts) for (let i = 0; i < levels; i++) totals[i] += c[i];
  return {
    scale,
    areas: counts.map((c, k) => ({ counts: c, notRated: off[k] })),
    totals: { counts: totals, notRated: off.reduce((a, b) => a + b, 0) },
  };
}
