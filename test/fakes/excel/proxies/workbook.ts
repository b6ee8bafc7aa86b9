/** Workbook, its worksheet collection and worksheets. */
import { MAX_COLUMNS, MAX_ROWS, parseRangeA1, splitSheet, type Rect } from "../address";
import { FakeOfficeError } from "../errors";
import type { FakeRequestContext } from "../context";
import type { FakeSheet, FakeWorkbook } from "../state";
import { FakeClientObject, FakeCollection } from "./base";
import { FreezePanesProxy, PageLayoutProxy } from "./layout";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy, type RangeTarget } from "./range";
import { TableCollectionProxy } from "./table";
import { ChartCollectionProxy } from "./chart";

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;

export function validateSheetName(name: unknown, where: string): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw new FakeOfficeError("InvalidArgument", `The sheet name ${JSON.stringify(name)} is not valid.`, where);
  }
  return name;
}

export class WorkbookProxy extends FakeClientObject {
  private worksheetsProxy?: WorksheetCollectionProxy;
  private namesProxy?: NamedItemCollectionProxy;

  constructor(context: FakeRequestContext) {
    super(context);
    this._target = context._engine.workbook;
    this._isNull = false;
    this._path = { type: 1, name: "", args: null, parent: null };
    context._wire.created(this);
  }
  get _type(): string {
    return "Workbook";
  }
  protected get _scalars(): readonly string[] {
    return ["name"];
  }
  protected _read(): unknown {
    return "Book1.xlsx";
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "names") return this.names;
    return undefined;
  }
  get worksheets(): WorksheetCollectionProxy {
    return (this.worksheetsProxy ??= new WorksheetCollectionProxy(this.context, this));
  }
  /** Workbook-scoped names. */
  get names(): NamedItemCollectionProxy {
    return (this.namesProxy ??= new NamedItemCollectionProxy(this.context, this));
  }
}

export class WorksheetCollectionProxy extends FakeCollection<WorksheetProxy> {
  get _type(): string {
    return "WorksheetCollection";
  }
  protected _elements(target: unknown): unknown[] {
    return [...(target as FakeWorkbook).sheets];
  }
  protected _itemProxy(): WorksheetProxy {
    return new WorksheetProxy(this.context);
  }
  protected override _itemKey(element: unknown): string {
    return (element as FakeSheet).id;
  }

