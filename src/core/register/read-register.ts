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
 * - An Excel error value (`#REF!`, `#N/A`) is no No., area or name: a No. cell
 *   holding one is an item-missing-no (the row still starts an item, so the
 *   rest of it is checked), an area or name holding one is
 *   item-missing-area / item-missing-name, at the cell. (A No. written as
 *   `=ROW()-3` turns into `#REF!` when rows are moved; read as the No.
 *   `#REF!` it would make an item nobody can find.)
 */
import { cellAddress, isCellError, type CellValue, type Grid } from "../grid";
import { finding, type Finding } from "../findings/finding";
import { cellText, isBlank, normalize } from "../values/text";
import { columnDef, matchHeader } from "./aliases";
import { findHeader } from "./header";
import { plainNumberOf, readItemNo, type ItemNo } from "./item-no";
import { mergeSources } from "./merged-cells";
import { itemEntries } from "./entries";
import { SheetCells, type Column } from "./sheet-cells";
import type { ColumnKey, ItemColumn, Register } from "./types";

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

/** A No. that is a plain whole number below 1,000,000 (`12` → 12; byNumber's index), else -1. */
function smallNumber(no: string): number {
  return plainNumberOf(no, 6);
}

/** True when two non-blank values say different things (same value, or same text after normalize, agree). */
function differ(a: CellValue, b: CellValue): boolean {
  if (a === b) return false;
  return normalize(cellText(a)) !== normalize(cellText(b));
}

class RegisterReader {
  private readonly values: Grid["values"];
  private readonly top: number;
  private readonly itemCols: Column[] = [];
  private readonly indicatorCols: Column[] = [];
  private readonly noCol: Column;
  private readonly areaCol: Column;
  private readonly nameCol: Column;
  private readonly relistCol: Column | null;
  private readonly cells: SheetCells;
  readonly findings: Finding[] = [];
  /**
   * Non-re-listed items' indexes by No., for the same No. after other items:
   * plain numbers (nearly all Nos) by their value, other Nos (`3-1`) by text.
   */
  private readonly byNumber: (number | undefined)[] = [];
  private readonly byNo = new Map<string, number>();
  /** The last No. cell value read and what it reads as (consecutive rows repeat it). */
  private lastNoValue: CellValue | undefined = undefined;
  private lastNo: ItemNo | null = null;
  /**
   * Required fields (分野, 項目名) are checked when the reader leaves an item,
   * while its rows are still in the CPU's caches (a second pass over 100,000
   * rows' cells costs more than the check); the findings are listed after the
   * others, by item. An item the same No. comes back to further down may take
   * a field from there: it is checked again at the end.
   */
  private readonly requiredFound = new Map<number, Finding[]>();
  private readonly reentered = new Set<number>();
  /** Address of the last No. cell reported as holding an Excel error. */
  private lastErrorNo = "";

  constructor(
    private readonly grid: Grid,
    columns: Readonly<Partial<Record<ColumnKey, number>>>,
    private readonly headerRow: number,
    private readonly bodyStart: number,
  ) {
    this.values = grid.values;
    this.top = grid.top;
    const keys = Object.keys(columns) as ColumnKey[];
    const rel = keys.map((k) => columns[k] as number);
    const merged = mergeSources(grid, rel, bodyStart);
    for (let i = 0; i < keys.length; i++) {
      const col: Column = { key: keys[i], g: rel[i], abs: grid.left + rel[i], merged: merged[i] };
      (columnDef(col.key).level === "item" ? this.itemCols : this.indicatorCols).push(col);
    }
    const find = (key: ColumnKey) => this.itemCols.find((c) => c.key === key) ?? null;
    this.noCol = find("no") as Column;
    this.areaCol = find("area") as Column;
    this.nameCol = find("name") as Column;
    this.relistCol = find("relistOf");
    this.cells = new SheetCells(grid, this.itemCols, this.indicatorCols);
  }

  /** The register's sheet cells (its items, by index). */
  get sheetCells(): SheetCells {
    return this.cells;
  }

