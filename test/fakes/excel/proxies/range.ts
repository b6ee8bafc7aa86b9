/** Range, RangeAreas (merged areas) and RangeCollection. */
import { colsOf, fullAddress, intersects, rowsOf, type Rect } from "../address";
import { storeWritten } from "../coerce";
import { FakeOfficeError } from "../errors";
import { GENERAL, isFakeError, type FakeHyperlink, type FakeSheet, type FakeValue } from "../state";
import { FakeClientObject, FakeCollection } from "./base";
import { RangeFormatProxy } from "./format";

/**
 * Merged areas by row, so that merging is not a scan of every area (a 100k-row
 * report merges hundreds of thousands of areas). Rebuilt whenever the sheet's
 * list was replaced or grown elsewhere.
 */
const mergeIndex = new WeakMap<FakeSheet, { list: Rect[]; length: number; byRow: Map<number, Rect[]> }>();

function rowIndexOf(sheet: FakeSheet): Map<number, Rect[]> {
  const e = mergeIndex.get(sheet);
  if (e !== undefined && e.list === sheet.merges && e.length === sheet.merges.length) return e.byRow;
  const byRow = new Map<number, Rect[]>();
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(m);
  mergeIndex.set(sheet, { list: sheet.merges, length: sheet.merges.length, byRow });
  return byRow;
}

