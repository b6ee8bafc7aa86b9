/**
 * The formulas of 進捗率 (contract §10). Pure numbers: the readers decide
 * what is known and make the findings.
 */
import type { Point } from "../settings";
import { PROGRESS_BANDS, type BandCounts, type IndicatorProgress } from "./progress-types";

/**
 * (actual − baseline) / (target − baseline) in percent. A decreasing target
 * (target below baseline: fewer accidents, less waste) works the same way:
 * both differences are negative. null when target equals baseline (no
 * distance to cover: a finding says so).
 */
export function progressRate(baseline: number, target: number, actual: number): number | null {
  const distance = target - baseline;
  if (distance === 0) return null;
  return Number((((actual - baseline) / distance) * 100).toPrecision(12));
}

/**
 * Share of the period from the baseline's fiscal year to the target's that has
 * passed at the report's period, in percent, between 0 and 100: at the year end
 * of fiscal year y, (y − baselineYear) / (targetYear − baselineYear); at the
 * half-year end, half a year less. null when the target year is not after the baseline year.
 */
export function elapsedShare(baselineYear: number, targetYear: number, at: { fiscalYear: number; point: Point }): number | null {
  const span = targetYear - baselineYear;
  if (span <= 0) return null;
  const passed = at.fiscalYear - baselineYear - (at.point === "half" ? 0.5 : 0);
  const share = Math.min(1, Math.max(0, passed / span));
  return Number((share * 100).toPrecision(12));
}

/** The band of a 進捗率: the last lower bound it reaches (below 20 %, negatives included, is band 0). */
export function bandOf(rate: number): number {
  let band = 0;
  for (let b = 0; b < PROGRESS_BANDS.length; b++) if (rate >= PROGRESS_BANDS[b]) band = b;
  return band;
}

/** Indicators per band, and how many have no 進捗率. */
export function countBands(indicators: readonly Pick<IndicatorProgress, "band">[]): BandCounts {
  const counts = new Array<number>(PROGRESS_BANDS.length).fill(0);
  let notComputed = 0;
  for (const i of indicators) {
    if (i.band === null) notComputed++;
    else counts[i.band]++;
  }
  return { counts, notComputed };
}