  /** The value row `r` shows in `col`: its own, or the merged area's above it. */
  private valueAt(r: number, cells: readonly CellValue[], col: Column): CellValue | undefined {
    const own = cells[col.g];
    if (col.merged === null || !isBlank(own)) return own;
    const source = col.merged[r];
    return source === 0 ? own : this.values[source - 1][col.g];
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
    let current = -1;
    let orphanReported = false;
    let anyData = false;
    const values = this.values;
    for (let r = this.bodyStart; r < values.length; r++) {
      const cells = values[r];
      if (!cells || !this.hasData(cells)) continue;
      const noValue = this.valueAt(r, cells, this.noCol);
      if (typeof noValue === "string" && isRepeatedHeader(noValue)) continue;
      anyData = true;
      if (isCellError(noValue)) this.reportErrorNo(r);
      const no = this.readNo(noValue);
      if (no === null) {
        if (current >= 0) this.continueItem(current, r, cells);
        else if (!orphanReported || this.hasItemData(cells)) {
          orphanReported = true;
          this.findings.push(finding("item-missing-no", this.address(r, this.noCol)));
        }
        continue;
      }
      const relisted = no.relisted || (this.relistCol !== null && marksRelisting(this.valueAt(r, cells, this.relistCol)));
      if (current >= 0 && no.no === this.cells.no(current) && !this.startsOver(current, relisted, r, cells)) {
        this.continueItem(current, r, cells);
        continue;
      }
      const next = this.startItem(no, relisted, r, cells);
      if (current >= 0 && next !== current) this.leave(current);
      current = next;
    }
    if (current >= 0) this.leave(current);
    this.cells.runs.flush();
    if (!anyData) this.findings.push(finding("no-items", this.address(this.headerRow, this.noCol)));
    if (this.requiredFound.size > 0 || this.reentered.size > 0) {
      for (let i = 0; i < this.cells.itemCount; i++) {
        if (this.reentered.has(i)) this.checkRequired(i, this.findings);
        else for (const f of this.requiredFound.get(i) ?? []) this.findings.push(f);
      }
    }
  }

  /** The reader leaves item i (see requiredFound). */
  private leave(i: number): void {
    if (this.reentered.has(i)) return;
    const found: Finding[] = [];
    this.checkRequired(i, found);
    if (found.length > 0) this.requiredFound.set(i, found);
  }

  /** An Excel error in the No. cell that row `r` shows (once per cell: a merged No. covers several rows). */
  private reportErrorNo(r: number): void {
    const at = this.cells.address(this.cells.sourceRow(r, this.noCol), this.noCol);
    if (at === this.lastErrorNo) return;
    this.lastErrorNo = at;
    this.findings.push(finding("item-missing-no", at));
  }

  /** A row with the current item's No. that is nevertheless a new entry (re-listing boundary, see the top). */
  private startsOver(currentIndex: number, relisted: boolean, r: number, cells: readonly CellValue[]): boolean {
    const relistValue = this.cells.field(currentIndex, "relistOf");
    const currentRelisted = relistValue !== undefined && marksRelisting(relistValue);
    if (relisted) return !currentRelisted;
    if (!currentRelisted) return false;
    const area = this.valueAt(r, cells, this.areaCol);
    const had = this.cells.field(currentIndex, "area");
    return !isBlank(area) && had !== undefined && differ(area as CellValue, had);
  }

  private startItem(no: ItemNo, relisted: boolean, r: number, cells: readonly CellValue[]): number {
    if (!relisted) {
      const n = smallNumber(no.no);
      const earlier = n >= 0 ? this.byNumber[n] : this.byNo.get(no.no);
      if (earlier !== undefined) {
        if (this.conflicts(earlier, r, cells, false) === 0) {
          this.continueItem(earlier, r, cells);
          this.reentered.add(earlier);
          return earlier;
        }
        // Conflicting: reported above; read as an item of its own (not indexed by No.).
        return this.newItem(no, r, cells, false);
      }
    }
    return this.newItem(no, r, cells, !relisted);
  }

  private newItem(no: ItemNo, r: number, cells: readonly CellValue[], index: boolean): number {
    const i = this.cells.newItem(this.top + r, no.no);
    if (no.relisted && this.cells.fieldRow(i, "relistOf") === -1) {
      // `12（再掲）` with the 再掲 column empty: re-lists that No.
      this.cells.setImpliedRelist(i);
    }
    this.addRow(i, r, cells);
    if (index) {
      const n = smallNumber(no.no);
      if (n >= 0) this.byNumber[n] = i;
      else this.byNo.set(no.no, i);
    }
    return i;
  }