/** Merges `a`, dropping the areas it overlaps (as Excel does). */
function addMerge(sheet: FakeSheet, a: Rect): void {
  const byRow = rowIndexOf(sheet);
  const hits = new Set<Rect>();
  for (let r = a.top; r <= a.bottom; r++) for (const m of byRow.get(r) ?? []) if (intersects(m, a)) hits.add(m);
  const area = { ...a };
  if (hits.size > 0) {
    // A new list: the index is rebuilt on the next merge.
    sheet.merges = [...sheet.merges.filter((m) => !hits.has(m)), area];
    return;
  }
  sheet.merges.push(area);
  for (let r = area.top; r <= area.bottom; r++) (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(area);
  mergeIndex.get(sheet)!.length = sheet.merges.length;
}

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

const CELL_PROPS = new Set(["values", "numberFormat", "valueTypes", "formulas", "text"]);

/** What `values` reads for a stored cell. */
function readValue(sheet: FakeSheet, r: number, c: number): string | number | boolean {
  const v = sheet.getValue(r, c);
  if (v === null) return "";
  if (isFakeError(v)) return v.error;
  return v;
}

function valueType(v: FakeValue): string {
  if (v === null || v === "") return "Empty";
  if (isFakeError(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

function grid<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = new Array(rect.right - rect.left + 1);
    for (let c = rect.left; c <= rect.right; c++) row[c - rect.left] = cell(r, c);
    out.push(row);
  }
  return out;
}

/** Checks a written 2-D array's shape (or a single value, applied to every cell) and returns a per-cell getter. */
function cellsOf(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rowsOf(rect);
  const cols = colsOf(rect);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`, `Range.${what}`);
  }
  return (r, c) => (input as unknown[][])[r - rect.top][c - rect.left];
}

function checkHyperlink(link: FakeHyperlink | null, where: string): void {
  if (link !== null && (typeof link !== "object" || (link.address === undefined && link.documentReference === undefined))) {
    throw new FakeOfficeError("InvalidArgument", "A hyperlink needs an address or a documentReference.", where);
  }
}

/** One cell's link (null removes it); textToDisplay becomes the cell's text, else an empty cell shows the target. */
function writeHyperlink(sheet: FakeSheet, r: number, c: number, link: FakeHyperlink | null): void {
  if (link === null) {
    sheet.setHyperlink(r, c, null);
    return;
  }
  sheet.setHyperlink(r, c, { ...link });
  if (link.textToDisplay !== undefined) {
    sheet.setValue(r, c, link.textToDisplay === "" ? null : link.textToDisplay);
    sheet.setFormula(r, c, null);
    sheet.setPrefixed(r, c, false);
  } else if (sheet.getValue(r, c) === null) {
    sheet.setValue(r, c, link.documentReference ?? link.address ?? null);
  }
}

export class RangeProxy extends FakeClientObject {
  private formatProxy?: RangeFormatProxy;

  get _type(): string {
    return "Range";
  }
  protected get _scalars(): readonly string[] {
    return ["address", "values", "numberFormat", "valueTypes", "formulas", "text", "rowCount", "columnCount", "rowIndex", "columnIndex", "hyperlink"];
  }
  private get engine() {
    return this.context._engine;
  }
  protected override _checkAlive(target: unknown, what: string): void {
    if (!this.engine.workbook.sheets.includes((target as RangeTarget).sheet)) {
      throw new FakeOfficeError("ItemNotFound", "The range's worksheet has been deleted.", `Range.${what}`);
    }
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }
  protected _read(target: unknown, prop: string): unknown {
    const { sheet, rect } = target as RangeTarget;
    if (CELL_PROPS.has(prop) && rowsOf(rect) * colsOf(rect) > this.engine.cellReadLimit) return null;
    switch (prop) {
      case "address":
        return fullAddress(sheet.name, rect);
      case "values":
        return grid(rect, (r, c) => readValue(sheet, r, c));
      case "numberFormat":
        return grid(rect, (r, c) => sheet.getNumberFormat(r, c));
      case "valueTypes":
        return grid(rect, (r, c) => valueType(sheet.getValue(r, c)));
      case "formulas":
        return grid(rect, (r, c) => sheet.getFormula(r, c) ?? readValue(sheet, r, c));
      case "text":
        return grid(rect, (r, c) => String(readValue(sheet, r, c)));
      case "rowCount":
        return rowsOf(rect);
      case "columnCount":
        return colsOf(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "hyperlink": {
        this.engine.require("1.7", "Range.hyperlink");
        const h = sheet.hyperlinkAt(rect.top, rect.left);
        return h ? { ...h } : null;
      }
    }
    return undefined;
  }

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, this));
  }

  get address(): string {
    return this._get("address");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get text(): string[][] {
    return this._get("text");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(input: unknown[][]) {
    this._set("values", input, (t) => {
      const { sheet, rect } = t as RangeTarget;
      const at = cellsOf(input, rect, "values");
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) this.writeCell(sheet, r, c, at(r, c));
      }
    });
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(input: unknown[][]) {
    this._set("formulas", input, (t) => {
      const { sheet, rect } = t as RangeTarget;
      const at = cellsOf(input, rect, "formulas");
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) this.writeCell(sheet, r, c, at(r, c));
      }
    });
  }

  private writeCell(sheet: FakeSheet, r: number, c: number, input: unknown): void {
    const stored = storeWritten(input, sheet.getNumberFormat(r, c));
    if (stored === undefined) return;
    sheet.setValue(r, c, stored.value);
    sheet.setFormula(r, c, stored.formula);
    sheet.setPrefixed(r, c, stored.prefixed);
    if (stored.numberFormat !== null && sheet.getNumberFormat(r, c) === GENERAL) sheet.setNumberFormat(r, c, stored.numberFormat);
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this._set("numberFormat", input, (t) => {
      const { sheet, rect } = t as RangeTarget;
      const at = cellsOf(input, rect, "numberFormat");
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const f = at(r, c);
          if (f === null || f === undefined) continue;
          if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "A number format must be a string.", "Range.numberFormat");
          sheet.setNumberFormat(r, c, f);
        }
      }
    });
  }

  get hyperlink(): FakeHyperlink | null {
    return this._get("hyperlink");
  }
  /** In-document or web link on every cell of the range (ExcelApi 1.7); textToDisplay becomes the cell's text. */
  set hyperlink(link: FakeHyperlink | null) {
    this._set(
      "hyperlink",
      link,
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        checkHyperlink(link, "Range.hyperlink");
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) writeHyperlink(sheet, r, c, link);
        }
      },
      "1.7",
    );
  }

  /**
   * Per-cell properties (ExcelApi 1.9): a 2-D array the shape of the range;
   * a property a cell's entry does not name is left as it is (`{}` changes
   * nothing). The fake models `hyperlink` (as the hyperlink setter, cell by
   * cell) and rejects the others (format, style, textRuns) rather than
   * pretending to apply them.
   */
  setCellProperties(cells: Excel.SettableCellProperties[][]): void {
    this._call(
      "setCellProperties",
      [cells],
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        if (!Array.isArray(cells)) throw new FakeOfficeError("InvalidArgument", "setCellProperties takes a 2-D array.", "Range.setCellProperties");
        const at = cellsOf(cells, rect, "setCellProperties");
        const entries: [number, number, FakeHyperlink | null | undefined][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = at(r, c);
            if (typeof cell !== "object" || cell === null || Array.isArray(cell)) {
              throw new FakeOfficeError("InvalidArgument", "Each entry of setCellProperties is an object of cell properties.", "Range.setCellProperties");
            }
            for (const key of Object.keys(cell)) {
              if (key !== "hyperlink") throw new Error(`fake Excel: setCellProperties does not model "${key}"`);
            }
            const link = (cell as { hyperlink?: FakeHyperlink | null }).hyperlink;
            if (link !== undefined) checkHyperlink(link, "Range.setCellProperties");
            entries.push([r, c, link]);
          }
        }
        // Checked whole first: a bad entry changes nothing.
        for (const [r, c, link] of entries) if (link !== undefined) writeHyperlink(sheet, r, c, link);
      },
      "1.9",
    );
  }

  /** Merges the range (ExcelApi 1.2); only the top-left value stays. `across` merges each row separately. */
  merge(across = false): void {
    this._call(
      "merge",
      [across],
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        const areas: Rect[] = across ? Array.from({ length: rowsOf(rect) }, (_, i) => ({ top: rect.top + i, left: rect.left, bottom: rect.top + i, right: rect.right })) : [rect];
        for (const a of areas) {
          if (a.top === a.bottom && a.left === a.right) continue;
          addMerge(sheet, a);
          for (let r = a.top; r <= a.bottom; r++) {
            for (let c = a.left; c <= a.right; c++) {
              if (r === a.top && c === a.left) continue;
              sheet.setValue(r, c, null);
              sheet.setFormula(r, c, null);
            }
          }
        }
      },
      "1.2",
    );
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      },
      "1.2",
    );
  }

  /**
   * The merged areas whose TOP-LEFT cell lies in this range (office-js#3611:
   * an area starting above or left of the range is not returned); a null object
   * when there are none; fails above 512 areas (ExcelApi 1.13).
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this._make(
      "getMergedAreasOrNullObject",
      [],
      new RangeAreasProxy(this.context),
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        const rects = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
        if (rects.length > this.engine.mergedAreasLimit) {
          throw new FakeOfficeError("GeneralException", `The range holds ${rects.length} merged areas; at most ${this.engine.mergedAreasLimit} can be returned.`, "Range.getMergedAreasOrNullObject");
        }
        if (rects.length === 0) return null;
        return { sheet, rects: [...rects].sort((a, b) => a.top - b.top || a.left - b.left).map((m) => ({ ...m })) } satisfies AreasTarget;
      },
      { requires: "1.13", orNull: true },
    );
  }

  /** Selects the range; its sheet must be the active one. */
  select(): void {
    this._call("select", [], (t) => {
      const { sheet, rect } = t as RangeTarget;
      const wb = this.engine.workbook;
      if (wb.activeSheetId !== sheet.id) throw new FakeOfficeError("InvalidSelection", "The range is not on the active sheet.", "Range.select");
      wb.selection = { sheetId: sheet.id, address: fullAddress(sheet.name, rect) };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._make("getCell", [row, column], new RangeProxy(this.context), (t) => {
      const { sheet, rect } = t as RangeTarget;
      return { sheet, rect: { top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column } } satisfies RangeTarget;
    });
  }

  private usedWithin(t: unknown, valuesOnly: boolean): RangeTarget | null {
    const { sheet, rect } = t as RangeTarget;
    const used = sheet.usedRect(valuesOnly);
    if (used === null || !intersects(used, rect)) return null;
    return {
      sheet,
      rect: { top: Math.max(used.top, rect.top), left: Math.max(used.left, rect.left), bottom: Math.min(used.bottom, rect.bottom), right: Math.min(used.right, rect.right) },
    };
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._make("getUsedRange", [valuesOnly], new RangeProxy(this.context), (t) => this.usedWithin(t, valuesOnly) ?? { sheet: (t as RangeTarget).sheet, rect: { ...(t as RangeTarget).rect, bottom: (t as RangeTarget).rect.top, right: (t as RangeTarget).rect.left } });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._make("getUsedRangeOrNullObject", [valuesOnly], new RangeProxy(this.context), (t) => this.usedWithin(t, valuesOnly), { requires: "1.4", orNull: true });
  }

  /** `All` (default), `Formats`, `Contents`, `Hyperlinks`. */
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (t) => {
      const { sheet, rect } = t as RangeTarget;
      if (!["All", "Contents", "Formats", "Hyperlinks"].includes(applyTo)) throw new FakeOfficeError("InvalidArgument", `Bad applyTo ${applyTo}.`, "Range.clear");
      if (applyTo === "All" || applyTo === "Contents") sheet.clearContents(rect);
      if (applyTo === "All" || applyTo === "Formats") sheet.clearFormats(rect);
      if (applyTo === "Hyperlinks") {
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.setHyperlink(r, c, null);
      }
    });
  }
}

export class RangeAreasProxy extends FakeClientObject {
  private areasProxy?: RangeCollectionProxy;
  get _type(): string {
    return "RangeAreas";
  }
  protected override get _requires(): string {
    return "1.9";
  }
  protected get _scalars(): readonly string[] {
    return ["address", "areaCount"];
  }
  protected _read(target: unknown, prop: string): unknown {
    const { sheet, rects } = target as AreasTarget;
    if (prop === "address") return rects.map((r) => fullAddress(sheet.name, r)).join(", ");
    if (prop === "areaCount") return rects.length;
    return undefined;
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get areas(): RangeCollectionProxy {
    return (this.areasProxy ??= new RangeCollectionProxy(this.context, this));
  }
}

export class RangeCollectionProxy extends FakeCollection<RangeProxy> {
  get _type(): string {
    return "RangeCollection";
  }
  protected override _derive(parentTarget: unknown): unknown {
    const { sheet, rects } = parentTarget as AreasTarget;
    return rects.map((rect) => ({ sheet, rect }) satisfies RangeTarget);
  }
  protected _elements(target: unknown): unknown[] {
    return target as RangeTarget[];
  }
  protected _itemProxy(): RangeProxy {
    return new RangeProxy(this.context);
  }
}
