/**
 * Reads a register's used range in row blocks, one block per request, each
 * block sized so its response stays under the budget.
 *
 * Block size: the first block assumes a generous INITIAL_BYTES_PER_CELL;
 * later blocks are sized from what was actually received so far (values +
 * value types + number formats + merged-area addresses, JSON bytes per cell)
 * plus 5 %, aiming at READ_BLOCK_TARGET_BYTES. A block the host still rejects
 * as too big is halved and read again ("start large, shrink on a limit
 * error", docs/excel/performance.md).
 *
 * Merged areas (ExcelApi 1.13) are read in the same request as their block,
 * in row parts: getMergedAreasOrNullObject fails above 512 areas, and
 * returns only areas whose top-left cell lies in the range (office-js#3611)
 * — so parts never report an area twice, and a part of R rows × C columns
 * holds at most R × C area corners. Parts start at MERGE_PART_ROWS rows; once
 * areas have been seen, parts are sized from the densest part so far (aiming
 * at 400 areas). A request that fails while reading parts is sent again with
 * parts of SAFE rows = ⌊512 / C⌋, which cannot exceed the limit.
 */
import type { CellValue, Grid, MergedArea } from "../../core/grid";
import { parseAreasAddress, type Rect } from "./addresses";
import { CELL_READ_LIMIT, MB, isPayloadLimitError, jsonStringBytes, rowsJsonBytes } from "./payload";
import { cellRows } from "./read-cells";
import { loadCost, rangeCost, worksheetCost } from "./request-cost";
import type { RequestScope, RoundTrips } from "./round-trips";

/** Assumed size of one cell's values + valueTypes + numberFormat before anything was measured. */
export const INITIAL_BYTES_PER_CELL = 120;
/**
 * What a block's response aims at: under the 4 MB budget with room for the
 * estimate's error (the per-cell size is measured from the blocks already read
 * and inflated by MEASURED_MARGIN). At 100 k rows this reads in 13 requests of
 * at most 3.9 MB where 3.5 MB took 15 (bench: office.load.*).
 */
export const READ_BLOCK_TARGET_BYTES = 3.85 * MB;
/** Margin on the measured bytes per cell. */
const MEASURED_MARGIN = 1.05;
/** Excel returns at most this many merged areas per call. */
export const MERGED_AREAS_LIMIT = 512;
/** Areas a part aims at once the density is known (room below the limit). */
const MERGE_PART_TARGET = 400;
/** Rows of a merge part before any density is known. */
export const MERGE_PART_ROWS = 256;

interface PendingPart {
  readonly top: number;
  readonly rows: number;
  readonly areas: Excel.RangeAreas;
}

export interface PendingBlock {
  readonly top: number;
  readonly rows: number;
  readonly range: Excel.Range;
  readonly parts: readonly PendingPart[];
}

export class RegisterReader {
  private next: number;
  private bytesPerCell = INITIAL_BYTES_PER_CELL;
  private cellsRead = 0;
  private bytesRead = 0;
  private shrinkTo: number | null = null;
  private partRows: number;
  private densest = 0;
  private readonly values: CellValue[][] = [];
  private readonly numberFormats: string[][] = [];
  private readonly merges: MergedArea[] = [];
  /** Blocks read (each one request). */
  blocks = 0;
  /** The register sheet, sent with each block's request. */
  private readonly scope: RequestScope;

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly sheetName: string,
    private readonly rect: Rect,
    private readonly readMerges: boolean,
  ) {
    this.next = rect.top;
    this.partRows = Math.max(MERGE_PART_ROWS, this.safePartRows);
    this.scope = { bytes: worksheetCost(sheetName) };
  }

  get done(): boolean {
    return this.next > this.rect.bottom;
  }

  private get columns(): number {
    return this.rect.right - this.rect.left + 1;
  }

  /** Rows of a part that cannot hold more area corners than Excel returns. */
  private get safePartRows(): number {
    return Math.max(1, Math.floor(MERGED_AREAS_LIMIT / this.columns));
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
    trips.queued(rangeCost("getRangeByIndexes", [this.next, this.rect.left, rows, this.columns]) + loadCost("values,valueTypes,numberFormat"), this.scope);
    const parts: PendingPart[] = [];
    if (this.readMerges) {
      const end = this.next + rows;
      for (let top = this.next; top < end; top += this.partRows) {
        const n = Math.min(this.partRows, end - top);
        const areas = this.sheet.getRangeByIndexes(top, this.rect.left, n, this.columns).getMergedAreasOrNullObject();
        areas.load("address");
        parts.push({ top, rows: n, areas });
        trips.queued(rangeCost("getRangeByIndexes", [top, this.rect.left, n, this.columns]) + rangeCost("getMergedAreasOrNullObject", []) + loadCost("address"), this.scope);
      }
    }
    return { top: this.next, rows, range, parts };
  }

  /** Takes a block's results after a successful sync. */
  collect(block: PendingBlock): void {
    const values = block.range.values as unknown[][];
    const types = block.range.valueTypes as unknown as string[][];
    const formats = block.range.numberFormat as string[][];
    for (const row of cellRows(values, types)) this.values.push(row);
    for (const row of formats) this.numberFormats.push(row);
    let bytes = rowsJsonBytes(values) + rowsJsonBytes(types) + rowsJsonBytes(formats);
    for (const part of block.parts) {
      if (part.areas.isNullObject) continue;
      const found = parseAreasAddress(part.areas.address);
      for (const a of found) this.merges.push(a);
      bytes += jsonStringBytes(part.areas.address);
      this.densest = Math.max(this.densest, found.length / part.rows);
    }
    if (this.densest > 0) this.partRows = Math.max(this.safePartRows, Math.floor(MERGE_PART_TARGET / this.densest));
    this.cellsRead += block.rows * this.columns;
    this.bytesRead += bytes;
    this.bytesPerCell = Math.max(1, (this.bytesRead / this.cellsRead) * MEASURED_MARGIN);
    this.next = block.top + block.rows;
    this.shrinkTo = null;
    this.blocks++;
  }

  /**
   * After a failed sync holding this block: true when reading again may work
   * (a smaller block, or safe merge parts), else false.
   */
  recover(block: PendingBlock, error: unknown): boolean {
    if (isPayloadLimitError(error)) {
      if (block.rows <= 1) return false;
      this.shrinkTo = Math.floor(block.rows / 2);
      return true;
    }
    if (block.parts.length > 0 && this.partRows > this.safePartRows) {
      this.partRows = this.safePartRows;
      return true;
    }
    return false;
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
