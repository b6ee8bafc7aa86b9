/** Finds the register and settings sheets of a file, by the same rules as the task pane. */
import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid";
import { DETECTION_ROWS, detectRegisterSheet } from "../core/register/detect";
import { SETTINGS_SHEET_NAMES } from "../core/settings";
import { sheetNamesOf } from "../core/report/sheet-names";
import { SOURCE_SHEET } from "../core/register/row-sources";
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

/**
 * Why `--sheet NAME` found no register sheet: NAME is a chart sheet (or a
 * dialog or macro sheet, which have no cells either), or there is none.
 */
export function missingSheetFinding(pkg: XlsxPackage, requested: string): Finding {
  const others = listSheets(pkg).filter((s) => s.kind !== "worksheet");
  const other = others.find((s) => s.name === requested) ?? others.find((s) => sameSheetName(s.name, requested));
  return other !== undefined ? finding("sheet-not-a-worksheet", null, { sheet: other.name }) : finding("sheet-not-found", null, { sheet: requested });
}

export function settingsGrid(pkg: XlsxPackage): Grid | null {
  const sheet = listSheets(pkg).find((s) => SETTINGS_SHEET_NAMES.includes(s.name));
  return sheet ? readGrid(pkg, sheet.name) : null;
}

/**
 * The workbook's 評価履歴 (contract §10): a generated sheet named 評価履歴 or
 * History (or `評価履歴 (2)`, written beside a user's sheet of that name); the
 * plain name first. Null when there is none.
 */
export function historyGrid(pkg: XlsxPackage): Grid | null {
  const names = sheetNamesOf("history");
  const marked = listSheets(pkg).filter((s) => s.generated && s.kind === "worksheet");
  const sheet =
    marked.find((s) => names.some((n) => sameSheetName(s.name, n))) ??
    marked.find((s) => names.some((n) => s.name.toLocaleUpperCase("en-US").startsWith(n.toLocaleUpperCase("en-US") + " (")));
  return sheet ? readGrid(pkg, sheet.name) : null;
}

/** A consolidated register's 出典列 sheet (core/register/row-sources.ts); null when the workbook has none. */
export function sourcesGrid(pkg: XlsxPackage): Grid | null {
  const sheet = listSheets(pkg).find((s) => s.name === SOURCE_SHEET && s.kind === "worksheet");
  return sheet ? readGrid(pkg, sheet.name) : null;
}
