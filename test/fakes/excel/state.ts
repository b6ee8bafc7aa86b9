/**
 * The workbook the fake Excel API acts on: plain data that tests can inspect
 * (`fake.workbook.sheets[i].cell("B3")`) and copy (`snapshot()`) to compare a
 * workbook before and after a run. Nothing here knows about proxies or syncs.
 */
import { MAX_COLUMNS, cellA1, contains, intersects, type Rect } from "./address";

/** An Excel error value (`#N/A`, `#DIV/0!`, ...). */
export interface FakeError {
  readonly error: string;
}

export type FakeValue = string | number | boolean | FakeError | null;

export function isFakeError(v: unknown): v is FakeError {
  return typeof v === "object" && v !== null && typeof (v as FakeError).error === "string";
}

/** A worksheet- or workbook-scoped defined name. */
export interface FakeName {
  name: string;
  /** What it refers to, as a formula (`="shinchoku"`, `=Sheet1!$A$1`). */
  formula: string;
  visible: boolean;
  comment: string;
}

/**
 * An Excel table (ListObject) on a sheet. `rect` is the whole table: the
 * header row (when shown), the data rows and the totals row (when shown,
 * always the last row), as Table.getRange() returns it.
 */
export interface FakeTable {
  /** Workbook-unique, kept when the table is renamed ("1", "2", ... as Excel desktop gives them). */
  readonly id: string;
  name: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
}

/** A series of a chart: its name, the cells of its values and categories, its fill. */
export interface FakeChartSeries {
  name: string;
  values: Rect | null;
  categories: Rect | null;
  /** `#RRGGBB` once set with setSolidColor. */
  fill: string | null;
}

/** A chart on a worksheet (ExcelApi 1.1), as the adapter sets it up. */
export interface FakeChart {
  readonly id: string;
  name: string;
  /** Excel.ChartType (`BarStacked`, ...). */
  readonly type: string;
  /** The source range given to charts.add. */
  readonly source: Rect;
  title: string | null;
  legendPosition: string;
  /** Data labels: values shown, their font colour and number format. */
  labels: { showValue: boolean; color: string | null; numberFormat: string | null };
  /** The category axis runs in reverse order (first category at the top of a bar chart). */
  reversePlotOrder: boolean;
  /** The cells the chart covers (setPosition), null until placed. */
  position: Rect | null;
  series: FakeChartSeries[];
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/**
 * One recorded formatting call on a rectangle, in the order the API applied
 * them: `font.bold`, `fill.color`, `borders.EdgeTop.style`, `wrapText`, ...
 * `clear` removes every earlier record's effect on the rectangle.
 */
export interface FormatRecord {
  readonly rect: Rect;
  readonly key: string;
  readonly value: unknown;
}

/** The formatting a cell ends up with (only what was set). */
export type CellFormat = Record<string, unknown>;

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  printTitleRows: string | null;
}

export interface CellView {
  readonly value: FakeValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  /** Text written with a leading apostrophe (Excel's prefix character). */
  readonly prefixed: boolean;
  readonly format: CellFormat;
  readonly hyperlink: FakeHyperlink | null;
}

export const GENERAL = "General";

