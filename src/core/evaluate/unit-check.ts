/**
 * The unit check of §6 (71件 against 41人), with each distinct unit text
 * normalised once per run: the same few units repeat on every row.
 */
import { canonicalUnit } from "../values/unit";
import type { SheetContext } from "./row-context";

function canonical(sc: SheetContext, unit: string): string {
  let c = sc.unitCache.get(unit);
  if (c === undefined) {
    c = canonicalUnit(unit);
    sc.unitCache.set(unit, c);
  }
  return c;
}

/**
 * True when both units are written and differ after normalising (`千円` = `円`,
 * `%` = `ポイント`, `件/年` = `件`); a unit missing on either side is no mismatch.
 */
export function unitsDifferIn(sc: SheetContext, a: string | null, b: string | null): boolean {
  if (a === b || a === null || b === null) return false;
  const ca = canonical(sc, a);
  const cb = canonical(sc, b);
  return ca !== "" && cb !== "" && ca !== cb;
}

/** True for a percentage unit (`%`, `％`, `ポイント`, `pt`). */
export function isPercentIn(sc: SheetContext, unit: string | null): boolean {
  return unit !== null && (unit === "%" || canonical(sc, unit) === "%");
}
