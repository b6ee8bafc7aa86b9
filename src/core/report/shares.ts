/**
 * Shares of the rated items per level (contract §9): one decimal, rounded half
 * up at the second (「小数点以下第2位を四捨五入」), in integer arithmetic so
 * that 1/16 = 6.25 % is 6.3 and never 6.2 by binary noise. Where the rounded
 * shares do not add to 100.0, the report adds the rounding note.
 */

/** count / rated in tenths of a percent, rounded half up: 46 of 99 → 465 (46.5 %). 0 when nothing is rated. */
export function shareTenths(count: number, rated: number): number {
  if (rated <= 0) return 0;
  return Math.floor((2 * count * 1000 + rated) / (2 * rated));
}

/** `46.5`, `0.0`, `100.0`. */
export function shareText(count: number, rated: number): string {
  const t = shareTenths(count, rated);
  return `${Math.floor(t / 10)}.${t % 10}`;
}

/** True when the rounded shares of these counts do not add to 100.0 (the note is then due). */
export function sharesNeedNote(counts: readonly number[], rated: number): boolean {
  if (rated <= 0) return false;
  let sum = 0;
  for (const c of counts) sum += shareTenths(c, rated);
  return sum !== 1000;
}
