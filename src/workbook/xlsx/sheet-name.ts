/** Excel's rules for a sheet name, checked before anything is written. */
import { XlsxError } from "./errors";

export const MAX_SHEET_NAME_LENGTH = 31;

/** Throws invalid-sheet-name for a name Excel would refuse (or silently change). */
export function checkSheetName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > MAX_SHEET_NAME_LENGTH ||
    /[[\]:*?/\\\u0000-\u001F]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"; // reserved by Excel for change tracking
  if (bad) throw new XlsxError("invalid-sheet-name", "Excel does not accept the sheet name " + JSON.stringify(name), name);
}

/** A sheet name quoted for a formula or a link location (always quoted: valid for every name). */
export function quotedSheetName(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}
