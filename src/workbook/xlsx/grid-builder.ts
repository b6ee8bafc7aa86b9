/**
 * Collects a sheet's cell values (and number formats) as the scanner meets
 * them, in absolute coordinates, and makes the Grid: rows from the first row
 * holding a value, columns from the leftmost value (see read-grid.ts for the
 * decisions). Rows are arrays of primitives; rows without values share one
 * frozen placeholder until the grid is made.
 */
import type { CellPosition, CellValue, Grid, MergedArea } from "../../core/grid";

/** Placeholder for rows without values while scanning; replaced by fresh arrays in the grid. */
const NO_VALUES: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const NO_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

export class GridBuilder {
  private rows: CellValue[][] = [];
  private fmtRows: (string | null)[][] | null = null;
  /** Absolute row of rows[0]; -1 until a value is put. */
  firstRow = -1;
  private minCol = Number.MAX_SAFE_INTEGER;
  /** Formulas saved without a result (no <v>): Grid.uncalculated. */
  private readonly uncalculated: CellPosition[] = [];
  /** The longest text put (a cell put twice keeps the longer: Grid.longestText may be an upper bound). */
  private longest = 0;

  /** Stores a value at (row, col); returns the row's index in `rows` (for its format). */
  put(row: number, col: number, value: CellValue): number {
    if (this.firstRow < 0) this.firstRow = row;
    let rel = row - this.firstRow;
    if (rel < 0) {
      this.prepend(-rel);
      this.firstRow = row;
      rel = 0;
    }
    const rows = this.rows;
    while (rows.length <= rel) rows.push(NO_VALUES);
    let r = rows[rel];
    if (r === NO_VALUES) rows[rel] = r = [];
    if (col < r.length) r[col] = value;
    else {
      while (r.length < col) r.push(null);
      r.push(value);
    }
    if (col < this.minCol) this.minCol = col;
    if (typeof value === "string" && value.length > this.longest) this.longest = value.length;
    return rel;
  }

  /** Rows out of order (not what any known writer does, but cheap to allow): `count` empty rows before the first. */
  private prepend(count: number): void {
    const gap: CellValue[][] = new Array(count).fill(NO_VALUES);
    this.rows = gap.concat(this.rows);
    if (this.fmtRows !== null) this.fmtRows = (new Array(count).fill(NO_FORMATS) as (string | null)[][]).concat(this.fmtRows);
  }

  /** The number format of the value just put at row index `rel` (from put), column `col`. */
  format(rel: number, col: number, fmt: string): void {
    if (this.fmtRows === null) this.fmtRows = [];
    const fmtRows = this.fmtRows;
    while (fmtRows.length <= rel) fmtRows.push(NO_FORMATS);
    let frow = fmtRows[rel];
    if (frow === NO_FORMATS) fmtRows[rel] = frow = [];
    while (frow.length < col) frow.push(null);
    frow[col] = fmt;
  }

  uncalculatedAt(row: number, col: number): void {
    this.uncalculated.push({ row, col });
  }

  build(sheet: string, merges: MergedArea[]): Grid {
    // Only when there are any: a grid from a calculated workbook stays as it was.
    const extra = { longestText: this.longest, ...(this.uncalculated.length === 0 ? {} : { uncalculated: this.uncalculated }) };
    if (this.firstRow < 0) return { sheet, top: 0, left: 0, values: [], merges, ...extra };
    // Drop the columns left of the first value; give every row its own array.
    const left = this.minCol;
    const rows = this.rows;
    const values: CellValue[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      values[r] = row === NO_VALUES ? [] : left > 0 ? row.slice(left) : row;
    }
    const numberFormats = this.fmtRows === null ? undefined : formatsShaped(this.fmtRows, values, left);
    return numberFormats === undefined
      ? { sheet, top: this.firstRow, left, values, merges, ...extra }
      : { sheet, top: this.firstRow, left, values, numberFormats, merges, ...extra };
  }
}

/** Number formats in exactly the shape of `values` (null for General). */
function formatsShaped(fmtRows: (string | null)[][], values: CellValue[][], left: number): (string | null)[][] {
  const out: (string | null)[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const width = values[r].length;
    const src = r < fmtRows.length ? fmtRows[r] : NO_FORMATS;
    const row: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const f = src[c + left];
      row[c] = f === undefined ? null : f;
    }
    out[r] = row;
  }
  return out;
}
