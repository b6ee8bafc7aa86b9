/**
 * Whether a milestone's due period has been reached by the report period
 * (contract §4: a milestone due later and not done is not yet due, not missed).
 */
import type { Point } from "../settings";
import type { DuePeriod } from "../values/fiscal-year";

/**
 * True when the report period (year, point) comes before the end of the due
 * period: a later fiscal year, or the same year due at its end while the
 * report is at the first half. Without a report year nothing can be overdue,
 * so a dated milestone counts as not yet due.
 */
export function isNotYetDue(due: DuePeriod, reportYear: number | null, reportPoint: Point): boolean {
  if (reportYear === null) return true;
  if (due.year !== reportYear) return due.year > reportYear;
  return reportPoint === "half" && due.point === "yearEnd";
}
