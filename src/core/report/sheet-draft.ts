/**
 * A sheet being built: rows appended top to bottom, with merges, styled
 * blocks, links and row heights collected on the way. Each builder fills one
 * draft and freezes it into a ReportSheet; the draft never leaks out, so the
 * model itself stays read-only.
 */
import type { MergedArea } from "../grid";
import type { CellStyle, PrintSetup, ReportLink, ReportSheet, ReportSheetKey, ReportValue } from "./model";

export class SheetDraft {
  private readonly rows: ReportValue[][] = [];
  private readonly heights: (number | null)[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly blocks: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  private readonly links: ReportLink[] = [];

  /** Index the next appended row will get. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends a row (values from column A) and returns its index. */
  addRow(values: ReportValue[], height: number | null = null): number {
    this.rows.push(values);
    this.heights.push(height);
    return this.rows.length - 1;
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
    this.merges.push({ top, left, bottom, right });
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
