/**
 * RegisterItem and IndicatorRow as the reader returns them: row numbers into
 * the sheet, with `fields` and `cells` built from the grid the first time they
 * are asked for (then kept), and cell views for the evaluation that build
 * nothing. See sheet-cells.ts for why.
 *
 * To anyone reading a register they look like the plain objects of types.ts:
 * `fields` / `cells` hold only the non-blank cells, in column order, and
 * JSON.stringify gives the plain shape (toJSON).
 */
import type { CellValue } from "../grid";
import { RELIST_MARK_ROW, type Column, type SheetCells } from "./sheet-cells";
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

/** ExtraField.sr of the re-listing implied by a `（再掲）` mark on the No. */
export const RELIST_MARK = RELIST_MARK_ROW;

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

  /** The cells without building them: see cell-views.ts. */
  view(): Readonly<Cells> {
    return this.built ?? this.sheetCells.viewOfRow(this);
  }

  toJSON(): IndicatorRow {
    return { row: this.row, cells: this.cells };
  }
}

export class ReadItem implements RegisterItem {
  /** Set when the reader has read all of the item's rows (see RegisterReader.flush). */
  indicators: readonly IndicatorRow[];
  rows: readonly number[];
  /** Fields not from the first row, in the order they were taken; null when there are none (the usual case). */
  extra: ExtraField[] | null = null;
  private built: Fields | undefined = undefined;

  constructor(
    /** 0-based absolute sheet row of the item's first row. */
    readonly row: number,
    readonly no: string,
    private readonly sheetCells: SheetCells,
    noRows: readonly number[],
    noIndicators: readonly IndicatorRow[],
  ) {
    this.rows = noRows;
    this.indicators = noIndicators;
  }

  get fields(): Readonly<Fields> {
    if (this.built === undefined) {
      const sc = this.sheetCells;
      const r = this.row - sc.top;
      const fields: Fields = {};
      for (const col of sc.itemCols) {
        const sr = sc.sourceRow(r, col);
        if (sr >= 0) fields[col.key as ItemColumn] = sc.cell(sr, col);
      }
      if (this.extra !== null) {
        for (const e of this.extra) {
          if (e.sr === RELIST_MARK) {
            const at = fields.no as SourceCell;
            fields[e.key] = sc.makeCell(this.no, null, at.row, at.col);
          } else {
            fields[e.key] = sc.cell(e.sr, e.col as Column);
          }
        }
      }
      this.built = fields;
    }
    return this.built;
  }

  /** The fields without building them: see cell-views.ts. */
  view(): Readonly<Fields> {
    return this.built ?? this.sheetCells.viewOfItem(this);
  }

  /**
   * Grid row of the field `key` (in `col`, null when not mapped): its first
   * row's, else a taken one's; RELIST_MARK for the implied re-listing; -1 when blank.
   */
  fieldRow(key: ItemColumn, col: Column | null): number {
    if (col !== null) {
      const sr = this.sheetCells.sourceRow(this.row - this.sheetCells.top, col);
      if (sr >= 0) return sr;
    }
    if (this.extra !== null) for (const e of this.extra) if (e.key === key) return e.sr;
    return -1;
  }

  /** The field's value (undefined when blank). */
  fieldValue(key: ItemColumn, col: Column | null): CellValue | undefined {
    const sr = this.fieldRow(key, col);
    if (sr === -1) return undefined;
    return sr === RELIST_MARK ? this.no : this.sheetCells.value(sr, col as Column);
  }

  toJSON(): RegisterItem {
    return { row: this.row, no: this.no, fields: this.fields, indicators: this.indicators, rows: this.rows };
  }
}
