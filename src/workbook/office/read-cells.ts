/**
 * Cell values as Office.js returns them → the Grid's CellValue.
 *
 * `values` gives "" for an empty cell and the error's text ("#N/A") for an
 * error, so a user's TEXT "#N/A" and the ERROR #N/A look alike there;
 * `valueTypes` tells them apart (Error vs String), and Empty vs a formula's
 * empty string. Dates arrive as serial numbers (office-js#4291): they stay
 * numbers here and the number format, read alongside, says they are dates.
 */
import type { CellValue } from "../../core/grid";

/** One row of values with its value types. */
export function cellRow(values: readonly unknown[], types: readonly string[] | undefined): CellValue[] {
  const out: CellValue[] = new Array(values.length);
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    const t = types ? types[c] : undefined;
    if (t === "Error") out[c] = { error: String(v) };
    else if (t === "Empty") out[c] = null;
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[c] = t === undefined && v === "" ? null : v;
    else out[c] = null;
  }
  return out;
}

/** A rectangle of values with its value types. */
export function cellRows(values: readonly (readonly unknown[])[], types: readonly (readonly string[])[] | undefined): CellValue[][] {
  const out: CellValue[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) out[r] = cellRow(values[r], types ? types[r] : undefined);
  return out;
}