function key(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export class FakeSheet {
  /** Rows of cell values; a missing row or cell is empty. Formula cells hold their cached value. */
  readonly values: (FakeValue[] | undefined)[] = [];
  readonly numberFormats: (string[] | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  readonly prefixed = new Set<number>();
  readonly formats: FormatRecord[] = [];
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hyperlinks = new Map<number, FakeHyperlink>();
  freeze = { rows: 0, columns: 0 };
  pageLayout: FakePageLayout = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null };
  names: FakeName[] = [];
  /** Excel tables (ListObjects) on this sheet. */
  tables: FakeTable[] = [];
  /** Charts on this sheet. */
  charts: FakeChart[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  getValue(row: number, col: number): FakeValue {
    const r = this.values[row];
    if (r === undefined) return null;
    const v = r[col];
    return v === undefined ? null : v;
  }

  setValue(row: number, col: number, v: FakeValue): void {
    let r = this.values[row];
    if (r === undefined) {
      if (v === null) return;
      r = this.values[row] = [];
    }
    r[col] = v;
  }

  getNumberFormat(row: number, col: number): string {
    const r = this.numberFormats[row];
    const f = r === undefined ? undefined : r[col];
    return f === undefined ? GENERAL : f;
  }

  setNumberFormat(row: number, col: number, f: string): void {
    let r = this.numberFormats[row];
    if (r === undefined) {
      if (f === GENERAL) return;
      r = this.numberFormats[row] = [];
    }
    r[col] = f;
  }

  getFormula(row: number, col: number): string | null {
    return this.formulas.get(key(row, col)) ?? null;
  }

  setFormula(row: number, col: number, f: string | null): void {
    if (f === null) this.formulas.delete(key(row, col));
    else this.formulas.set(key(row, col), f);
  }

  isPrefixed(row: number, col: number): boolean {
    return this.prefixed.has(key(row, col));
  }

  setPrefixed(row: number, col: number, on: boolean): void {
    if (on) this.prefixed.add(key(row, col));
    else this.prefixed.delete(key(row, col));
  }

  hyperlinkAt(row: number, col: number): FakeHyperlink | null {
    return this.hyperlinks.get(key(row, col)) ?? null;
  }

  setHyperlink(row: number, col: number, link: FakeHyperlink | null): void {
    if (link === null) this.hyperlinks.delete(key(row, col));
    else this.hyperlinks.set(key(row, col), link);
  }

  /** The formatting in effect on one cell: every record covering it, in order; border edges resolved to the cell's sides. */
  formatAt(row: number, col: number): CellFormat {
    let out: CellFormat = {};
    for (const f of this.formats) {
      if (!contains(f.rect, row, col)) continue;
      if (f.key === "clear") {
        out = {};
        continue;
      }
      const m = /^borders\.([A-Za-z]+)\.(style|weight|color)$/.exec(f.key);
      if (!m) {
        out[f.key] = f.value;
        continue;
      }
      for (const side of bordersTouching(m[1], f.rect, row, col)) out[`border.${side}.${m[2]}`] = f.value;
    }
    return out;
  }

  /** A cell as the user would inspect it. */
  cell(a1: string): CellView {
    const m = /^([A-Z]{1,3})([0-9]+)$/.exec(a1.toUpperCase());
    if (!m) throw new Error("bad cell " + a1);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return this.cellAt(Number(m[2]) - 1, col - 1);
  }

  cellAt(row: number, col: number): CellView {
    return {
      value: this.getValue(row, col),
      formula: this.getFormula(row, col),
      numberFormat: this.getNumberFormat(row, col),
      prefixed: this.isPrefixed(row, col),
      format: this.formatAt(row, col),
      hyperlink: this.hyperlinkAt(row, col),
    };
  }

  /**
   * The used range: cells holding a value or formula, and unless valuesOnly,
   * also cells with a number format, formatting, merge or link. Null when empty.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number): void => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined && v !== null && v !== "") take(r, c);
      }
    }
    for (const k of this.formulas.keys()) take(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    if (!valuesOnly) {
      for (let r = 0; r < this.numberFormats.length; r++) {
        const row = this.numberFormats[r];
        if (row === undefined) continue;
        for (let c = 0; c < row.length; c++) if (row[c] !== undefined && row[c] !== GENERAL) take(r, c);
      }
      for (const f of this.formats) {
        if (f.key === "clear") continue;
        take(f.rect.top, f.rect.left);
        take(f.rect.bottom, f.rect.right);
      }
      for (const m of this.merges) {
        take(m.top, m.left);
        take(m.bottom, m.right);
      }
      for (const k of this.hyperlinks.keys()) take(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Values of a rectangle as a plain grid (errors as {error}, empty as null). */
  valuesIn(rect: Rect): FakeValue[][] {
    const out: FakeValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: FakeValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(this.getValue(r, c));
      out.push(row);
    }
    return out;
  }

  /** Removes values, formulas, prefixes and links in a rectangle. */
  clearContents(rect: Rect): void {
    for (let r = rect.top; r <= rect.bottom && r < this.values.length; r++) {
      const row = this.values[r];
      if (row === undefined) continue;
      for (let c = rect.left; c <= rect.right && c < row.length; c++) row[c] = null;
    }
    for (const map of [this.formulas, this.hyperlinks] as Map<number, unknown>[]) {
      for (const k of [...map.keys()]) if (contains(rect, Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS)) map.delete(k);
    }
    for (const k of [...this.prefixed]) if (contains(rect, Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS)) this.prefixed.delete(k);
  }

  clearFormats(rect: Rect): void {
    this.formats.push({ rect, key: "clear", value: null });
    for (let r = rect.top; r <= rect.bottom && r < this.numberFormats.length; r++) {
      const row = this.numberFormats[r];
      if (row === undefined) continue;
      for (let c = rect.left; c <= rect.right && c < row.length; c++) row[c] = GENERAL;
    }
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  /** A deep, plain copy of everything about this sheet (for before/after comparisons). */
  snapshot(): SheetSnapshot {
    const cells: Record<string, Record<string, unknown>> = {};
    const used = this.usedRect(false);
    if (used) {
      for (let r = used.top; r <= used.bottom; r++) {
        for (let c = used.left; c <= used.right; c++) {
          const v = this.cellAt(r, c);
          const entry: Record<string, unknown> = {};
          if (v.value !== null) entry.value = isFakeError(v.value) ? { error: v.value.error } : v.value;
          if (v.formula !== null) entry.formula = v.formula;
          if (v.numberFormat !== GENERAL) entry.numberFormat = v.numberFormat;
          if (v.prefixed) entry.prefixed = true;
          if (v.hyperlink) entry.hyperlink = { ...v.hyperlink };
          if (Object.keys(entry).length > 0) cells[cellA1(r, c)] = entry;
        }
      }
    }
    return {
      id: this.id,
      name: this.name,
      visibility: this.visibility,
      cells,
      formats: this.formats.map((f) => ({ rect: { ...f.rect }, key: f.key, value: clone(f.value) })),
      merges: this.merges.map((m) => ({ ...m })),
      columnWidths: Object.fromEntries([...this.columnWidths].sort((a, b) => a[0] - b[0])),
      rowHeights: Object.fromEntries([...this.rowHeights].sort((a, b) => a[0] - b[0])),
      freeze: { ...this.freeze },
      pageLayout: clone(this.pageLayout) as FakePageLayout,
      names: this.names.map((n) => ({ ...n })),
    };
  }
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: string;
  cells: Record<string, Record<string, unknown>>;
  formats: FormatRecord[];
  merges: Rect[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number };
  pageLayout: FakePageLayout;
  names: FakeName[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: FakeName[];
  activeSheet: string | null;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Which sides of cell (row, col) a border edge set on `rect` lands on. */
function bordersTouching(edge: string, rect: Rect, row: number, col: number): string[] {
  switch (edge) {
    case "EdgeTop":
      return row === rect.top ? ["top"] : [];
    case "EdgeBottom":
      return row === rect.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === rect.left ? ["left"] : [];
    case "EdgeRight":
      return col === rect.right ? ["right"] : [];
    case "InsideHorizontal": {
      const sides: string[] = [];
      if (row > rect.top) sides.push("top");
      if (row < rect.bottom) sides.push("bottom");
      return sides;
    }
    case "InsideVertical": {
      const sides: string[] = [];
      if (col > rect.left) sides.push("left");
      if (col < rect.right) sides.push("right");
      return sides;
    }
    default:
      return [edge];
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  activeSheetId: string | null = null;
  /** The last range selected through the API (`取組一覧!H12`). */
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;
  private nextTableId = 1;

  newId(): string {
    return `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`;
  }

  /** Adds a table to a sheet; its id is the next number, as Excel gives them. */
  addTable(sheet: FakeSheet, table: Omit<FakeTable, "id">): FakeTable {
    const t: FakeTable = { id: String(this.nextTableId++), ...table, rect: { ...table.rect } };
    sheet.tables.push(t);
    return t;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(this.newId(), name);
    this.sheets.push(s);
    if (this.activeSheetId === null) this.activeSheetId = s.id;
    return s;
  }

  /** Excel compares sheet names case-insensitively. */
  sheet(name: string): FakeSheet | undefined {
    const k = name.toLocaleUpperCase("en-US");
    return this.sheets.find((s) => s.name.toLocaleUpperCase("en-US") === k);
  }

  sheetByKey(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheet(nameOrId);
  }

  get activeSheet(): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === this.activeSheetId);
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => s.snapshot()),
      names: this.names.map((n) => ({ ...n })),
      activeSheet: this.activeSheet?.name ?? null,
    };
  }
}
