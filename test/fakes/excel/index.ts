/**
 * A fake of the Excel JavaScript API subset shinchoku uses, with Office.js's
 * load/sync semantics, payload limits and injectable failures. Plain
 * TypeScript without Node imports: it also runs in the browser (the pane's
 * end-to-end run installs it with installFakeExcel(window, workbook)).
 */
export { FakeExcel, installFakeExcel, MB, type FakeExcelOptions } from "./fake-excel";
export { fakeWorkbookFrom, MARKER, type CellInput, type FakeWorkbookOptions, type FakeTableInput } from "./builder";
export { FakeWorkbook, FakeSheet, isFakeError, type FakeValue, type FakeName, type FakeTable, type CellView, type CellFormat, type WorkbookSnapshot, type SheetSnapshot } from "./state";
export { FakeOfficeError } from "./errors";
export { FakeDocument, type FakeFileMode, type FileLog } from "./document";
export { savedWorkbookBytes } from "./file/workbook-file";
export { FakeRequestContext, type SyncRecord } from "./context";
export { storeWritten, dateSerial } from "./coerce";
export { jsonBytes, utf8Length } from "./payload";
export { RequestBuilder } from "./request";
export { parseRangeA1, rectA1, cellA1, type Rect } from "./address";
