/**
 * An item's rating by the default rule (contract §5):
 * B when the schedule is behind or any due indicator is missed; S when nothing
 * is missed and the schedule is ahead, or on track with at least one due
 * indicator and every due indicator exceeded; A otherwise. An indicator not
 * measured caps the item at A. An item with no due indicator is rated by its
 * schedule alone (ahead S, on A, behind B) — the same rule with nothing due.
 */
import type { IndicatorStatus, Rating, Schedule } from "./types";

/** Null when the schedule could not be read (an error finding says why). */
export function rateItem(
  schedule: Schedule | null,
  statuses: readonly IndicatorStatus[],
  /** How many of `statuses` are the item's (the evaluation reuses one list for every item). */
  count = statuses.length,
): Rating | null {
  if (schedule === null) return null;
  let due = 0;
  let allExceeded = true;
  let notMeasured = false;
  for (let k = 0; k < count; k++) {
    const s = statuses[k];
    if (s === "missed") return "B";
    if (s === "notMeasured") notMeasured = true;
    else if (s !== "notYetDue") {
      due++;
      if (s !== "exceeded") allExceeded = false;
    }
  }
  if (schedule === "behind") return "B";
  if (notMeasured) return "A";
  if (schedule === "ahead") return "S";
  return due > 0 && allExceeded ? "S" : "A";
}
