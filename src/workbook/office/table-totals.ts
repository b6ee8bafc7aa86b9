/**
 * The totals rows of Excel tables (ListObjects) on the register sheet are
 * not read, as the .xlsx reader does not read them (read-grid.ts,
 * `totalsRows`; docs/decisions.md "Excel tables"): a totals row (`計`,
 * SUBTOTAL(...)) sums the rows above it and would be one more item.
 *
 * Learnt in requests that are sent anyway (no round trip of its own):
 * - which tables show their totals row: `worksheet.tables` loaded with
 *   `items/showTotals` (ExcelApi 1.1) in the request that finds the register's
 *   extent (request 1 when the sheet is named, the survey when detected);
 * - where it is: `table.getTotalRowRange()` (ExcelApi 1.1; only on tables
 *   that show it — what it does on the others is not documented) with
 *   `address`, in the request that reads the register's first block.
 *
 * The Grid is then what readGrid gives for the same workbook: the cells of
 * a totals row are empty (null, no number format), and the grid is cut to
 * the cells that still hold a value (readGrid's top/left are the first row
 * and column with a value and its rows end at the last one; Excel's used
 * range is the same rectangle, so only a totals row at an edge cuts it).
 */
import type { CellValue, Grid } from "../../core/grid";
import { parseRangeAddress, type Rect } from "./addresses";
import { indexerCost, loadCost, propertyObjectCost, rangeCost, worksheetCost } from "./request-cost";
import type { RequestScope, RoundTrips } from "./round-trips";

/** The load that tells which tables show a totals row. */
export const TABLES_SELECT = "items/showTotals";
/** Bytes of `ws.tables.load(TABLES_SELECT)` on a worksheet already in the request. */
export const TABLES_LOAD_BYTES = propertyObjectCost("tables") + loadCost(TABLES_SELECT);
/**
 * A table of a loaded collection is found by its id (an indexer path). Ids
 * are not loaded: they are counted at the length of a GUID in braces (as a
 * worksheet's id), the longest form of an Office id known here; table ids
 * seen in Excel are short ("1", "2", ...). Unverified against Office.js.
 */
const TABLE_ID_BOUND = "{00000000-0000-0000-0000-000000000000}";
const TOTAL_ROW_READ_BYTES = indexerCost([TABLE_ID_BOUND]) + rangeCost("getTotalRowRange", []) + loadCost("address");

/** Queues the tables load on a worksheet (the caller counts TABLES_LOAD_BYTES on the sheet's scope). */
export function loadTables(ws: Excel.Worksheet): Excel.TableCollection {
  const tables = ws.tables;
  tables.load(TABLES_SELECT);
  return tables;
}

/**
 * The totals rows of a loaded table collection: `queue` adds their reads to
 * a request (again after a failed sync), `areas` gives them after it.
 */
export class TotalsRows {
  private readonly withTotals: readonly Excel.Table[];
  private pending: Excel.Range[] = [];
  /** The collection's worksheet path and its tables property, once per request that uses them. */
  private readonly scope: RequestScope;

  /** `sheetKey`: the name or id the collection's worksheet is found by (for the request size). */
  constructor(tables: Excel.TableCollection, sheetKey: string) {
    this.withTotals = tables.items.filter((t) => t.showTotals);
    this.scope = { bytes: worksheetCost(sheetKey) + propertyObjectCost("tables") };
  }

  get empty(): boolean {
    return this.withTotals.length === 0;
  }

  queue(trips: RoundTrips): void {
    this.pending = this.withTotals.map((t) => {
      const range = t.getTotalRowRange();
      range.load("address");
      trips.queued(TOTAL_ROW_READ_BYTES, this.scope);
      return range;
    });
  }

  /** After the request holding `queue`'s reads was sent. */
  areas(): Rect[] {
    const out: Rect[] = [];
    for (const r of this.pending) {
      const rect = parseRangeAddress(r.address);
      if (rect) out.push(rect);
    }
    return out;
  }
}

/**
 * The grid without the cells of `areas` (absolute): those read as null with
 * no number format, and the grid is cut to the cells still holding a value.
 */
export function withoutAreas(grid: Grid, areas: readonly Rect[]): Grid {
  const height = grid.values.length;
  const hit = areas.filter((a) => a.bottom >= grid.top && a.top < grid.top + height && a.right >= grid.left);
  if (hit.length === 0) return grid;
  // Only the rows touched are copied (a register may have 100,000 rows).
  const values: CellValue[][] = grid.values.slice() as CellValue[][];
  const formats = grid.numberFormats?.slice() as (string | null)[][] | undefined;
  const copied = new Set<number>();
  for (const a of hit) {
    for (let r = Math.max(a.top, grid.top) - grid.top; r <= Math.min(a.bottom, grid.top + height - 1) - grid.top; r++) {
      if (!copied.has(r)) {
        copied.add(r);
        values[r] = [...values[r]];
        if (formats !== undefined && formats[r] !== undefined) formats[r] = [...formats[r]];
      }
      const row = values[r];
      const frow = formats?.[r];
      for (let c = Math.max(a.left, grid.left) - grid.left; c <= a.right - grid.left && c < row.length; c++) {
        row[c] = null;
        if (frow !== undefined && c < frow.length) frow[c] = null;
      }
    }
  }
  // The rectangle of the values left.
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = values[r];
    if (row.length > width) width = row.length;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === null) continue;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  const merges = grid.merges !== undefined ? { merges: grid.merges } : {};
  if (top < 0) return { sheet: grid.sheet, top: 0, left: 0, values: [], ...(formats ? { numberFormats: [] } : {}), ...merges };
  const whole = top === 0 && bottom === height - 1 && left === 0 && right === width - 1;
  const cut = <T>(rows: T[][]): T[][] => (whole ? rows : rows.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)));
  return {
    sheet: grid.sheet,
    top: grid.top + top,
    left: grid.left + left,
    values: cut<CellValue>(values),
    ...(formats ? { numberFormats: cut<string | null>(formats) } : {}),
    ...merges,
  };
}
