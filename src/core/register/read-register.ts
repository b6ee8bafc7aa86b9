/**
 * Reads the register worksheet into items (contract §2): one row per
 * indicator, continuation rows folded into their item, every value kept with
 * its cell address. Nothing is interpreted beyond "blank or not"; problems are
 * findings, never exceptions. The grid is never changed.
 *
 * Rules (where the contract is silent, the decision is written here):
 * - Rows fully blank in the mapped columns are skipped; they do not end an item.
 * - A row starts an item when its No. is non-blank and differs from the current
 *   item's (after readItemNo: `No.12` = `１２` = 12). A row whose No. is blank or
 *   the same is a continuation row of the current item.
 * - Merged cells: see merged-cells.ts. A merged value is inherited by item and
 *   indicator columns alike; its SourceCell is the top-left cell that holds it.
 *   Inherited indicator values do not by themselves make a row an indicator row
 *   (a `基準日` merged down the whole table does not invent indicators).
 * - Item fields come from the item's first row; a field blank there is taken from
 *   the first continuation row that has it. A continuation value that differs
 *   (after normalize) from the item's is a duplicate-item error, one per field.
 * - Indicator rows: every row of the item with a non-blank indicator-level cell
 *   of its own, the first row included.
 * - The same No. again after other items (not a continuation):
 *   · with a 再掲 value (anything but blank or FALSE; or a `（再掲）` mark on the
 *     No.) it is a re-listed entry,
 *     a separate item even when its No. equals the item it re-lists;
 *   · else, when its item fields agree with the earlier item's (blank agrees
 *     with anything), its rows are folded into that item as more indicator rows;
 *   · else a duplicate-item error per conflicting field, and the rows are kept
 *     as a separate item so that the rest of the checks still run on them.
 * - A `（再掲）` mark on the No. with the 再掲 column empty means "re-lists this
 *   No.": the item's relistOf is a cell at the No. cell's address whose value
 *   is the bare No.
 * - The same No. right after a re-listed entry starts a new item when the row
 *   has no 再掲 value and a different area (the original following its
 *   re-listing); the same No. with a 再掲 value right after the original starts
 *   the re-listed entry.
 * - A row whose No. cell holds the No. header (`No.`) is the header repeated
 *   for printing and is skipped.
 * - Rows with data before any No. (right below the header) are not read: an
 *   item-missing-no for the first of them and for each further one with item
 *   data of its own (indicator-only rows below it are its continuation rows).
 *   no-items only when no row below the header holds anything.
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import { cellText, isBlank, normalize } from "../values/text";
import { columnDef, matchHeader } from "./aliases";
import { findHeader } from "./header";
import { readItemNo, type ItemNo } from "./item-no";
import { mergeSources } from "./merged-cells";
import { sourceCellsOf, type CellFactory } from "./source-cell";
import type {
  ColumnKey,
  IndicatorColumn,
  IndicatorRow,
  ItemColumn,
  Register,
  RegisterItem,
  SourceCell,
} from "./types";

/** A mapped column, with everything the row loop needs precomputed. */
interface Column {
  readonly key: ColumnKey;
  /** Grid-relative column index. */
  readonly g: number;
  /** 0-based absolute sheet column. */
  readonly abs: number;
  /** See mergeSources. */
  readonly merged: Int32Array | null;
  /** The cell last read from a merged area's top-left (rows under one merge share it). */
  mergedRow: number;
  mergedCell: SourceCell | null;
}

/** An item while its rows are being read (the same object is returned as the RegisterItem). */
interface Draft {
  readonly row: number;
  readonly no: string;
  readonly fields: Partial<Record<ItemColumn, SourceCell>>;
  readonly indicators: IndicatorRow[];
  readonly rows: number[];
}

const HAS_DIGIT = /[0-9０-９]/;

