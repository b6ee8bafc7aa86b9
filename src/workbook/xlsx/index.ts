/**
 * The .xlsx file adapter: reads a register sheet into a Grid and writes the
 * report into a copy of the user's package, keeping every other part byte
 * for byte. Works on bytes (Uint8Array); the caller does the file I/O.
 */
export { openPackage, savePackage, XlsxPackage, DEFAULT_LEVEL, type SaveOptions } from "./package";
export { listSheets, readGrid, type SheetListing, type ReadGridOptions } from "./read-grid";
export { writeReport, type WriteReportResult } from "./write-report";
export { exportSheets } from "./export";
export { createWorkbook, type NewSheet } from "./new-workbook";
export { XlsxError, isXlsxError, type XlsxErrorCode } from "./errors";
export { workbookOf, type WorkbookInfo, type SheetEntry, type SheetKind, type DefinedName } from "./workbook";
