/**
 * Folds a sheet's styled blocks into one style per cell: blocks apply in
 * order, later blocks win per property. Cells covered by the same sequence of
 * blocks share a style, so the work is one step per block cell and one fold
 * per distinct sequence (a handful), whatever the sheet's size.
 */
import type { CellStyle, StyledBlock } from "../../core/report/model";
import { XlsxError } from "./errors";

export interface FoldedStyles {
  /** Style id per cell, row-major over rows × cols; 0 = no style. */
  readonly ids: Int32Array;
  readonly rows: number;
  readonly cols: number;
  /** Folded style of each id (index 0: the empty style). */
  readonly styles: readonly CellStyle[];
}

/** Beyond this many cells a report sheet is not something to print for a committee. */
const MAX_CELLS = 20_000_000;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `over`'s defined properties replace `base`'s. */
export function mergeStyles(base: CellStyle, over: CellStyle): CellStyle {
  const out: Mutable<CellStyle> = { ...base };
  for (const k of Object.keys(over) as (keyof CellStyle)[]) {
    const v = over[k];
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export function foldBlocks(blocks: readonly StyledBlock[], minRows: number, minCols: number): FoldedStyles {
  let rows = minRows;
  let cols = minCols;
  for (const b of blocks) {
    rows = Math.max(rows, b.bottom + 1);
    cols = Math.max(cols, b.right + 1);
  }
  if (blocks.length === 0) return { ids: new Int32Array(0), rows: 0, cols: 0, styles: [{}] };
  if (rows * cols > MAX_CELLS) {
    throw new XlsxError("invalid-report", `styled area of ${rows} × ${cols} cells is too large`);
  }
  const ids = new Int32Array(rows * cols);
  const styles: CellStyle[] = [{}];
  /** (previous id, block index) → id. */
  const next = new Map<number, number>();
  const nBlocks = blocks.length;
  for (let bi = 0; bi < nBlocks; bi++) {
    const b = blocks[bi];
    const top = Math.max(0, b.top);
    const left = Math.max(0, b.left);
    let lastPrev = -1;
    let lastId = 0;
    for (let r = top; r <= b.bottom; r++) {
      const base = r * cols;
      for (let c = left; c <= b.right; c++) {
        const prev = ids[base + c];
        if (prev !== lastPrev) {
          const key = prev * nBlocks + bi;
          let id = next.get(key);
          if (id === undefined) {
            id = styles.length;
            styles.push(mergeStyles(styles[prev], b.style));
            next.set(key, id);
          }
          lastPrev = prev;
          lastId = id;
        }
        ids[base + c] = lastId;
      }
    }
  }
  return { ids, rows, cols, styles };
}
