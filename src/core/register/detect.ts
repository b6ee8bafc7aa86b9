/**
 * Which sheet is the register: the one named 取組一覧 when it holds the
 * required headers, else the first sheet (in workbook order) whose first 20
 * rows hold them. Hosts pass the top rows of each candidate sheet.
 * STUB until the header finder lands; the lead completes it.
 */
import type { Grid } from "../grid";

/** Rows of a sheet a host must read for detection. */
export const DETECTION_ROWS = 20;
/** Columns of a sheet a host must read for detection. */
export const DETECTION_COLUMNS = 40;

export function detectRegisterSheet(_candidates: readonly Grid[]): string | null {
  throw new Error("not implemented");
}