  /** Adds a sheet at the end (it does not become active). */
  add(name?: string): WorksheetProxy {
    return this._make("add", [name ?? null], new WorksheetProxy(this.context), (t) => {
      const wb = t as FakeWorkbook;
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      validateSheetName(n, "WorksheetCollection.add");
      if (wb.sheet(n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${n} already exists.`, "WorksheetCollection.add");
      return wb.addSheet(n);
    });
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): WorksheetProxy {
    return this._make("getItem", [key], new WorksheetProxy(this.context), (t) => (t as FakeWorkbook).sheetByKey(key) ?? null);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._make("getItemOrNullObject", [key], new WorksheetProxy(this.context), (t) => (t as FakeWorkbook).sheetByKey(key) ?? null, {
      orNull: true,
      requires: "1.4",
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._make("getActiveWorksheet", [], new WorksheetProxy(this.context), (t) => (t as FakeWorkbook).activeSheet ?? null);
  }
}

export class WorksheetProxy extends FakeClientObject {
  private namesProxy?: NamedItemCollectionProxy;
  private freezeProxy?: FreezePanesProxy;
  private layoutProxy?: PageLayoutProxy;
  private tablesProxy?: TableCollectionProxy;
  private chartsProxy?: ChartCollectionProxy;

  get _type(): string {
    return "Worksheet";
  }
  protected get _scalars(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }
  private get wb(): FakeWorkbook {
    return this.context._engine.workbook;
  }
  protected override _checkAlive(target: unknown, what: string): void {
    if (!this.wb.sheets.includes(target as FakeSheet)) {
      throw new FakeOfficeError("ItemNotFound", "The worksheet has been deleted.", `Worksheet.${what}`);
    }
  }
  protected _read(target: unknown, prop: string): unknown {
    const s = target as FakeSheet;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
    }
    return undefined;
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "names") return this.names;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    return undefined;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t) => {
      const s = t as FakeSheet;
      validateSheetName(v, "Worksheet.name");
      const other = this.wb.sheet(v);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${v} already exists.`, "Worksheet.name");
      s.name = v;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(p: number) {
    this._set("position", p, (t) => {
      const s = t as FakeSheet;
      const sheets = this.wb.sheets;
      if (!Number.isInteger(p) || p < 0 || p >= sheets.length) throw new FakeOfficeError("InvalidArgument", `Position ${p} is out of range.`, "Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(p, 0, s);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, (t) => {
      const s = t as FakeSheet;
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", `Bad visibility ${v}.`, "Worksheet.visibility");
      if (v !== "Visible" && this.wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
      }
      s.visibility = v;
    });
  }

  /** Worksheet-scoped names (ExcelApi 1.4). */
  get names(): NamedItemCollectionProxy {
    return (this.namesProxy ??= new NamedItemCollectionProxy(this.context, this, "1.4"));
  }
  get freezePanes(): FreezePanesProxy {
    return (this.freezeProxy ??= new FreezePanesProxy(this.context, this));
  }
  get pageLayout(): PageLayoutProxy {
    return (this.layoutProxy ??= new PageLayoutProxy(this.context, this));
  }
  /** The sheet's Excel tables (ExcelApi 1.1). */
  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= new TableCollectionProxy(this.context, this));
  }

  /** The sheet's charts (ExcelApi 1.1). */
  get charts(): ChartCollectionProxy {
    return (this.chartsProxy ??= new ChartCollectionProxy(this.context, this));
  }

  private range(method: string, args: unknown[], rect: (s: FakeSheet) => Rect | null, options: { requires?: string; orNull?: boolean } = {}): RangeProxy {
    return this._make(method, args, new RangeProxy(this.context), (t) => {
      const s = t as FakeSheet;
      const r = rect(s);
      return r === null ? null : ({ sheet: s, rect: r } satisfies RangeTarget);
    }, options);
  }

  /** `A1`, `A1:C3`, `1:3`, `A:C`, optionally with this sheet's name; no address = the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.range("getRange", [address ?? null], (s) => {
      if (address === undefined || address === "") return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
      const { sheet, range } = splitSheet(address);
      if (sheet !== null && sheet.toLocaleUpperCase("en-US") !== s.name.toLocaleUpperCase("en-US")) {
        throw new FakeOfficeError("InvalidArgument", `The address ${address} is not on sheet ${s.name}.`, "Worksheet.getRange");
      }
      const r = parseRangeA1(range);
      if (r === null) throw new FakeOfficeError("InvalidArgument", `The address ${address} is not valid.`, "Worksheet.getRange");
      return r;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      () => {
        const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1;
        if (!ok || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
          throw new FakeOfficeError("InvalidArgument", "The indexes are out of the sheet.", "Worksheet.getRangeByIndexes");
        }
        return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      },
      { requires: "1.7" },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range("getCell", [row, column], () => ({ top: row, left: column, bottom: row, right: column }));
  }

  /** The used range; A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range("getUsedRange", [valuesOnly], (s) => s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** The used range, or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range("getUsedRangeOrNullObject", [valuesOnly], (s) => s.usedRect(valuesOnly), { requires: "1.4", orNull: true });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      const s = t as FakeSheet;
      const wb = this.wb;
      if (wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be deleted.", "Worksheet.delete");
      }
      const i = wb.sheets.indexOf(s);
      wb.sheets.splice(i, 1);
      if (wb.activeSheetId === s.id) {
        const next = wb.sheets.slice(i).find((x) => x.visibility === "Visible") ?? [...wb.sheets.slice(0, i)].reverse().find((x) => x.visibility === "Visible");
        wb.activeSheetId = next ? next.id : null;
      }
      if (wb.selection?.sheetId === s.id) wb.selection = null;
    });
  }

  activate(): void {
    this._call("activate", [], (t) => {
      const s = t as FakeSheet;
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      this.wb.activeSheetId = s.id;
    });
  }
}
