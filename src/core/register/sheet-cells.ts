/**
 * The register reader's store of entries (Entries, types.ts): which grid row
 * holds the value a row shows in a mapped column (its own, or a merged area's
 * top-left above it), each entry's first row, No. and rows (ItemRuns), and
 * cells made from that on demand.
 *
 * Why on demand: a register of 100,000 indicator rows holds over a million
 * non-blank mapped cells. Making a SourceCell object for each of them up front
 * cost more than all the rest of the engine (mostly garbage collection), while
 * the engine itself only needs their values and, for the few cells a finding
 * points at, their address. So the store keeps row numbers, and the cells it
 * hands out (fieldCell, indicatorCells) are objects refilled on each call.
 *
 * The grid is read, never changed; the register keeps referring to it, so a
 * host must not change a grid it has handed over (Grid is read-only by type).
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { isBlank, shownText } from "../values/text";
import { INDICATOR_COLUMNS, ITEM_COLUMNS } from "./aliases";
import { plainNumberOf } from "./item-no";
import { ItemRuns } from "./item-runs";
import type { ColumnKey, Entries, IndicatorCells, IndicatorColumn, ItemColumn, SourceCell } from "./types";

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

/** An item field taken from a continuation row (grid row `sr`, in the field's own column `col`). */
export interface ExtraField {
  readonly key: ItemColumn;
  readonly col: Column;
  readonly sr: number;
}