/** A 再掲 cell that makes its row a re-listed entry: anything but blank or FALSE (an unticked checkbox). */
function marksRelisting(value: CellValue | undefined): boolean {
  if (isBlank(value) || value === false) return false;
  return !(typeof value === "string" && value.trim().toLowerCase() === "false");
}

/** A body row whose No. cell is the No. header again: the header repeated (for printing), not an item. */
function isRepeatedHeader(noText: string): boolean {
  // A No. has a digit (`12`, `１２`, `3-1`); the header words have none: most rows stop here.
  if (noText.length > 8 || HAS_DIGIT.test(noText)) return false;
  const m = matchHeader(noText);
  return m !== null && m.exact && m.key === "no";
}

/** True when two non-blank values say different things (same value, or same text after normalize, agree). */
function differ(a: CellValue, b: CellValue): boolean {
  if (a === b) return false;
  return normalize(cellText(a)) !== normalize(cellText(b));
}

class RegisterReader {
  private readonly values: Grid["values"];
  private readonly formats: Grid["numberFormats"];
  private readonly top: number;
  private readonly itemCols: Column[] = [];
  private readonly indicatorCols: Column[] = [];
  private readonly noCol: Column;
  private readonly areaCol: Column;
  private readonly relistCol: Column | null;
  readonly findings: Finding[] = [];
  readonly items: Draft[] = [];
  /** Non-re-listed items by No., for the same No. after other items. */
  private readonly byNo = new Map<string, Draft>();
  private readonly makeCell: CellFactory;
  /** The last No. cell value read and what it reads as (consecutive rows repeat it). */
  private lastNoValue: CellValue | undefined = undefined;
  private lastNo: ItemNo | null = null;

  constructor(
    private readonly grid: Grid,
    columns: Readonly<Partial<Record<ColumnKey, number>>>,
    private readonly headerRow: number,
    private readonly bodyStart: number,
  ) {
    this.values = grid.values;
    this.formats = grid.numberFormats;
    this.top = grid.top;
    const keys = Object.keys(columns) as ColumnKey[];
    const rel = keys.map((k) => columns[k] as number);
    const merged = mergeSources(grid, rel, bodyStart);
    this.makeCell = sourceCellsOf(grid.sheet);
    for (let i = 0; i < keys.length; i++) {
      const col: Column = {
        key: keys[i],
        g: rel[i],
        abs: grid.left + rel[i],
        merged: merged[i],
        mergedRow: -1,
        mergedCell: null,
      };
      (columnDef(col.key).level === "item" ? this.itemCols : this.indicatorCols).push(col);
    }
    const find = (key: ColumnKey) => this.itemCols.find((c) => c.key === key) ?? null;
    this.noCol = find("no") as Column;
    this.areaCol = find("area") as Column;
    this.relistCol = find("relistOf");
  }

  /** The value row `r` shows in `col`: its own, or the merged area's above it. */
  private valueAt(r: number, cells: readonly CellValue[], col: Column): CellValue | undefined {
    const own = cells[col.g];
    if (col.merged === null || !isBlank(own)) return own;
    const source = col.merged[r];
    return source === 0 ? own : this.values[source - 1][col.g];
  }

  /** The SourceCell of a non-blank value row `r` shows in `col` (the merged top-left when inherited). */
  private cellAt(r: number, cells: readonly CellValue[], col: Column): SourceCell | null {
    const own = cells[col.g];
    if (!isBlank(own)) return this.sourceCell(own as CellValue, r, col);
    if (col.merged === null || col.merged[r] === 0) return null;
    const source = col.merged[r] - 1;
    if (col.mergedRow !== source) {
      const value = this.values[source][col.g];
      col.mergedRow = source;
      col.mergedCell = isBlank(value) ? null : this.sourceCell(value, source, col);
    }
    return col.mergedCell;
  }

  private sourceCell(value: CellValue, r: number, col: Column): SourceCell {
    const formats = this.formats;
    const format = formats === undefined ? null : (formats[r]?.[col.g] ?? null);
    return this.makeCell(value, format, this.top + r, col.abs);
  }

