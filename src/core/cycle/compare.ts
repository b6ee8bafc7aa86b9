/**
 * Two periods' results compared (contract §10, 前回比較): per level, area by
 * area and in total, this period, the previous and 増減; how many items
 * improved and worsened; the items whose level changed, grouped 「A←B」;
 * items added and removed. Both periods are read on this period's scale
 * (levels best first): a better level is an earlier one.
 */
import type { Scale } from "../settings/scale";
import { findChanges } from "./changes";
import { compareCounts } from "./level-columns";
import type { Comparison, PeriodResult } from "./types";

export function comparePeriods(scale: Pick<Scale, "levels">, current: PeriodResult, previous: PeriodResult): Comparison {
  const codes = scale.levels.map((l) => l.code);
  const { areas, totals } = compareCounts(codes, current.items, previous.items);
  return {
    period: current.period,
    previousPeriod: previous.period,
    codes,
    areas,
    totals,
    ...findChanges(codes, current.items, previous.items),
  };
}
