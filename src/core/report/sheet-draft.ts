/**
 * A sheet being built: rows appended top to bottom, with merges, styled
 * blocks, links and row heights collected on the way. Each builder fills one
 * draft and freezes it into a ReportSheet; the draft never leaks out, so the
 * model itself stays read-only.
 */
import type { MergedArea } from "../grid";
import type { CellStyle, PrintSetup, ReportLink, ReportSheet, ReportSheetKey, ReportValue, SheetRows } from "./model";

/**
 * Rows `start` .. `start + count - 1` of a sheet: either kept (`rows`) or
 * built by `make(k)` for the k-th of them each time they are read.
 */
interface Segment {
  readonly start: number;
  count: number;
  readonly rows: ReportValue[][] | null;
  readonly make: ((k: number) => ReportValue[]) | null;
}

/** The finished rows: few segments (a sheet is a head of kept rows and one or two built bodies), found by a short scan. */
class SegmentRows implements SheetRows {
  constructor(
    private readonly segments: readonly Segment[],
    readonly length: number,
    readonly width: number,
  ) {}

  row(i: number): readonly ReportValue[] {
    const segs = this.segments;
    for (let s = segs.length - 1; s >= 0; s--) {
      const seg = segs[s];
      if (i < seg.start) continue;
      if (i >= seg.start + seg.count) break;
      return seg.rows !== null ? seg.rows[i - seg.start] : seg.make!(i - seg.start);
    }
    throw new RangeError(`row ${i} is outside the sheet's ${this.length} rows`);
  }
}

/**
 * How many rows a sheet will get, when the builder knows: its list of row
 * heights is then made at that size once (a 100,000-row sheet grown by push
 * would reallocate and copy it many times over). Only a hint: a draft grows
 * past it, and ends at the size it reached.
 */
export interface DraftSize {
  readonly rows?: number;
}

export class SheetDraft {
  private readonly segments: Segment[] = [];
  private width = 0;
  private readonly heights: (number | null)[];
  private readonly merges: MergedArea[] = [];
  private readonly blocks: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  private readonly links: ReportLink[] = [];
  private rowCount = 0;

  constructor(size: DraftSize = {}) {
    this.heights = size.rows ? new Array<number | null>(size.rows) : [];
  }

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
      last.count++;
    } else {
      this.segments.push({ start: r, count: 1, rows: [values], make: null });
    }
    if (values.length > this.width) this.width = values.length;
    this.heights[r] = height;
    return r;
  }

  /**
   * Appends `count` rows that are built when read: row k of them is
   * `make(k)`, an array of at most `width` values that must come out the same
   * on every call. `height(k)` gives each row's height now (a builder may
   * count it from its texts without building the row). Returns the first
   * row's index.
   */
  addRowsOf(count: number, width: number, make: (k: number) => ReportValue[], height: (k: number) => number | null): number {
    const first = this.rowCount;
    if (count <= 0) return first;
    this.segments.push({ start: first, count, rows: null, make });
    if (width > this.width) this.width = width;
    for (let k = 0; k < count; k++) this.heights[first + k] = height(k);
    this.rowCount += count;
    return first;
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
  }): ReportSheet {
    // A size hint larger than what was added: drop the unused tail.
    if (this.heights.length > this.rowCount) this.heights.length = this.rowCount;
    return {
      key: meta.key,
      name: meta.name,
      rows: new SegmentRows(this.segments, this.rowCount, this.width),
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
