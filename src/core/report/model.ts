/**
 * The ReportModel: one description per generated sheet — values plus
 * formatting intent. Both adapters (.xlsx and the Office add-in) render the same
 * model; neither decides what a report says.
 *
 * Formatting is given as rectangular blocks, not per cell, so that the
 * Office adapter can format a whole block in one call (cheap on the web)
 * and the .xlsx adapter can fold blocks into cell styles.
 */
import { rowSourceOf, type MergedArea, type RowSource } from "../grid";

export type ReportSheetKey = "summary" | "comparison" | "delayed" | "ratings" | "findings" | "highlights" | "nextYear" | "history";

/**
 * Every sheet in the order written: the contract's six (§7), with 前回比較
 * after 進捗集計 and 評価履歴 last (§10). 前回比較 is built only when an
 * earlier period is known, 評価履歴 only when the host read the workbook's history.
 */
export const REPORT_SHEET_KEYS: readonly ReportSheetKey[] = [
  "summary",
  "comparison",
  "delayed",
  "ratings",
  "findings",
  "highlights",
  "nextYear",
  "history",
];

export type ReportValue = string | number | null;

export interface CellStyle {
  readonly bold?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** Fill colour, `RRGGBB`. */
  readonly fill?: string;
  /** Font colour, `RRGGBB`. */
  readonly color?: string;
  /** Thin borders on every edge of every cell of the block. */
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "center" | "bottom";
  /** Excel number format, e.g. `0`, `0.0%`, `@`. */
  readonly numberFormat?: string;
}

/** A style applied to a rectangle (0-based sheet coordinates, inclusive). Later blocks win per property. */
export interface StyledBlock extends MergedArea {
  readonly style: CellStyle;
}

/** An in-workbook hyperlink from a report cell to a cell (`取組一覧!H12`). */
export interface ReportLink {
  readonly row: number;
  readonly col: number;
  readonly target: string;
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Always A4 for the committee. */
  readonly paper: "A4";
  /** Fit all columns on one page width, any number of pages tall. */
  readonly fitToWidth: true;
  /** Header rows repeated on every printed page (0-based, inclusive), if any. */
  readonly repeatRows: { readonly top: number; readonly bottom: number } | null;
}

/**
 * A sheet's rows, read one at a time by index. Not an array of arrays: the
 * 評価結果 sheet of a register of 100,000 indicator rows would hold 100,000
 * arrays that no host needs at once (the .xlsx writer streams rows into XML,
 * the Office adapter sends them in chunks), and on a slow machine building and
 * keeping them was a third of the engine's time. Big list bodies are built row
 * by row when read (see SheetDraft.addRowsOf); rowsToArray gives a plain copy.
 */
export interface SheetRows extends RowSource<ReportValue> {
  /** Length of the longest row (cells from column A). */
  readonly width: number;
  /** Row i (0-based) from column A; may be shorter than `width`. May be a fresh array on each call: read it, don't keep or change it. */
  row(i: number): readonly ReportValue[];
  /**
   * How many of the user's texts (cells of the register or of 設定) one cell
   * of row i holds at most, labels and numbers aside; absent or Infinity when
   * not known. The cell limit's check (cell-cap.ts) skips the rows that
   * cannot reach the limit without building them: building every row of
   * 評価結果 to look for a long cell doubled the engine's time.
   */
  textsPerCell?(i: number): number;
}

/** Plain rows as SheetRows (models built by hand, e.g. in tests). */
export function sheetRowsOf(rows: readonly (readonly ReportValue[])[]): SheetRows {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return { ...rowSourceOf(rows), width };
}

/**
 * A sheet's row heights, read one at a time: the height in points row i
 * needs so that its texts show in full (null = automatic). A row built when
 * read gets its height counted from its texts when asked for, so the engine
 * counts nothing for rows no host writes, and a host that has just read row i
 * passes it in (`row`) rather than have it built again.
 */
export interface RowHeights {
  readonly length: number;
  at(i: number, row?: readonly ReportValue[]): number | null;
}

/** Plain heights as RowHeights (models built by hand, e.g. in tests). */
export function rowHeightsOf(heights: readonly (number | null)[]): RowHeights {
  return { length: heights.length, at: (i) => heights[i] ?? null };
}

/** Every height of a RowHeights as a plain array (for tests and small sheets). */
export function heightsToArray(heights: RowHeights): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(heights.length);
  for (let i = 0; i < heights.length; i++) out[i] = heights.at(i);
  return out;
}

/** Every row of a SheetRows as a plain array (for tests and small sheets). */
export function rowsToArray(rows: SheetRows): (readonly ReportValue[])[] {
  const out: (readonly ReportValue[])[] = new Array<readonly ReportValue[]>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows.row(i);
  return out;
}

/** One series of a chart: its name (a header cell of the table), its values (a column of it) and its fill. */
export interface ChartSeries {
  readonly name: string;
  /** The cell holding the name (0-based). */
  readonly nameCell: { readonly row: number; readonly col: number };
  /** The cells holding the values, one column (0-based, inclusive), parallel to the categories. */
  readonly values: MergedArea;
  /** Fill, `RRGGBB`. */
  readonly colour: string;
}

/**
 * A native chart on the sheet, drawn from the sheet's own cells: categories
 * and series refer to cells (both adapters write references, the .xlsx
 * writer also caches the values it reads from `rows`).
 */
export interface ReportChart {
  /** Horizontal bars, series stacked (Excel's 積み上げ横棒). */
  readonly kind: "stackedBar";
  readonly title: string;
  /** The category labels, one column (0-based, inclusive). */
  readonly categories: MergedArea;
  /** In order: the first series is the bar's first segment and the legend's first entry. */
  readonly series: readonly ChartSeries[];
  /** The cells the chart covers, from its top-left cell to its bottom-right cell (0-based, inclusive). */
  readonly anchor: MergedArea;
}

export interface ReportSheet {
  readonly key: ReportSheetKey;
  /** Sheet name (`進捗集計` / `Summary`, ...). */
  readonly name: string;
  /** Cell values from A1; rows may be ragged. Strings are text, never formulas. */
  readonly rows: SheetRows;
  /** Column widths in characters (Excel's width unit), from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points where a row needs one (null = automatic); as many as rows. */
  readonly rowHeights: RowHeights;
  readonly merges: readonly MergedArea[];
  readonly blocks: readonly StyledBlock[];
  readonly links: readonly ReportLink[];
  readonly print: PrintSetup;
  /** Rows frozen at the top in the on-screen view (0 = none). */
  readonly freezeRows: number;
  /** A chart placed on the sheet (進捗集計's levels by area), if any. */
  readonly chart?: ReportChart;
}

export interface ReportModel {
  readonly sheets: readonly ReportSheet[];
}

/**
 * The marker that says "this sheet was generated by shinchoku": a hidden,
 * worksheet-scoped defined name. Both adapters write and read the same one,
 * so a report made by the command line is recognised in the add-in and back.
 * Only sheets carrying it are ever replaced.
 */
export const GENERATED_MARKER_NAME = "shinchoku_generated";
export const GENERATED_MARKER_VALUE = '"shinchoku"';

/**
 * The name of the report's chart (the drawing's `cNvPr/@name` in a package; Chart.name through Office.js): both
 * adapters give it, so the committee copy keeps the chart of a report written by either — and only that chart.
 */
export const REPORT_CHART_NAME = "shinchoku_chart";