  private continueItem(i: number, r: number, cells: readonly CellValue[]): void {
    this.conflicts(i, r, cells, true);
    this.addRow(i, r, cells);
  }

  /** Grid row `r` is one of item i's rows. */
  private addRow(i: number, r: number, cells: readonly CellValue[]): void {
    this.cells.runs.enter(i);
    this.cells.runs.addRow(this.top + r, this.hasIndicatorData(cells));
  }

  /**
   * Compares the row's item fields with the item's: reports each conflict as a
   * duplicate-item finding and returns their number; with `fill`, fields the item
   * lacks are taken from the row.
   */
  private conflicts(itemIndex: number, r: number, cells: readonly CellValue[], fill: boolean): number {
    const no = this.cells.no(itemIndex);
    let n = 0;
    for (let i = 0; i < this.itemCols.length; i++) {
      const col = this.itemCols[i];
      if (col === this.noCol) continue;
      const value = this.valueAt(r, cells, col);
      if (isBlank(value)) continue;
      const key = col.key as ItemColumn;
      const had = this.cells.fieldRow(itemIndex, key);
      const implied = had === -1 && key === "relistOf" && this.cells.impliesRelist(itemIndex);
      if (had === -1 && !implied) {
        if (fill) {
          this.cells.addExtra(itemIndex, { key, col, sr: this.cells.sourceRow(r, col) });
        }
        continue;
      }
      const v = value as CellValue;
      const hadValue = implied ? no : this.cells.value(had, col);
      const clash =
        v !== hadValue && (key === "relistOf" ? readItemNo(v)?.no !== readItemNo(hadValue)?.no : differ(v, hadValue));
      if (!clash) continue;
      n++;
      const at = this.cells.address(this.cells.sourceRow(r, col), col);
      const other = implied ? (this.cells.noAddress(this.cells.row(itemIndex) - this.top) as string) : this.cells.address(had, col);
      this.findings.push(finding("duplicate-item", at, { no, other, field: key }));
    }
    return n;
  }

  /** Item i's required fields: findings into `found`. */
  private checkRequired(i: number, found: Finding[]): void {
    const first = this.cells.row(i) - this.top;
    this.checkRequiredField(i, "area", first, found);
    this.checkRequiredField(i, "name", first, found);
  }

  /** A required item field that is blank, or holds an Excel error (reported at the error's cell). */
  private checkRequiredField(i: number, key: "area" | "name", first: number, found: Finding[]): void {
    const col = key === "area" ? this.areaCol : this.nameCol;
    const code = key === "area" ? "item-missing-area" : "item-missing-name";
    const sr = this.cells.fieldRow(i, key);
    if (sr === -1) found.push(finding(code, this.address(first, col), { no: this.cells.no(i) }));
    else if (isCellError(this.cells.value(sr, col))) found.push(finding(code, this.cells.address(sr, col), { no: this.cells.no(i) }));
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
  if (header.findings.length > 0) return { ...base, entries: itemEntries([]), findings: header.findings };
  const reader = new RegisterReader(grid, header.columns, header.row, header.bodyStart);
  reader.read();
  const uncalculated = formulasWithoutResult(grid, header.columns, header.bodyStart);
  return {
    ...base,
    // The reader's store (see sheet-cells.ts): the one place a register's storage is chosen.
    entries: reader.sheetCells,
    findings: uncalculated.length === 0 ? reader.findings : [...reader.findings, ...uncalculated],
  };
}

/**
 * A warning for each formula saved without its result in a column the register
 * uses, below the header: the cell reads as blank, and the user learns why
 * (an actual would otherwise only be "not measured").
 */
function formulasWithoutResult(grid: Grid, columns: Readonly<Partial<Record<ColumnKey, number>>>, bodyStart: number): Finding[] {
  const cells = grid.uncalculated;
  if (cells === undefined || cells.length === 0) return [];
  const keyOf = new Map<number, ColumnKey>();
  for (const key of Object.keys(columns) as ColumnKey[]) keyOf.set(columns[key] as number, key);
  const out: Finding[] = [];
  for (const cell of cells) {
    const key = keyOf.get(cell.col - grid.left);
    if (key === undefined || cell.row - grid.top < bodyStart) continue;
    out.push(finding("formula-without-result", cellAddress(grid.sheet, cell.row, cell.col), { field: key }));
  }
  return out;
}
