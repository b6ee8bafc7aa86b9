/**
 * Numeric cells of an indicator row (actual, target, prior): the number reader
 * of §3 (which also knows a percentage number format: Excel keeps 90% as 0.9),
 * plus the row's unit column for bare numbers.
 */
import type { SourceCell } from "../register/types";
import { numberValue, type NumberReading } from "../values/number";
import type { NumberReader } from "../values/number-reader";
import type { UnitScale } from "../values/unit";

const EMPTY: NumberReading = { ok: false, reason: "empty", text: "" };

/** Reads a numeric cell (a missing cell reads as empty). */
export function readCell(cell: SourceCell | undefined, numbers: NumberReader): NumberReading {
  return cell === undefined ? EMPTY : numbers.read(cell.value, cell.format);
}

/**
 * A reading in the row's unit: a bare number in a row whose unit column says
 * 千円 is that many thousand yen (so it compares with `1,000万円未満`), and
 * has the column's unit. A number with a unit of its own is returned as it is
 * (the same object: the hot path allocates nothing).
 */
export function inRowUnit(r: NumberReading, scale: UnitScale | null): NumberReading {
  if (!r.ok || r.unit !== null || scale === null) return r;
  return numberValue(r.value * scale.factor, scale.unit, false, null);
}

/** True when the number's unit was written in its cell (only those are compared): `71件`, `90%`, not a bare 71. */
export function unitWritten(r: NumberReading): boolean {
  return r.ok && r.unit !== null;
}
