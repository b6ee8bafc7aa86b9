/**
 * Where each row of a consolidated register came from (contract §10): a
 * finding at `取組一覧!H40` of the merged register becomes
 * 「財政課.xlsx 取組一覧!H12」, the department's own cell.
 *
 * `shinchoku consolidate` writes, per merged row, the file (出典 column) and
 * the department's sheet and row (出典行 column: `取組一覧!12`), and one
 * hidden sheet, 出典列 (SOURCE_SHEET), with each file's column of each field
 * (a file's columns need not be the merged register's):
 *
 *     shinchoku:sources | 出典 | 出典行        ← marker, the headers of the two columns
 *     file              | ファイル | 財政課.xlsx | 企画課.xlsx
 *     sheet             | シート   | 取組一覧    | 取組一覧
 *     no                | No       | A           | B
 *     actual            | 実績値   | H           | J
 *
 * Fields run down the sheet, files across, so that no row of it reads as a
 * register's header row. The rows travel with the register: a division that
 * sorts or inserts rows keeps every row's source; a row without one (added by
 * hand) maps to nothing.
 */
import { cellAddress, columnLetters, splitAddress, type CellValue, type Grid } from "../grid";
import { fieldName } from "../i18n";
import type { ColumnKey, Register } from "./types";
import type { Finding } from "../findings/finding";
import { cellText } from "../values/text";

/** The hidden sheet of the consolidated workbook that holds the files' columns. */
export const SOURCE_SHEET = "出典列";
/** First cell of SOURCE_SHEET: tells it from a sheet of the same name made by someone else. */
export const SOURCE_MARKER = "shinchoku:sources";

/** Header texts of the merged register's source columns. */
export interface SourceHeaders {
  /** The file (出典). */
  readonly file: string;
  /** The department's sheet and row (出典行). */
  readonly row: string;
}

/** One department's file as consolidated. */
export interface SourceFile {
  readonly label: string;
  readonly sheet: string;
  /** Field → 0-based column in the file. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
}

/** The rows of SOURCE_SHEET for these files and the merged register's fields. */
export function sourceTableRows(files: readonly SourceFile[], fields: readonly ColumnKey[], headers: SourceHeaders): CellValue[][] {
  return [
    [SOURCE_MARKER, headers.file, headers.row],
    ["file", "ファイル", ...files.map((f) => f.label)],
    ["sheet", "シート", ...files.map((f) => f.sheet)],
    ...fields.map((k) => [k, fieldName(k, "ja"), ...files.map((f) => (f.columns[k] === undefined ? null : columnLetters(f.columns[k] as number)))]),
  ];
}

/** Maps a cell of the merged register to the department's cell; null when it has no known source. */
export interface RowSources {
  sourceOf(cell: string): string | null;
}

interface FileColumns {
  readonly sheet: string;
  readonly letters: ReadonlyMap<string, string>;
}

/** The table of SOURCE_SHEET: headers and, per file label, its sheet and field → column letter; null when not ours. */
function readTable(table: Grid): { headers: SourceHeaders; files: Map<string, FileColumns> } | null {
  const v = table.values;
  if (cellText(v[0]?.[0]) !== SOURCE_MARKER) return null;
  const headers = { file: cellText(v[0][1]).trim(), row: cellText(v[0][2]).trim() };
  const labels = (v[1] ?? []).slice(2).map((x) => cellText(x));
  const sheets = (v[2] ?? []).slice(2).map((x) => cellText(x));
  const files = new Map<string, FileColumns>();
  labels.forEach((label, j) => {
    const letters = new Map<string, string>();
    for (let r = 3; r < v.length; r++) {
      const letter = cellText(v[r]?.[j + 2]).trim();
      if (letter !== "") letters.set(cellText(v[r][0]), letter);
    }
    if (label !== "") files.set(label, { sheet: sheets[j] ?? "", letters });
  });
  return { headers, files };
}

/** `取組一覧!H40` → sheet, 0-based row and column; null when not a single cell. */
function parseCell(cell: string): { sheet: string; row: number; col: number } | null {
  const split = splitAddress(cell);
  const m = split === null ? null : /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(split.cell);
  if (split === null || m === null) return null;
  return { sheet: split.sheet, row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
}

/** The column of the register grid's header row whose text is `header`; -1 when none. */
function headerColumn(grid: Grid, headerRow: number, header: string): number {
  const row = grid.values[headerRow - grid.top] ?? [];
  const c = row.findIndex((x) => cellText(x).trim() === header);
  return c < 0 ? -1 : grid.left + c;
}

/**
 * The sources of a consolidated register's cells: from SOURCE_SHEET's grid
 * and the register (its grid and how it was read); null when the workbook is
 * no consolidated register (no such sheet, or the register lacks the columns).
 */
export function rowSourcesOf(table: Grid | null, grid: Grid, register: Register): RowSources | null {
  if (table === null || register.headerRow < 0) return null;
  const read = readTable(table);
  if (read === null) return null;
  const fileCol = headerColumn(grid, register.headerRow, read.headers.file);
  const rowCol = headerColumn(grid, register.headerRow, read.headers.row);
  if (fileCol < 0 || rowCol < 0) return null;
  const keyOfCol = new Map<number, ColumnKey>();
  for (const [k, c] of Object.entries(register.columns) as [ColumnKey, number][]) keyOfCol.set(c, k);
  const at = (r: number, c: number): string => cellText(grid.values[r - grid.top]?.[c - grid.left]).trim();
  return {
    sourceOf(cell) {
      const p = parseCell(cell);
      if (p === null || p.sheet !== grid.sheet || p.row <= register.headerRow) return null;
      const key = keyOfCol.get(p.col);
      const file = read.files.get(at(p.row, fileCol));
      const m = /^(.*)!(\d+)$/.exec(at(p.row, rowCol));
      const letter = key === undefined ? undefined : file?.letters.get(key);
      if (file === undefined || m === null || letter === undefined) return null;
      return `${at(p.row, fileCol)} ${cellAddress(m[1], Number(m[2]) - 1, lettersToCol(letter))}`;
    },
  };
}

function lettersToCol(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** The findings, each with its department's cell when it has one (the same array when there are no sources). */
export function withSources(findings: Finding[], sources: RowSources | null): Finding[] {
  if (sources === null) return findings;
  return findings.map((f) => {
    const source = f.cell === null ? null : sources.sourceOf(f.cell);
    return source === null ? f : { ...f, source };
  });
}
