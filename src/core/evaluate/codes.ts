/**
 * Schedules and ratings as small integer codes, for results kept in typed
 * arrays or bit fields (see item-result.ts, evaluate.ts): 0 is null.
 */
import type { Rating, Schedule } from "./types";

export const SCHEDULE_BY_CODE: readonly (Schedule | null)[] = [null, "ahead", "on", "behind"];
export const RATING_BY_CODE: readonly (Rating | null)[] = [null, "S", "A", "B"];

export function scheduleCode(s: Schedule | null): number {
  return s === null ? 0 : s === "ahead" ? 1 : s === "on" ? 2 : 3;
}

export function ratingCode(r: Rating | null): number {
  return r === null ? 0 : r === "S" ? 1 : r === "A" ? 2 : 3;
}
