/**
 * A sheet being built: rows appended top to bottom, with merges, styled
 * blocks, links and row heights collected on the way. Each builder fills one
 * draft and freezes it into a ReportSheet; the draft never leaks out, so the
 * model itself stays read-only.
 */
import type { MergedArea } from "../grid";
import type { CellStyle, PrintSetup, ReportChart, ReportLink, ReportSheet, ReportSheetKey, ReportValue, RowHeights, SheetRows } from "./model";

/**
 * Rows `start` .. `start + count - 1` of a sheet: either kept (`rows`, with
 * their `heights`) or built by `make(k)` for the k-th of them each time they
 * are read, their heights counted from them by `heightOf` when asked for.
 */
interface Segment {
  readonly start: number;
  count: number;
  readonly rows: ReportValue[][] | null;
  readonly heights: (number | null)[] | null;
  readonly make: ((k: number) => ReportValue[]) | null;
  readonly heightOf: ((row: readonly ReportValue[]) => number | null) | null;
  /** The most user texts one cell of these rows holds (SheetRows.textsPerCell); Infinity for kept rows, whose cells are not known to the draft. */
  readonly textsPerCell: number;
}

/**
 * The finished rows and their heights: few segments (a sheet is a head of
 * kept rows and one or two built bodies), found by a short scan.
 */
class SegmentRows implements SheetRows, RowHeights {
  constructor(
    private readonly segments: readonly Segment[],
    readonly length: number,
    readonly width: number,
  ) {}

  private segment(i: number): Segment {
    const segs = this.segments;
    for (let s = segs.length - 1; s >= 0; s--) {
      const seg = segs[s];
      if (i < seg.start) continue;
      if (i >= seg.start + seg.count) break;
      return seg;
    }
    throw new RangeError(`row ${i} is outside the sheet's ${this.length} rows`);
  }

  row(i: number): readonly ReportValue[] {
    const seg = this.segment(i);
    return seg.rows !== null ? seg.rows[i - seg.start] : seg.make!(i - seg.start);
  }

  textsPerCell(i: number): number {
    return this.segment(i).textsPerCell;
  }

  at(i: number, row?: readonly ReportValue[]): number | null {
    const seg = this.segment(i);
    if (seg.heights !== null) return seg.heights[i - seg.start];
    return seg.heightOf!(row ?? seg.make!(i - seg.start));
  }
}

/** Rows built when read (SheetDraft.addRowsOf). */
export interface LazyRows {
  readonly count: number;
  readonly width: number;
  readonly make: (k: number) => ReportValue[];
  readonly heightOf: (row: readonly ReportValue[]) => number | null;
  readonly textsPerCell: number;
}

export class SheetDraft {
  private readonly segments: Segment[] = [];
  private width = 0;
  private readonly merges: MergedArea[] = [];
  private readonly blocks: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  private readonly links: ReportLink[] = [];
  private rowCount = 0;

  /** Index the next appended row will get. */
  get nextRow(): number {
    return this.rowCount;
  }

  /** Appends a row (values from column A) and returns its index. */
  addRow(values: ReportValue[], height: number | null = null): number {
    const r = this.rowCount++;
    const last = this.segments.length === 0 ? null : this.segments[this.segments.length - 1];
    if (last !== null && last.rows !== null) {
      last.rows.push(values);
      last.heights!.push(height);
      last.count++;
    } else {
      this.segments.push({ start: r, count: 1, rows: [values], heights: [height], make: null, heightOf: null, textsPerCell: Infinity });
    }
    if (values.length > this.width) this.width = values.length;
    return r;
  }

  /**
   * Appends rows that are built when read: row k of them is `make(k)`, an
   * array of at most `width` values that must come out the same on every
   * call; its height is `heightOf(row)`, counted from the built row when a
   * host asks for it; no cell of them holds more than `textsPerCell` of the
   * user's texts (see SheetRows.textsPerCell). Returns the first row's index.
   */
  addRowsOf(body: LazyRows): number {
    const first = this.rowCount;
    if (body.count <= 0) return first;
    this.segments.push({
      start: first,
      count: body.count,
      rows: null,
      heights: null,
      make: body.make,
      heightOf: body.heightOf,
      textsPerCell: body.textsPerCell,
    });
    if (body.width > this.width) this.width = body.width;
    this.rowCount += body.count;
    return first;
  }

  /** Appends a row of one value merged from column A to `last`, the whole span styled; returns its index. */
  addSpanningRow(value: ReportValue, last: number, style: CellStyle, height: number | null = null): number {
    const r = this.addRow([value], height);
    this.merge(r, 0, r, last);
    this.style(r, 0, r, last, style);
    return r;
  }

  /** Appends an empty row (a spacer). */
  addBlankRow(): number {
    return this.addRow([]);
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
    chart?: ReportChart | null;
  }): ReportSheet {
    const rows = new SegmentRows(this.segments, this.rowCount, this.width);
    return {
      key: meta.key,
      name: meta.name,
      rows,
      columnWidths: meta.columnWidths,
      rowHeights: rows,
      merges: this.merges,
      blocks: this.blocks,
      links: this.links,
      print: meta.print,
      freezeRows: meta.freezeRows,
      ...(meta.chart ? { chart: meta.chart } : {}),
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
