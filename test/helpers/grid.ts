/**
 * Builds Grids for tests: rows of cell values as a sheet holds them, with
 * optional offset, merged areas (absolute coordinates) and number formats.
 */
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";

export interface GridOptions {
  /** 0-based absolute row of rows[0] (default 0 = Excel row 1). */
  top?: number;
  /** 0-based absolute column of rows[r][0] (default 0 = column A). */
  left?: number;
  /** Merged areas, absolute 0-based inclusive coordinates. */
  merges?: MergedArea[];
  /** Number formats, same shape as rows. */
  numberFormats?: (string | null)[][];
}

export function gridFromRows(sheet: string, rows: CellValue[][], opts: GridOptions = {}): Grid {
  const grid: Grid = {
    sheet,
    top: opts.top ?? 0,
    left: opts.left ?? 0,
    values: rows,
    ...(opts.numberFormats ? { numberFormats: opts.numberFormats } : {}),
    ...(opts.merges ? { merges: opts.merges } : {}),
  };
  return grid;
}

/** A merged area given in A1-ish 0-based coordinates: rows top..bottom, columns left..right (inclusive). */
export function merge(top: number, left: number, bottom: number, right: number): MergedArea {
  return { top, left, bottom, right };
}

/** Freezes a value and everything reachable from it (for "never mutates its input" tests). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}
