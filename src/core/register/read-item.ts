/**
 * RegisterItem and IndicatorRow as the reader returns them: row numbers into
 * the sheet, with `fields`, `indicators`, `rows` and `cells` built from the
 * grid the first time they are asked for (then kept), and cell views for the
 * evaluation that build nothing. See sheet-cells.ts for why.
 *
 * To anyone reading a register they look like the plain objects of types.ts:
 * `fields` / `cells` hold only the non-blank cells, in column order, and
 * JSON.stringify gives the plain shape (toJSON). They are getters, though: an
 * object spread or structuredClone of an item does not carry them.
 */
import type { CellValue } from "../grid";
import { RELIST_MARK, type Column, type SheetCells } from "./sheet-cells";
import type { IndicatorColumn, IndicatorRow, ItemColumn, RegisterItem, SourceCell } from "./types";

type Fields = Partial<Record<ItemColumn, SourceCell>>;
type Cells = Partial<Record<IndicatorColumn, SourceCell>>;

/**
 * An item field that does not come from the item's first row: taken from a
 * continuation row (`sr` ≥ 0, the grid row, in `col`), or the re-listing a
 * `12（再掲）` No. implies (`sr` = RELIST_MARK: value the bare No., at the No. cell).
 */
export interface ExtraField {
  readonly key: ItemColumn;
  readonly col: Column | null;
  readonly sr: number;
}

export { RELIST_MARK };

/** An indicator row handed out by ReadItem.indicators: its cells are built when first asked for. */
export class ReadRow implements IndicatorRow {
  private built: Cells | undefined = undefined;

  constructor(
    /** 0-based absolute sheet row. */
    readonly row: number,
    private readonly sheetCells: SheetCells,
  ) {}

  get cells(): Readonly<Cells> {
    if (this.built === undefined) {
      const sc = this.sheetCells;
      const r = this.row - sc.top;
      const cells: Cells = {};
      for (const col of sc.indicatorCols) {
        const sr = sc.sourceRow(r, col);
        if (sr >= 0) cells[col.key as IndicatorColumn] = sc.cell(sr, col);
      }
      this.built = cells;
    }
    return this.built;
  }

  toJSON(): IndicatorRow {
    return { row: this.row, cells: this.cells };
  }
}

/** What an item has built of its public shape so far. */
interface Built {
  fields?: Fields;
  rows?: readonly number[];
  indicators?: readonly IndicatorRow[];
}

/**
 * An item: an index into the register's SheetCells, which keep its first row,
 * No. and fields taken from other rows, and its ItemRuns, which keep its sheet
 * rows and indicator rows (see item-runs.ts); `fields`, `rows` and
 * `indicators` are built from them when first asked for.
 */
export class ReadItem implements RegisterItem {
  /** The parts of the public shape built so far (see Built); null until one is asked for. */
  private built: Built | null = null;

  constructor(
    protected readonly sheetCells: SheetCells,
    /** The item's index in the register: SheetCells keeps its first row, No., rows and fields taken by it. */
    public index: number,
  ) {}

  /** 0-based absolute sheet row of the item's first row. */
  get row(): number {
    return this.sheetCells.itemRow(this.index);
  }

  /** The No. as written, normalised (kept by SheetCells: see noOf). */
  get no(): string {
    return this.sheetCells.noOf(this.index);
  }

  /** Fields not from the first row, in the order they were taken; null when there are none (the usual case). */
  get extra(): readonly ExtraField[] | null {
    return this.sheetCells.extraOf(this.index);
  }

  /** Number of the item's indicator rows. */
  get indicatorCount(): number {
    return this.sheetCells.runs.indicatorCount(this.index);
  }

  protected builtParts(): Built {
    return this.built ?? (this.built = {});
  }

  get fields(): Readonly<Fields> {
    const built = this.builtParts();
    if (built.fields === undefined) {
      const sc = this.sheetCells;
      const r = this.row - sc.top;
      const fields: Fields = {};
      for (const col of sc.itemCols) {
        const sr = sc.sourceRow(r, col);
        if (sr >= 0) fields[col.key as ItemColumn] = sc.cell(sr, col);
      }
      const extra = this.extra;
      if (extra !== null) {
        for (const e of extra) {
          if (e.sr === RELIST_MARK) {
            const at = fields.no as SourceCell;
            fields[e.key] = sc.makeCell(this.no, null, at.row, at.col);
          } else {
            fields[e.key] = sc.cell(e.sr, e.col as Column);
          }
        }
      }
      built.fields = fields;
    }
    return built.fields;
  }

  get rows(): readonly number[] {
    const built = this.builtParts();
    if (built.rows === undefined) {
      const runs = this.sheetCells.runs;
      const rows = new Array<number>(runs.rowCount(this.index));
      for (let k = 0; k < rows.length; k++) rows[k] = runs.row(this.index, k);
      built.rows = rows;
    }
    return built.rows;
  }

  get indicators(): readonly IndicatorRow[] {
    const built = this.builtParts();
    if (built.indicators === undefined) {
      const rows = new Array<IndicatorRow>(this.indicatorCount);
      for (let k = 0; k < rows.length; k++) rows[k] = new ReadRow(this.indicatorRow(k), this.sheetCells);
      built.indicators = rows;
    }
    return built.indicators;
  }

  /** Sheet row of indicator row k (0-based). */
  indicatorRow(k: number): number {
    return this.sheetCells.runs.indicatorRow(this.index, k);
  }

  /** The fields without building them: see cell-views.ts. */
  fieldsView(): Readonly<Fields> {
    return this.built?.fields ?? this.sheetCells.viewOfItem(this);
  }

  /** The cells of indicator row k without building them: see cell-views.ts. */
  cellsView(k: number): Readonly<Cells> {
    return this.sheetCells.viewOfRow(this.indicatorRow(k));
  }

  /** The value of cell `key` of indicator row k (undefined when blank), read alone: no view of the row is filled. */
  indicatorValueOf(k: number, key: IndicatorColumn): CellValue | undefined {
    return this.built?.indicators !== undefined
      ? this.built.indicators[k].cells[key]?.value
      : this.sheetCells.indicatorValue(this.indicatorRow(k), key);
  }

  /** The text cell `key` of indicator row k shows in the report (see displayText), read alone. */
  indicatorShownOf(k: number, key: IndicatorColumn): string {
    return this.sheetCells.indicatorShown(this.indicatorRow(k), key);
  }

  /** The value of field `key` (undefined when blank), read alone: no view of all the fields is filled. */
  fieldValueOf(key: ItemColumn): CellValue | undefined {
    return this.built?.fields !== undefined ? this.built.fields[key]?.value : this.sheetCells.fieldValue(this.index, key);
  }

  toJSON(): RegisterItem {
    return { row: this.row, no: this.no, fields: this.fields, indicators: this.indicators, rows: this.rows };
  }
}

/**
 * One ReadItem object moved from item to item (`at(i)`): what the evaluation
 * hands to the functions that read one item at a time, so that a run makes no object per item (see docs/engine.md). Valid
 * until it is moved; never keep it. Its public shapes (fields, rows,
 * indicators) are not built: read it through the cell views.
 */
export class ItemCursor extends ReadItem {
  at(i: number): this {
    this.index = i;
    return this;
  }

  protected override builtParts(): never {
    throw new Error("ItemCursor: read a moving item through the cell views (cell-views.ts), not its built fields");
  }
}
