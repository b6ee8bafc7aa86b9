/**
 * Reads a register's used range in row blocks, one block per request, each
 * block sized so its response stays under the budget.
 *
 * The first block assumes a generous INITIAL_BYTES_PER_CELL; later blocks are
 * sized from what was actually received so far (values + value types +
 * number formats, JSON bytes per cell) plus 5 %, aiming at
 * READ_BLOCK_TARGET_BYTES. A block the host still rejects as too big is halved
 * and read again ("start large, shrink on a limit error", docs/excel/performance.md).
 *
 * Merged areas (ExcelApi 1.13) are read with each block. Because
 * getMergedAreasOrNullObject returns only areas whose top-left cell lies in
 * the range (office-js#3611), every area is reported by exactly one block.
 * Above 512 areas the call fails: the block is read again without them and its
 * areas are read afterwards in halves, quarters, ... of the block; a part that
 * cannot be read even one row at a time is left without merges.
 */
import type { CellValue, Grid, MergedArea } from "../../core/grid";
import { parseAreasAddress, type Rect } from "./addresses";
import { CELL_READ_LIMIT, MB, OP_ESTIMATE_BYTES, isPayloadLimitError, jsonStringBytes, rowsJsonBytes } from "./payload";
import { cellRows } from "./read-cells";
import type { RoundTrips } from "./round-trips";

/** Assumed size of one cell's values + valueTypes + numberFormat before anything was measured. */
export const INITIAL_BYTES_PER_CELL = 120;
/** What a block's response aims at: under the 4 MB budget with room for the estimate's error. */
export const READ_BLOCK_TARGET_BYTES = 3.5 * MB;
/** Margin on the measured bytes per cell. */
const MEASURED_MARGIN = 1.05;

export interface PendingBlock {
  readonly top: number;
  readonly rows: number;
  readonly range: Excel.Range;
  readonly areas: Excel.RangeAreas | null;
}

export class RegisterReader {
  private next: number;
  private bytesPerCell = INITIAL_BYTES_PER_CELL;
  private cellsRead = 0;
  private bytesRead = 0;
  private shrinkTo: number | null = null;
  private skipMergesOnce = false;
  private readonly values: CellValue[][] = [];
  private readonly numberFormats: string[][] = [];
  private readonly merges: MergedArea[] = [];
  private readonly mergeFallback: Rect[] = [];
  /** Blocks read (each one request). */
  blocks = 0;

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly sheetName: string,
    private readonly rect: Rect,
    private readonly readMerges: boolean,
  ) {
    this.next = rect.top;
  }

  get done(): boolean {
    return this.next > this.rect.bottom;
  }

  private get columns(): number {
    return this.rect.right - this.rect.left + 1;
  }

  /** Rows of the next block. */
  private blockRows(): number {
    const left = this.rect.bottom - this.next + 1;
    if (this.shrinkTo !== null) return Math.min(left, this.shrinkTo);
    const byBytes = Math.floor(READ_BLOCK_TARGET_BYTES / (this.columns * this.bytesPerCell));
    const byCells = Math.floor(CELL_READ_LIMIT / this.columns);
    return Math.max(1, Math.min(left, byBytes, byCells));
  }

  /** Queues the next block's reads; call sync, then collect (or recover on failure). */
  queue(trips: RoundTrips): PendingBlock {
    const rows = this.blockRows();
    const range = this.sheet.getRangeByIndexes(this.next, this.rect.left, rows, this.columns);
    range.load("values,valueTypes,numberFormat");
    let areas: Excel.RangeAreas | null = null;
    if (this.readMerges && !this.skipMergesOnce) {
      areas = range.getMergedAreasOrNullObject();
      areas.load("address");
    }
    trips.queued(OP_ESTIMATE_BYTES * (areas ? 4 : 2));
    return { top: this.next, rows, range, areas };
  }

  /** Takes a block's results after a successful sync. */
  collect(block: PendingBlock): void {
    const values = block.range.values as unknown[][];
    const types = block.range.valueTypes as unknown as string[][];
    const formats = block.range.numberFormat as string[][];
    for (const row of cellRows(values, types)) this.values.push(row);
    for (const row of formats) this.numberFormats.push(row);
    let bytes = rowsJsonBytes(values) + rowsJsonBytes(types) + rowsJsonBytes(formats);
    if (block.areas !== null && !block.areas.isNullObject) {
      this.merges.push(...parseAreasAddress(block.areas.address));
      bytes += jsonStringBytes(block.areas.address);
    }
    if (this.readMerges && block.areas === null) {
      this.mergeFallback.push({ top: block.top, left: this.rect.left, bottom: block.top + block.rows - 1, right: this.rect.right });
    }
    this.cellsRead += block.rows * this.columns;
    this.bytesRead += bytes;
    this.bytesPerCell = Math.max(1, (this.bytesRead / this.cellsRead) * MEASURED_MARGIN);
    this.next = block.top + block.rows;
    this.shrinkTo = null;
    this.skipMergesOnce = false;
    this.blocks++;
  }

  /**
   * After a failed sync holding this block: true when reading again may work
   * (a smaller block, or the block without its merged areas), else false.
   */
  recover(block: PendingBlock, error: unknown): boolean {
    if (isPayloadLimitError(error)) {
      if (block.rows <= 1) return false;
      this.shrinkTo = Math.floor(block.rows / 2);
      return true;
    }
    if (block.areas !== null) {
      this.skipMergesOnce = true;
      return true;
    }
    return false;
  }

  /** Reads the merged areas of blocks that had too many to read at once, splitting each block further until it works. */
  async readFallbackMerges(context: Excel.RequestContext, trips: RoundTrips): Promise<void> {
    for (const rect of this.mergeFallback) {
      const rows = rect.bottom - rect.top + 1;
      for (let parts = 2; parts <= rows * 2; parts *= 2) {
        const size = Math.max(1, Math.ceil(rows / parts));
        const pending: Excel.RangeAreas[] = [];
        for (let top = rect.top; top <= rect.bottom; top += size) {
          const a = this.sheet.getRangeByIndexes(top, rect.left, Math.min(size, rect.bottom - top + 1), this.columns).getMergedAreasOrNullObject();
          a.load("address");
          pending.push(a);
          trips.queued(OP_ESTIMATE_BYTES * 3);
        }
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- fallback only: each attempt splits finer after the host refused
          await trips.sync(context);
        } catch (e) {
          if (isPayloadLimitError(e) || size <= 1) break;
          continue;
        }
        for (const a of pending) if (!a.isNullObject) this.merges.push(...parseAreasAddress(a.address));
        break;
      }
    }
  }

  grid(): Grid {
    const merges = this.readMerges ? [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left) : undefined;
    return {
      sheet: this.sheetName,
      top: this.rect.top,
      left: this.rect.left,
      values: this.values,
      numberFormats: this.numberFormats,
      ...(merges ? { merges } : {}),
    };
  }
}

/** An empty register sheet as a Grid. */
export function emptyGrid(sheet: string): Grid {
  return { sheet, top: 0, left: 0, values: [], numberFormats: [] };
}
