/**
 * What the task pane needs from a workbook host, whatever the host is
 * (Office.js in Excel; the fake in tests and in the browser end-to-end run).
 * The pane talks to this interface only; the Office.js adapter implements it.
 */
import type { Grid } from "../core/grid";
import type { ReportModel } from "../core/report/model";

export interface SheetInfo {
  readonly name: string;
  /** Carries the generated marker. */
  readonly generated: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetInfo[];
  /** The register sheet read (the one asked for, else detected), or null when none was found. */
  readonly registerSheet: string | null;
  readonly register: Grid | null;
  /** The 設定 / Settings sheet, when there is one. */
  readonly settings: Grid | null;
  /**
   * The marked 評価履歴 / Rating history sheet (contract §10), null when there
   * is none; absent when the host does not read it (then no report replaces it).
   */
  readonly history?: Grid | null;
  /** A consolidated register's 出典列 sheet (findings then name the departments' cells); absent or null when there is none. */
  readonly sources?: Grid | null;
  /** Round trips (context.sync calls) this load took. */
  readonly roundTrips: number;
}

export interface WriteOutcome {
  /** Names the sheets were written under (a clash with a user's sheet gives `進捗集計 (2)`). */
  readonly written: readonly string[];
  readonly roundTrips: number;
  /** Bytes of the largest request sent (estimate of the JSON payload). */
  readonly largestRequestBytes: number;
}

/** Host capabilities that change what the pane can do; shown to the user when degraded. */
export interface HostFeatures {
  /** worksheet.pageLayout (ExcelApi 1.9): print setup of the report sheets. */
  readonly pageLayout: boolean;
  /** range.getMergedAreasOrNullObject (ExcelApi 1.13): merged continuation cells are read. */
  readonly mergedAreas: boolean;
}

export interface WorkbookHost {
  readonly features: HostFeatures;
  /** Reads the sheet list, the register grid (values, number formats, merged areas) and the settings sheet, in few round trips. */
  load(registerSheet?: string | null): Promise<WorkbookSnapshot>;
  /** Writes every sheet of the model, all-or-nothing; only marked sheets are replaced. */
  writeReport(model: ReportModel): Promise<WriteOutcome>;
  /** Replaces the settings sheet's content with these rows (creating it when missing). */
  writeSettings(rows: readonly (readonly (string | number)[])[]): Promise<void>;
  /**
   * Opens a new workbook made from .xlsx bytes (base64), as Excel.createWorkbook
   * (ExcelApi 1.8) does; absent when the host cannot (the pane then says so).
   */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /**
   * The open workbook's own .xlsx bytes as the host last has them (Office.context.document.getFileAsync with
   * Office.FileType.Compressed: Common API set CompressedFile); absent when the host cannot (the pane
   * then says so). Rejects when the host refuses the file.
   */
  readonly documentFile?: () => Promise<Uint8Array>;
  /** Selects a cell given as `取組一覧!H12` (activates its sheet). */
  select(address: string): Promise<void>;
}
