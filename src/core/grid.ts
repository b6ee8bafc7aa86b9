/**
 * The Grid: what a workbook adapter (the Office add-in or .xlsx) hands the engine.
 * A rectangle of cell values of one sheet, with the sheet's top-left offset so
 * every value knows its Excel address. Nothing downstream knows the host.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`, kept as what Excel shows. */
export interface CellError {
  readonly error: string;
}

/** One cell's value as the host reports it (formulas: their cached result). */
export type CellValue = string | number | boolean | CellError | null;

/** A merged area, 0-based absolute sheet coordinates, inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** Worksheet name as the user sees it. */
  readonly sheet: string;
  /** 0-based absolute row of values[0] on the sheet (0 = Excel row 1). */
  readonly top: number;
  /** 0-based absolute column of values[r][0] on the sheet (0 = column A). */
  readonly left: number;
  /** Rows of cell values; rows may be shorter than the widest row (missing = null). */
  readonly values: readonly (readonly CellValue[])[];
  /** Optional number format per cell, same shape as values (`General`, `yyyy/m/d`, ...). */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged areas of the sheet (absolute coordinates). Only the top-left cell of each holds a value. */
  readonly merges?: readonly MergedArea[];
  /**
   * Cells holding a formula saved without its result (absolute coordinates):
   * some programs (openpyxl, exporters) write formulas and leave calculating
   * them to Excel. Their value reads as null; the register reader says why.
   */
  readonly uncalculated?: readonly CellPosition[];
  /**
   * At least the length of the longest text in `values`, when the host knew it
   * as it made them (the .xlsx reader does; an upper bound is enough). The
   * engine bounds the report's cells by it; absent, it finds it by a pass
   * over every cell (8 % of the engine's work at 100 k rows: docs/engine.md).
   */
  readonly longestText?: number;
}

/** A cell's position on its sheet, 0-based (0, 0 = A1). */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** A1 reference of a 0-based absolute cell: (11, 7) → H12. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Parses `H12` (optionally `$H$12`) into 0-based row/col; null when not a reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * Sheet name as Excel writes it in a reference: bare when it is a plain name
 * (letters — Japanese included —, digits, `_`, `.`, not starting with a digit),
 * quoted otherwise with `'` doubled.
 */
export function sheetRef(sheet: string): string {
  return PLAIN_SHEET.test(sheet) && !CELL_LIKE.test(sheet) ? sheet : "'" + sheet.replace(/'/g, "''") + "'";
}
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** A name that reads as a cell reference (`AB12`) must be quoted. */
const CELL_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;

/** Full cell address as Excel writes it: `取組一覧!H12`. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return sheetRef(sheet) + "!" + a1(row, col);
}

/** Splits `取組一覧!H12` / `'My sheet'!H12` into sheet and A1; null when malformed. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]{1,3}\$?[0-9]{1,7})$/.exec(address);
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cell: m[3] };
}

/**
 * Rows read one at a time by index: a report sheet's rows (which may be built
 * when read, see report/model.ts SheetRows) or a plain array's (rowSourceOf).
 * What the workbook adapters write values from.
 */
export interface RowSource<T> {
  readonly length: number;
  row(i: number): readonly T[];
}

/** A plain array of rows as a RowSource. */
export function rowSourceOf<T>(rows: readonly (readonly T[])[]): RowSource<T> {
  return { length: rows.length, row: (i) => rows[i] };
}

/**
 * At least the length of the longest text in the grids (0 when none): bounds
 * what a report cell copied from them can hold. A grid's own longestText
 * when it has one, else one pass over its cells.
 */
export function longestText(grids: readonly (Grid | null)[]): number {
  let longest = 0;
  for (const grid of grids) {
    if (grid === null) continue;
    longest = Math.max(longest, grid.longestText ?? longestTextOf(grid.values));
  }
  return longest;
}

/** The length of the longest text among the values (0 when none). */
export function longestTextOf(values: readonly (readonly CellValue[])[]): number {
  let longest = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > longest) longest = v.length;
    }
  }
  return longest;
}
