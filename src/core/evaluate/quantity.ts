/**
 * One numeric cell of an indicator row (actual, target, prior) read as a
 * quantity: the number reader of §3 (which also knows a percentage number
 * format: Excel keeps 90% as 0.9), plus the row's unit column for bare numbers.
 */
import type { CellValue } from "../grid";
import type { SourceCell } from "../register/types";
import { readNumber, type NumberReading } from "../values/number";
import { isPercentFormat } from "../values/number-format";
import { cellText } from "../values/text";
import type { UnitScale } from "../values/unit";

export type QuantityReading =
  | {
      readonly ok: true;
      readonly value: number;
      /** The unit the number is in (written, or taken from the unit column); null when none. */
      readonly unit: string | null;
      /** True when the unit was written in the cell itself (only those are compared). */
      readonly unitWritten: boolean;
    }
  | { readonly ok: false; readonly reason: "empty" | "error" | "unreadable"; readonly text: string };

const EMPTY: QuantityReading = { ok: false, reason: "empty", text: "" };

/** Reads a numeric cell; `scale` is the row's unit column (applied to bare numbers only). */
export function readQuantity(cell: SourceCell | undefined, scale: UnitScale | null): QuantityReading {
  if (cell === undefined) return EMPTY;
  return quantityOf(readNumber(cell.value, cell.format), scale);
}

/**
 * A number reading as a quantity. A bare number in a row whose unit column
 * says 千円 is that many thousand yen, so that it compares with `1,000万円未満`.
 */
export function quantityOf(r: NumberReading, scale: UnitScale | null): QuantityReading {
  if (!r.ok) return r;
  if (r.unit !== null) return { ok: true, value: r.value, unit: r.unit, unitWritten: true };
  if (scale !== null) return { ok: true, value: r.value * scale.factor, unit: scale.unit, unitWritten: false };
  return { ok: true, value: r.value, unit: null, unitWritten: false };
}

/** A cell as the report shows it: the text as written; a percentage-formatted number as `90%`. */
export function displayText(cell: SourceCell | undefined): string {
  if (cell === undefined) return "";
  const v: CellValue = cell.value;
  if (typeof v === "number" && isPercentFormat(cell.format)) return String(Number((v * 100).toPrecision(12))) + "%";
  return cellText(v);
}
