/**
 * A new workbook from plain rows (the consolidated register written by
 * `shinchoku consolidate`; workbooks made by tests). Values only: strings as
 * inline strings (text, never formulas), numbers, booleans, error values.
 */
import { rowSourceOf, type CellValue } from "../../core/grid";
import { XlsxError } from "./errors";
import type { ZipCodec } from "./zip-codec";
import { buildMinimalPackage } from "./minimal-package";
import { checkSheetName } from "./sheet-name";
import { worksheetXml } from "./sheet-xml";
import { emptyStylesXml } from "./styles-write";
import { sameSheetName } from "./workbook";

export interface NewSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Hidden from the tabs (the consolidated register's 出典列). */
  readonly hidden?: boolean;
}

export function createWorkbook(sheets: readonly NewSheet[], codec?: ZipCodec): Uint8Array {
  if (sheets.length === 0) throw new XlsxError("no-sheets", "a workbook needs at least one sheet");
  sheets.forEach((s, i) => {
    checkSheetName(s.name);
    if (sheets.slice(0, i).some((o) => sameSheetName(o.name, s.name))) {
      throw new XlsxError("duplicate-sheet-name", "two sheets named " + s.name, s.name);
    }
  });
  return buildMinimalPackage({
    sheets: sheets.map((s) => ({ name: s.name, xml: worksheetXml({ rows: rowSourceOf(s.rows) }), ...(s.hidden ? { hidden: true } : {}) })),
    stylesXml: emptyStylesXml(),
    codec,
  });
}