/**
 * A SourceCell whose contents are set again and again: fieldCell and
 * indicatorCells hand one out per column and refill it on the next call. Never kept by anyone.
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

export class SheetCells implements Entries {
  readonly sheet: string;
  readonly values: Grid["values"];
  readonly formats: Grid["numberFormats"];
  /** 0-based absolute row of values[0]. */
  readonly top: number;
  readonly itemCols: readonly Column[];
  readonly indicatorCols: readonly Column[];
  /** Each item's sheet rows and indicator rows (see item-runs.ts). */
  readonly runs: ItemRuns;
  /**
   * Each item's No.: a whole number as that number (no string kept per item),
   * else −1 and the text in noTexts. See no().
   */
  private readonly noNumbers: Int32Array;
  private readonly noTexts = new Map<number, string>();
  /** Each item's first sheet row (absolute), by index; how many items there are. */
  private readonly firstRows: Int32Array;
  itemCount = 0;
  /** Fields items took from rows other than their first (few items), by index. */
  private readonly extras = new Map<number, ExtraField[]>();
  /**
   * Items whose No. carries a `（再掲）` mark while their 再掲 cell is blank: they re-list
   * their own No. (relistOf reads as the No., at the No. cell).
   */
  private readonly impliedRelists = new Set<number>();
  private lastNoIndex = -1;
  private lastNo = "";
  /** The No. column (always mapped when there are items). */
  private readonly noCol: Column | null;
  private readonly itemColByKey: Partial<Record<ItemColumn, Column>> = {};
  private readonly indicatorColByKey: Partial<Record<IndicatorColumn, Column>> = {};

  // Cells handed out: one object per column, refilled on each call (see Entries).
  private readonly rowCells: ViewCell[];
  private readonly rowCellsView: Partial<Record<IndicatorColumn, SourceCell>>;
  private lastRow = -1;
  /** One view cell per item column (see fieldCell). */
  private readonly fieldCells: Record<ItemColumn, ViewCell>;

  constructor(grid: Grid, itemCols: readonly Column[], indicatorCols: readonly Column[]) {
    this.sheet = grid.sheet;
    this.values = grid.values;
    this.formats = grid.numberFormats;
    this.top = grid.top;
    this.itemCols = itemCols;
    this.indicatorCols = indicatorCols;
    this.runs = new ItemRuns(grid.values.length);
    this.noNumbers = new Int32Array(grid.values.length);
    this.firstRows = new Int32Array(grid.values.length);
    this.noCol = itemCols.find((c) => c.key === "no") ?? null;
    for (const c of itemCols) this.itemColByKey[c.key as ItemColumn] = c;
    for (const c of indicatorCols) this.indicatorColByKey[c.key as IndicatorColumn] = c;
    this.rowCells = indicatorCols.map(() => new ViewCell(grid.sheet));
    const fieldCells: Partial<Record<ItemColumn, ViewCell>> = {};
    for (const key of ITEM_COLUMNS) fieldCells[key] = new ViewCell(grid.sheet);
    this.fieldCells = fieldCells as Record<ItemColumn, ViewCell>;
    this.rowCellsView = emptyView(INDICATOR_COLUMNS);
  }

  get count(): number {
    return this.itemCount;
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

  /**
   * The cells of entry i's indicator row k: the same object for every row,
   * with every indicator key present (undefined when blank), valid until the
   * next call. Nothing is allocated.
   */
  indicatorCells(i: number, k: number): IndicatorCells {
    const row = this.runs.indicatorRow(i, k);
    const view = this.rowCellsView;
    if (this.lastRow === row) return view;
    const r = row - this.top;
    const cols = this.indicatorCols;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      const sr = this.sourceRow(r, col);
      view[col.key as IndicatorColumn] = sr < 0 ? undefined : this.fill(this.rowCells[i], sr, col);
    }
    this.lastRow = row;
    return view;
  }

  /**
   * Grid row of field `key` of item i: its first row's (or the merged area's
   * over it), else one taken from a continuation row; -1 when blank (the
   * re-listing a `（再掲）` No. implies has no row: see impliesRelist). The one place
   * that says where an item's field comes from: the reader and every read use it.
   */
  fieldRow(i: number, key: ItemColumn): number {
    const col = this.itemColByKey[key];
    if (col !== undefined) {
      const sr = this.sourceRow(this.firstRows[i] - this.top, col);
      if (sr >= 0) return sr;
    }
    const extra = this.extraOf(i);
    if (extra !== null) for (const e of extra) if (e.key === key) return e.sr;
    return -1;
  }

  /** Item i re-lists its own No. by a `（再掲）` mark, its 再掲 cell blank (see impliedRelists). */
  impliesRelist(i: number): boolean {
    return this.impliedRelists.size !== 0 && this.impliedRelists.has(i);
  }

  /** Marks item i as re-listing its own No. (see impliedRelists). */
  setImpliedRelist(i: number): void {
    this.impliedRelists.add(i);
  }

  /** The value of field `key` of item i (undefined when blank); the implied re-listing's is the item's No. */
  field(i: number, key: ItemColumn): CellValue | undefined {
    const sr = this.fieldRow(i, key);
    // A field taken from another row is in its own column (see ExtraField).
    if (sr !== -1) return this.value(sr, this.itemColByKey[key] as Column);
    return key === "relistOf" && this.impliesRelist(i) ? this.no(i) : undefined;
  }

  /**
   * Field `key` of item i as a view cell (the same object for the key on every
   * call; see fieldRow); the implied re-listing sits at the No. cell. Undefined when blank.
   */
  fieldCell(i: number, key: ItemColumn): SourceCell | undefined {
    const sr = this.fieldRow(i, key);
    const cell = this.fieldCells[key];
    if (sr !== -1) return this.fill(cell, sr, this.itemColByKey[key] as Column);
    if (key !== "relistOf" || !this.impliesRelist(i)) return undefined;
    const at = this.fieldCell(i, "no") as SourceCell;
    cell.value = this.no(i);
    cell.format = null;
    cell.row = at.row;
    cell.col = at.col;
    return cell;
  }

  /** A new item whose first row is sheet row `row` and whose No. is `no`: its index. */
  newItem(row: number, no: string): number {
    const i = this.itemCount++;
    this.firstRows[i] = row;
    this.setNo(i, no);
    return i;
  }

  row(i: number): number {
    return this.firstRows[i];
  }

  rows(i: number): number[] {
    const rows = new Array<number>(this.runs.rowCount(i));
    for (let k = 0; k < rows.length; k++) rows[k] = this.runs.row(i, k);
    return rows;
  }

  indicatorCount(i: number): number {
    return this.runs.indicatorCount(i);
  }

  indicatorRow(i: number, k: number): number {
    return this.runs.indicatorRow(i, k);
  }

  extraOf(i: number): readonly ExtraField[] | null {
    return this.extras.size === 0 ? null : (this.extras.get(i) ?? null);
  }

  /** Item i takes a field from another row (see ExtraField). */
  addExtra(i: number, field: ExtraField): void {
    const list = this.extras.get(i);
    if (list === undefined) this.extras.set(i, [field]);
    else list.push(field);
  }

  /** Records item i's No. (normalised: see item-no.ts). */
  setNo(i: number, no: string): void {
    // Below 10^9, so that it fits the Int32Array.
    const n = plainNumberOf(no, 9);
    this.noNumbers[i] = n;
    if (n < 0) this.noTexts.set(i, no);
  }

  /** Item i's No. as text: the same string again for repeated reads of one item (the evaluation reads it per row). */
  no(i: number): string {
    if (i !== this.lastNoIndex) {
      const n = this.noNumbers[i];
      this.lastNo = n >= 0 ? String(n) : (this.noTexts.get(i) ?? "");
      this.lastNoIndex = i;
    }
    return this.lastNo;
  }

  /** The value entry i's indicator row k shows in column `key` (undefined when blank or not mapped), read alone. */
  indicator(i: number, k: number, key: IndicatorColumn): CellValue | undefined {
    const col = this.indicatorColByKey[key];
    if (col === undefined) return undefined;
    const sr = this.sourceRow(this.runs.indicatorRow(i, k) - this.top, col);
    return sr < 0 ? undefined : this.value(sr, col);
  }

  /** Like indicatorValue, with the cell's number format; the text as the report shows it (see displayText). */
  indicatorShown(i: number, k: number, key: IndicatorColumn): string {
    const col = this.indicatorColByKey[key];
    if (col === undefined) return "";
    const sr = this.sourceRow(this.runs.indicatorRow(i, k) - this.top, col);
    return sr < 0 ? "" : shownText(this.value(sr, col), this.format(sr, col));
  }

  /** Address of the No. cell of an item whose first row is grid row `r`. */
  noAddress(r: number): string | null {
    if (this.noCol === null) return null;
    const sr = this.sourceRow(r, this.noCol);
    return sr < 0 ? null : this.address(sr, this.noCol);
  }
}

/** An object with every key present (undefined): one shape whatever a row holds. */
function emptyView<K extends string>(keys: readonly K[]): Partial<Record<K, SourceCell>> {
  const view: Partial<Record<K, SourceCell>> = {};
  for (const k of keys) view[k] = undefined;
  return view;
}
