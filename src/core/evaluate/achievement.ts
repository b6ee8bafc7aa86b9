/**
 * The arithmetic of §5: whether an indicator is met, and its achievement
 * (how far past the target it went; ≥ 1 + S margin is "exceeded").
 *
 * Comparisons allow a relative 1e-9 so that binary noise never flips a
 * result: 105 against a prior of 100 is exactly 5% growth.
 */

const EPS = 1e-9;

function tolerance(x: number): number {
  return EPS * Math.max(1, Math.abs(x));
}

/** actual ≥ target, or actual > target when strict (超). */
export function atLeastMet(actual: number, target: number, strict = false): boolean {
  return strict ? actual > target + tolerance(target) : actual >= target - tolerance(target);
}

/** actual ≤ target, or actual < target when strict (未満). */
export function atMostMet(actual: number, target: number, strict: boolean): boolean {
  return strict ? actual < target - tolerance(target) : actual <= target + tolerance(target);
}

/**
 * num / den as an achievement. A zero denominator is not an error of the
 * register: reaching anything above a zero target (or 0 against an atMost
 * target above 0) is unbounded achievement, Infinity, hence exceeded; 0 against
 * 0 is exactly the target, 1. A negative denominator makes the ratio
 * meaningless (−4 against −5 is better, not 0.8 of it): null, never exceeded.
 */
export function ratio(num: number, den: number): number | null {
  if (den > 0) return num / den;
  if (den < 0) return null;
  if (num > 0) return Infinity;
  return num === 0 ? 1 : null;
}

/**
 * (actual / prior − 1) × 100, computed as (actual − prior) / |prior| × 100 so
 * that 105 against 100 gives 5 exactly (and a rise from −100 to −50 is +50).
 * Null when prior is 0: there is no rate of change from nothing.
 */
export function changePercent(actual: number, prior: number): number | null {
  if (prior === 0) return null;
  return ((actual - prior) / Math.abs(prior)) * 100;
}

/**
 * The growth a growth target is judged on: changePercent, and from a prior of
 * 0 any rise is unbounded (Infinity), no change is 0, a fall is −Infinity.
 */
export function growthForTarget(actual: number, prior: number): number {
  const c = changePercent(actual, prior);
  if (c !== null) return c;
  return actual > 0 ? Infinity : actual < 0 ? -Infinity : 0;
}

/** True when achievement reaches 1 + margin (exceeded). */
export function reachesMargin(achievement: number | null, margin: number): boolean {
  return achievement !== null && achievement >= 1 + margin - tolerance(1 + margin);
}