  private address(r: number, col: Column): string {
    return cellAddress(this.grid.sheet, this.top + r, col.abs);
  }

  private readNo(value: CellValue | undefined): ItemNo | null {
    if (value !== this.lastNoValue) {
      this.lastNoValue = value;
      this.lastNo = readItemNo(value);
    }
    return this.lastNo;
  }

  /** True when any mapped cell of the row has a value of its own. */
  private hasData(cells: readonly CellValue[]): boolean {
    for (let i = 0; i < this.itemCols.length; i++) if (!isBlank(cells[this.itemCols[i].g])) return true;
    return this.hasIndicatorData(cells);
  }

  /** True when the row has an item-level value of its own (a No. aside). */
  private hasItemData(cells: readonly CellValue[]): boolean {
    for (let i = 0; i < this.itemCols.length; i++) {
      const col = this.itemCols[i];
      if (col !== this.noCol && !isBlank(cells[col.g])) return true;
    }
    return false;
  }

  private hasIndicatorData(cells: readonly CellValue[]): boolean {
    for (let i = 0; i < this.indicatorCols.length; i++) if (!isBlank(cells[this.indicatorCols[i].g])) return true;
    return false;
  }

  read(): void {
    let current: Draft | null = null;
    let orphanReported = false;
    let anyData = false;
    const values = this.values;
    for (let r = this.bodyStart; r < values.length; r++) {
      const cells = values[r];
      if (!cells || !this.hasData(cells)) continue;
      const noValue = this.valueAt(r, cells, this.noCol);
      if (typeof noValue === "string" && isRepeatedHeader(noValue)) continue;
      anyData = true;
      const no = this.readNo(noValue);
      if (no === null) {
        if (current !== null) this.continueItem(current, r, cells);
        else if (!orphanReported || this.hasItemData(cells)) {
          orphanReported = true;
          this.findings.push(finding("item-missing-no", this.address(r, this.noCol)));
        }
        continue;
      }
      const relisted = no.relisted || (this.relistCol !== null && marksRelisting(this.valueAt(r, cells, this.relistCol)));
      if (current !== null && no.no === current.no && !this.startsOver(current, relisted, r, cells)) {
        this.continueItem(current, r, cells);
        continue;
      }
      current = this.startItem(no, relisted, r, cells);
    }
    if (!anyData) this.findings.push(finding("no-items", this.address(this.headerRow, this.noCol)));
    for (let i = 0; i < this.items.length; i++) this.checkRequired(this.items[i]);
  }

  /** A row with the current item's No. that is nevertheless a new entry (re-listing boundary, see the top). */
  private startsOver(current: Draft, relisted: boolean, r: number, cells: readonly CellValue[]): boolean {
    const currentRelisted = current.fields.relistOf !== undefined && marksRelisting(current.fields.relistOf.value);
    if (relisted) return !currentRelisted;
    if (!currentRelisted) return false;
    const area = this.valueAt(r, cells, this.areaCol);
    const had = current.fields.area;
    return !isBlank(area) && had !== undefined && differ(area as CellValue, had.value);
  }

  private startItem(no: ItemNo, relisted: boolean, r: number, cells: readonly CellValue[]): Draft {
    if (!relisted) {
      const earlier = this.byNo.get(no.no);
      if (earlier !== undefined) {
        if (this.conflicts(earlier, r, cells, false) === 0) {
          this.continueItem(earlier, r, cells);
          return earlier;
        }
        // Conflicting: reported above; read as an item of its own (not indexed by No.).
        return this.newItem(no, r, cells, false);
      }
    }
    return this.newItem(no, r, cells, !relisted);
  }

