/**
 * Automatic rating on a scale of any length (contract §9): the item earns the
 * best level whose threshold its lowest due achievement reaches; the schedule
 * then moves it — behind → at best the first behind level; ahead with nothing
 * below 100 % → the top level; on track with nothing due → the on-plan level;
 * an indicator not measured caps it at the on-plan level. A milestone counts
 * 100 % when done and 0 when missed. With the seed's scale this is §5 exactly:
 * a missed indicator is below 100 % (B), every due one exceeded is ≥ 120 % (S).
 */
import type { ScaleLevel } from "../settings/scale";
import { firstBehindLevel, onPlanLevel } from "../settings/scale";
import { reachesMargin } from "./achievement";
import { marginsWith } from "./indicator-threshold";
import type { IndicatorStatus, Schedule } from "./types";

/** Just below 100 %: a missed indicator never reaches the on-plan level, whatever its ratio says (未満 at the target). */
const BELOW_PLAN = 1 - 1e-6;

/** The scale's levels with what the rating needs of them, computed once per run. */
export interface RatingScale {
  readonly levels: readonly ScaleLevel[];
  readonly onPlan: number;
  readonly firstBehind: number;
  /** Margin over 100 % per level (threshold / 100 − 1); null on the lowest. */
  readonly margins: readonly (number | null)[];
}

export function ratingScale(levels: readonly ScaleLevel[]): RatingScale {
  return {
    levels,
    onPlan: onPlanLevel(levels),
    firstBehind: firstBehindLevel(levels),
    margins: levels.map((l) => (l.threshold === null ? null : l.threshold / 100 - 1)),
  };
}

/** The level (index) an achievement earns: the best one whose threshold it reaches, else the lowest. */
export function levelOfAchievement(scale: RatingScale, achievement: number, margins: readonly (number | null)[] = scale.margins): number {
  const m = margins;
  for (let i = 0; i < m.length; i++) {
    const margin = m[i];
    if (margin !== null && reachesMargin(achievement, margin)) return i;
  }
  return m.length - 1;
}

/** What one due indicator counts for: a met one at least 100 %, a missed one below it. */
function counted(status: IndicatorStatus, achievement: number | null): number {
  if (status === "missed") return achievement === null ? 0 : Math.min(achievement, BELOW_PLAN);
  return achievement === null ? 1 : Math.max(achievement, 1);
}

/** How much of rateOnScale's lists to read, and the indicators' own thresholds. */
export interface RateOptions {
  /** How many of the lists are the item's (default: all; the evaluation reuses one list for every item). */
  readonly count?: number;
  /** Per indicator, its own thresholds (判定基準, top level first) or null: they replace the scale's top ones for it. */
  readonly own?: readonly (readonly number[] | null)[] | null;
}

/**
 * The item's level (index into the scale), or -1 when the schedule could not
 * be read (an error finding says why). `count` statuses and achievements are
 * the item's (the evaluation reuses its lists).
 */
export function rateOnScale(
  scale: RatingScale,
  schedule: Schedule | null,
  statuses: readonly IndicatorStatus[],
  achievements: readonly (number | null)[],
  opts: RateOptions = {},
): number {
  const count = opts.count ?? statuses.length;
  const own = opts.own ?? null;
  if (schedule === null) return -1;
  let worst = Infinity;
  let worstLevel = -1;
  let notMeasured = false;
  for (let k = 0; k < count; k++) {
    const s = statuses[k];
    if (s === "notYetDue") continue;
    if (s === "notMeasured") {
      notMeasured = true;
      continue;
    }
    const a = counted(s, achievements[k]);
    worst = Math.min(worst, a);
    // Each indicator earns a level by its thresholds; the item has the worst of them (with the scale's alone, that
    // of its lowest achievement).
    const mine = own?.[k];
    const level = mine ? levelOfAchievement(scale, a, marginsWith(scale.margins, mine)) : levelOfAchievement(scale, a);
    worstLevel = Math.max(worstLevel, level);
  }
  const due = worst !== Infinity;
  let level = due ? worstLevel : scale.onPlan;
  if (schedule === "ahead" && (!due || worst >= 1)) level = 0;
  if (schedule === "behind" && scale.firstBehind >= 0) level = Math.max(level, scale.firstBehind);
  if (notMeasured) level = Math.max(level, scale.onPlan);
  return level;
}
