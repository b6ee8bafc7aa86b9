/** Finds the register and settings sheets of a file, by the same rules as the task pane. */
import type { Grid } from "../core/grid";
import { DETECTION_ROWS, detectRegisterSheet } from "../core/register/detect";
import { SETTINGS_SHEET_NAMES } from "../core/settings";
import { listSheets, readGrid } from "../workbook/xlsx/read-grid";
import type { XlsxPackage } from "../workbook/xlsx/package";
import { sameSheetName } from "../workbook/xlsx/workbook";

export function registerSheetName(pkg: XlsxPackage, requested: string | undefined): string | null {
  const sheets = listSheets(pkg).filter((s) => !s.generated && s.kind === "worksheet");
  if (requested !== undefined) {
    // As Excel does: the exact name first, else the same name in other case (`--sheet register` finds `Register`).
    const found = sheets.find((s) => s.name === requested) ?? sheets.find((s) => sameSheetName(s.name, requested));
    return found === undefined ? null : found.name;
  }
  const tops: Grid[] = sheets
    .filter((s) => !SETTINGS_SHEET_NAMES.includes(s.name))
    .map((s) => readGrid(pkg, s.name, { maxRows: DETECTION_ROWS }));
  return detectRegisterSheet(tops);
}

export function settingsGrid(pkg: XlsxPackage): Grid | null {
  const sheet = listSheets(pkg).find((s) => SETTINGS_SHEET_NAMES.includes(s.name));
  return sheet ? readGrid(pkg, sheet.name) : null;
}
