/**
 * The register sheet's cells as the reader found them: which grid row holds
 * the value a row shows in a mapped column (its own, or a merged area's
 * top-left above it), and SourceCells made from that on demand.
 *
 * Why on demand: a register of 100,000 indicator rows holds over a million
 * non-blank mapped cells. Making a SourceCell object for each of them up front
 * cost more than all the rest of the engine (mostly garbage collection), while
 * the engine itself only needs their values and, for the few cells a finding
 * points at, their address. So the reader keeps row numbers; RegisterItem.fields
 * and IndicatorRow.cells are built the first time someone asks for them (see
 * read-item.ts), and the evaluation reads values through cell views (see
 * cell-views.ts) that allocate nothing.
 *
 * The grid is read, never changed; the register keeps referring to it, so a
 * host must not change a grid it has handed over (Grid is read-only by type).
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { isBlank } from "../values/text";
import { sourceCellsOf, type CellFactory } from "./source-cell";
import type { ColumnKey, SourceCell } from "./types";

/** A mapped column, with everything the row loop needs precomputed. */
export interface Column {
  readonly key: ColumnKey;
  /** Grid-relative column index. */
  readonly g: number;
  /** 0-based absolute sheet column. */
  readonly abs: number;
  /** See mergeSources: per grid row, 1 + the grid row of the merged area's top-left it reads; 0 = not under a merge. */
  readonly merged: Int32Array | null;
}

/**
 * A SourceCell whose contents are set again and again: the cell views hand one
 * out per column and refill it for the next row. Never kept by anyone.
 */
export class ViewCell implements SourceCell {
  value: CellValue = null;
  format: string | null = null;
  row = 0;
  col = 0;

  constructor(private readonly sheet: string) {}

  get address(): string {
    return cellAddress(this.sheet, this.row, this.col);
  }

  toJSON(): SourceCell {
    return { value: this.value, format: this.format, address: this.address, row: this.row, col: this.col };
  }
}

export class SheetCells {
  readonly sheet: string;
  readonly values: Grid["values"];
  readonly formats: Grid["numberFormats"];
  /** 0-based absolute row of values[0]. */
  readonly top: number;
  readonly itemCols: readonly Column[];
  readonly indicatorCols: readonly Column[];
  readonly makeCell: CellFactory;

  constructor(grid: Grid, itemCols: readonly Column[], indicatorCols: readonly Column[]) {
    this.sheet = grid.sheet;
    this.values = grid.values;
    this.formats = grid.numberFormats;
    this.top = grid.top;
    this.itemCols = itemCols;
    this.indicatorCols = indicatorCols;
    this.makeCell = sourceCellsOf(grid.sheet);
  }

  /**
   * The grid row whose value grid row `r` shows in `col`: `r` itself when its
   * own cell is not blank, else the top-left row of a merged area over it when
   * that holds a value; -1 when the row shows nothing there.
   */
  sourceRow(r: number, col: Column): number {
    const own = this.values[r][col.g];
    if (!isBlank(own)) return r;
    if (col.merged === null) return -1;
    const source = col.merged[r];
    if (source === 0) return -1;
    return isBlank(this.values[source - 1][col.g]) ? -1 : source - 1;
  }

  /** The value at grid row `sr` (a row sourceRow returned) in `col`. */
  value(sr: number, col: Column): CellValue {
    return this.values[sr][col.g];
  }

  format(sr: number, col: Column): string | null {
    const formats = this.formats;
    return formats === undefined ? null : (formats[sr]?.[col.g] ?? null);
  }

  /** A new SourceCell for grid row `sr` in `col`. */
  cell(sr: number, col: Column): SourceCell {
    return this.makeCell(this.value(sr, col), this.format(sr, col), this.top + sr, col.abs);
  }

  address(sr: number, col: Column): string {
    return cellAddress(this.sheet, this.top + sr, col.abs);
  }

  /** Sets a view cell to grid row `sr` in `col`. */
  fill(view: ViewCell, sr: number, col: Column): ViewCell {
    view.value = this.value(sr, col);
    view.format = this.format(sr, col);
    view.row = this.top + sr;
    view.col = col.abs;
    return view;
  }
}