  private newItem(no: ItemNo, r: number, cells: readonly CellValue[], index: boolean): Draft {
    const fields: Partial<Record<ItemColumn, SourceCell>> = {};
    for (let i = 0; i < this.itemCols.length; i++) {
      const col = this.itemCols[i];
      const cell = this.cellAt(r, cells, col);
      if (cell !== null) fields[col.key as ItemColumn] = cell;
    }
    if (no.relisted && fields.relistOf === undefined) {
      // `12（再掲）` with the 再掲 column empty: re-lists that No.
      const at = fields.no as SourceCell;
      fields.relistOf = this.makeCell(no.no, null, at.row, at.col);
    }
    const item: Draft = { row: this.top + r, no: no.no, fields, indicators: [], rows: [this.top + r] };
    this.addIndicatorRow(item, r, cells);
    this.items.push(item);
    if (index) this.byNo.set(no.no, item);
    return item;
  }

  private continueItem(item: Draft, r: number, cells: readonly CellValue[]): void {
    this.conflicts(item, r, cells, true);
    item.rows.push(this.top + r);
    this.addIndicatorRow(item, r, cells);
  }

  /**
   * Compares the row's item fields with the item's: reports each conflict as a
   * duplicate-item finding and returns their number; with `fill`, fields the item
   * lacks are taken from the row.
   */
  private conflicts(item: Draft, r: number, cells: readonly CellValue[], fill: boolean): number {
    let n = 0;
    const fields = item.fields;
    for (let i = 0; i < this.itemCols.length; i++) {
      const col = this.itemCols[i];
      if (col === this.noCol) continue;
      const value = this.valueAt(r, cells, col);
      if (isBlank(value)) continue;
      const key = col.key as ItemColumn;
      const had = fields[key];
      if (had === undefined) {
        if (fill) fields[key] = this.cellAt(r, cells, col) as SourceCell;
        continue;
      }
      const v = value as CellValue;
      const clash =
        v !== had.value && (key === "relistOf" ? readItemNo(v)?.no !== readItemNo(had.value)?.no : differ(v, had.value));
      if (!clash) continue;
      n++;
      const at = (this.cellAt(r, cells, col) as SourceCell).address;
      this.findings.push(finding("duplicate-item", at, { no: item.no, other: had.address, field: key }));
    }
    return n;
  }

  private addIndicatorRow(item: Draft, r: number, cells: readonly CellValue[]): void {
    if (!this.hasIndicatorData(cells)) return;
    const found: Partial<Record<IndicatorColumn, SourceCell>> = {};
    for (let i = 0; i < this.indicatorCols.length; i++) {
      const col = this.indicatorCols[i];
      const cell = this.cellAt(r, cells, col);
      if (cell !== null) found[col.key as IndicatorColumn] = cell;
    }
    item.indicators.push({ row: this.top + r, cells: found });
  }

  private checkRequired(item: Draft): void {
    const first = item.row - this.top;
    if (item.fields.area === undefined) {
      this.findings.push(finding("item-missing-area", this.address(first, this.areaCol), { no: item.no }));
    }
    if (item.fields.name === undefined) {
      const nameCol = this.itemCols.find((c) => c.key === "name") as Column;
      this.findings.push(finding("item-missing-name", this.address(first, nameCol), { no: item.no }));
    }
  }
}

/** Reads the register sheet's grid. Never throws for what a sheet may hold; never changes the grid. */
export function readRegister(grid: Grid): Register {
  const header = findHeader(grid);
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const key of Object.keys(header.columns) as ColumnKey[]) {
    columns[key] = grid.left + (header.columns[key] as number);
  }
  const base = {
    sheet: grid.sheet,
    headerRow: header.row < 0 ? -1 : grid.top + header.row,
    columns,
    headers: header.headers,
  };
  if (header.findings.length > 0) return { ...base, items: [], findings: header.findings };
  const reader = new RegisterReader(grid, header.columns, header.row, header.bodyStart);
  reader.read();
  const items: readonly RegisterItem[] = reader.items;
  return { ...base, items, findings: reader.findings };
}
