/**
 * A sheet being built: rows appended top to bottom, with merges, styled
 * blocks, links and row heights collected on the way. Each builder fills one
 * draft and freezes it into a ReportSheet; the draft never leaks out, so the
 * model itself stays read-only.
 */
import type { MergedArea } from "../grid";
import type { CellStyle, PrintSetup, ReportLink, ReportSheet, ReportSheetKey, ReportValue } from "./model";

/**
 * How big a sheet will get, when the builder knows: its arrays are then made
 * at that size once. (A 100,000-row sheet grown by push would reallocate and
 * copy its row, height and merge lists many times over.) Only a hint: a draft
 * grows past it, and ends at the size it reached.
 */
export interface DraftSize {
  readonly rows?: number;
  readonly merges?: number;
}

export class SheetDraft {
  private readonly rows: ReportValue[][];
  private readonly heights: (number | null)[];
  private readonly merges: MergedArea[];
  private readonly blocks: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  private readonly links: ReportLink[] = [];
  private rowCount = 0;
  private mergeCount = 0;

  constructor(size: DraftSize = {}) {
    this.rows = size.rows ? new Array<ReportValue[]>(size.rows) : [];
    this.heights = size.rows ? new Array<number | null>(size.rows) : [];
    this.merges = size.merges ? new Array<MergedArea>(size.merges) : [];
  }

  /** Index the next appended row will get. */
  get nextRow(): number {
    return this.rowCount;
  }

  /** Appends a row (values from column A) and returns its index. */
  addRow(values: ReportValue[], height: number | null = null): number {
    const r = this.rowCount++;
    this.rows[r] = values;
    this.heights[r] = height;
    return r;
  }

  /** Appends an empty row (a spacer). */
  addBlankRow(): number {
    return this.addRow([]);
  }

  setHeight(row: number, height: number | null): void {
    this.heights[row] = height;
  }

  height(row: number): number | null {
    return this.heights[row] ?? null;
  }

  /** Merges a rectangle unless it is a single cell (merging one cell means nothing and some hosts reject it). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges[this.mergeCount++] = { top, left, bottom, right };
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.blocks.push({ top, left, bottom, right, style });
  }

  link(row: number, col: number, target: string): void {
    this.links.push({ row, col, target });
  }

  finish(meta: {
    key: ReportSheetKey;
    name: string;
    columnWidths: readonly number[];
    print: PrintSetup;
    freezeRows: number;
  }): ReportSheet {
    // A size hint larger than what was added: drop the unused tail.
    if (this.rows.length > this.rowCount) this.rows.length = this.rowCount;
    if (this.heights.length > this.rowCount) this.heights.length = this.rowCount;
    if (this.merges.length > this.mergeCount) this.merges.length = this.mergeCount;
    return {
      key: meta.key,
      name: meta.name,
      rows: this.rows,
      columnWidths: meta.columnWidths,
      rowHeights: this.heights,
      merges: this.merges,
      blocks: this.blocks,
      links: this.links,
      print: meta.print,
      freezeRows: meta.freezeRows,
    };
  }
}

/** A4, fit to width: the committee's paper. */
export function printSetup(
  orientation: PrintSetup["orientation"],
  repeatRow: number | null,
): PrintSetup {
  return {
    orientation,
    paper: "A4",
    fitToWidth: true,
    repeatRows: repeatRow === null ? null : { top: repeatRow, bottom: repeatRow },
  };
}

/** Sum of column widths from `left` to `right` inclusive: the width of a merged area. */
export function spanWidth(widths: readonly number[], left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += widths[c] ?? 0;
  return w;
}
