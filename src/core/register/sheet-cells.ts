/**
 * The register sheet's cells as the reader found them: which grid row holds
 * the value a row shows in a mapped column (its own, or a merged area's
 * top-left above it), and SourceCells made from that on demand.
 *
 * Why on demand: a register of 100,000 indicator rows holds over a million
 * non-blank mapped cells. Making a SourceCell object for each of them up front
 * cost more than all the rest of the engine (mostly garbage collection), while
 * the engine itself only needs their values and, for the few cells a finding
 * points at, their address. So the reader keeps row numbers (here, in two
 * shared lists); RegisterItem.fields / .indicators / .rows and
 * IndicatorRow.cells are built the first time someone asks for them (see
 * read-item.ts), and the evaluation reads values through cell views (see
 * cell-views.ts) that allocate nothing.
 *
 * The grid is read, never changed; the register keeps referring to it, so a
 * host must not change a grid it has handed over (Grid is read-only by type).
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { isBlank, shownText } from "../values/text";
import { INDICATOR_COLUMNS, ITEM_COLUMNS } from "./aliases";
import { plainNumberOf } from "./item-no";
import { ItemRuns } from "./item-runs";
import type { ExtraField, ReadItem } from "./read-item";
import { sourceCellsOf, type CellFactory } from "./source-cell";
import type { ColumnKey, IndicatorColumn, ItemColumn, Register, SourceCell } from "./types";

/** The sheet cells of each register the reader returned (see entryCursor in cell-views.ts). */
export const registerCells = new WeakMap<Register, SheetCells>();

/** ExtraField.sr (read-item.ts) of the re-listing implied by a `（再掲）` mark on the No. */
export const RELIST_MARK = -2;

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
  /** Each item's sheet rows and indicator rows (see item-runs.ts). */
  readonly runs: ItemRuns;
  /**
   * Each item's No.: a whole number as that number (no string kept per item),
   * else −1 and the text in noTexts. See noOf.
   */
  private readonly noNumbers: Int32Array;
  private readonly noTexts = new Map<number, string>();
  /** Each item's first sheet row (absolute), by index; how many items there are. */
  private readonly firstRows: Int32Array;
  itemCount = 0;
  /** Fields items took from rows other than their first (few items), by index. */
  private readonly extras = new Map<number, ExtraField[]>();
  private lastNoIndex = -1;
  private lastNo = "";
  /** The No. column (always mapped when there are items). */
  private readonly noCol: Column | null;
  private readonly itemColByKey: Partial<Record<ItemColumn, Column>> = {};
  private readonly indicatorColByKey: Partial<Record<IndicatorColumn, Column>> = {};

  // Cell views: one object per kind, refilled for each row / item asked for (see cell-views.ts).
  private readonly rowCells: ViewCell[];
  private readonly rowCellsView: Partial<Record<IndicatorColumn, SourceCell>>;
  private lastRow = -1;
  /** One view cell per item column (see fieldCell). */
  private readonly fieldCells: Record<ItemColumn, ViewCell>;
  /** The implied re-listing of a `（再掲）` No. when there is no 再掲 column. */
  private readonly itemFieldsView: Partial<Record<ItemColumn, SourceCell>>;
  /** The item the fields view reads (see viewOfItem). */
  private viewItem = 0;

  constructor(grid: Grid, itemCols: readonly Column[], indicatorCols: readonly Column[]) {
    this.sheet = grid.sheet;
    this.values = grid.values;
    this.formats = grid.numberFormats;
    this.top = grid.top;
    this.itemCols = itemCols;
    this.indicatorCols = indicatorCols;
    this.makeCell = sourceCellsOf(grid.sheet);
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
    this.itemFieldsView = this.lazyFieldsView();
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

  /**
   * The cells of the indicator row at sheet row `row` as a view: the same
   * object for every row, with every indicator key present (undefined when
   * blank), valid until the next viewOfRow call. Nothing is allocated.
   */
  viewOfRow(row: number): Readonly<Partial<Record<IndicatorColumn, SourceCell>>> {
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
   * The fields of an item as a view: every item key present, each read from
   * the grid when it is read (most of an item's fields are never asked for by
   * the evaluation), valid until the next viewOfItem call.
   */
  viewOfItem(item: ReadItem): Readonly<Partial<Record<ItemColumn, SourceCell>>> {
    this.viewItem = item.index;
    return this.itemFieldsView;
  }

  /** A view object whose every item key reads that field of item `viewItem` (see fieldCell) when read. */
  private lazyFieldsView(): Partial<Record<ItemColumn, SourceCell>> {
    const view: Partial<Record<ItemColumn, SourceCell>> = {};
    for (const key of ITEM_COLUMNS) {
      // A column the sheet does not have is blank for every item (fields from other rows come from mapped
      // columns; the one exception, the re-listing a `（再掲）` No. implies, has a getter): a plain undefined.
      if (this.itemColByKey[key] === undefined && key !== "relistOf") {
        Object.defineProperty(view, key, { enumerable: true, value: undefined });
        continue;
      }
      Object.defineProperty(view, key, { enumerable: true, get: () => this.fieldCell(this.viewItem, key) });
    }
    return view;
  }

  /**
   * Grid row of field `key` of item i: its first row's (or the merged area's
   * over it), else one taken from a continuation row; RELIST_MARK for the
   * re-listing a `（再掲）` No. implies; -1 when blank. The one place that says
   * where an item's field comes from: the reader, the views and single reads use it.
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

  /** The value of field `key` of item i (undefined when blank); the implied re-listing's is the item's No. */
  fieldValue(i: number, key: ItemColumn): CellValue | undefined {
    const sr = this.fieldRow(i, key);
    if (sr === -1) return undefined;
    // A field taken from another row is in its own column (see ExtraField).
    return sr === RELIST_MARK ? this.noOf(i) : this.value(sr, this.itemColByKey[key] as Column);
  }

  /**
   * Field `key` of item i as a view cell (the same object for the key on every
   * call; see fieldRow); the implied re-listing sits at the No. cell. Undefined when blank.
   */
  fieldCell(i: number, key: ItemColumn): SourceCell | undefined {
    const sr = this.fieldRow(i, key);
    if (sr === -1) return undefined;
    const cell = this.fieldCells[key];
    if (sr !== RELIST_MARK) return this.fill(cell, sr, this.itemColByKey[key] as Column);
    const at = this.fieldCell(i, "no") as SourceCell;
    cell.value = this.noOf(i);
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

  itemRow(i: number): number {
    return this.firstRows[i];
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
  noOf(i: number): string {
    if (i !== this.lastNoIndex) {
      const n = this.noNumbers[i];
      this.lastNo = n >= 0 ? String(n) : (this.noTexts.get(i) ?? "");
      this.lastNoIndex = i;
    }
    return this.lastNo;
  }

  /** The value sheet row `row` shows in indicator column `key` (undefined when blank or not mapped), read alone. */
  indicatorValue(row: number, key: IndicatorColumn): CellValue | undefined {
    const col = this.indicatorColByKey[key];
    if (col === undefined) return undefined;
    const sr = this.sourceRow(row - this.top, col);
    return sr < 0 ? undefined : this.value(sr, col);
  }

  /** Like indicatorValue, with the cell's number format; the text as the report shows it (see displayText). */
  indicatorShown(row: number, key: IndicatorColumn): string {
    const col = this.indicatorColByKey[key];
    if (col === undefined) return "";
    const sr = this.sourceRow(row - this.top, col);
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
