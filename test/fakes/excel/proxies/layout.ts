/** Freeze panes (ExcelApi 1.7) and page layout (ExcelApi 1.9) of a worksheet. */
import { MAX_COLUMNS, parseRangeA1 } from "../address";
import { FakeOfficeError } from "../errors";
import type { FakeSheet } from "../state";
import { FakeClientObject } from "./base";
import { RangeProxy, type RangeTarget } from "./range";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Tabloid", "Executive"];

export class FreezePanesProxy extends FakeClientObject {
  get _type(): string {
    return "WorksheetFreezePanes";
  }
  protected override get _requires(): string {
    return "1.7";
  }
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (t) => {
      if (!Number.isInteger(count) || count < 0) throw new FakeOfficeError("InvalidArgument", `Bad row count ${count}.`, "WorksheetFreezePanes.freezeRows");
      (t as FakeSheet).freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (t) => {
      (t as FakeSheet).freeze = { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (t) => {
      (t as FakeSheet).freeze = { rows: 0, columns: 0 };
    });
  }
}

export class PageLayoutProxy extends FakeClientObject {
  get _type(): string {
    return "PageLayout";
  }
  protected override get _requires(): string {
    return "1.9";
  }
  protected get _scalars(): readonly string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  protected _read(t: unknown, prop: string): unknown {
    const p = (t as FakeSheet).pageLayout;
    if (prop === "orientation") return p.orientation;
    if (prop === "paperSize") return p.paperSize;
    if (prop === "zoom") return { ...p.zoom };
    return undefined;
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v, (t) => {
      if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError("InvalidArgument", `Bad orientation ${v}.`, "PageLayout.orientation");
      (t as FakeSheet).pageLayout.orientation = v;
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (t) => {
      if (!PAPER.includes(v)) throw new FakeOfficeError("InvalidArgument", `Bad paper size ${v}.`, "PageLayout.paperSize");
      (t as FakeSheet).pageLayout.paperSize = v;
    });
  }
  get zoom(): FakeSheet["pageLayout"]["zoom"] {
    return this._get("zoom");
  }
  /** Set as one object (Office.js does not allow setting zoom.scale alone). */
  set zoom(v: FakeSheet["pageLayout"]["zoom"]) {
    this._set("zoom", v, (t) => {
      if (typeof v !== "object" || v === null) throw new FakeOfficeError("InvalidArgument", "zoom is an object.", "PageLayout.zoom");
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && v.scale !== undefined && v.scale !== null) throw new FakeOfficeError("InvalidArgument", "zoom takes a scale or fit-to-pages, not both.", "PageLayout.zoom");
      (t as FakeSheet).pageLayout.zoom = { ...v };
    });
  }
  /** Rows repeated at the top of every printed page; must span entire rows (`$1:$3`). */
  setPrintTitleRows(rows: RangeProxy | string): void {
    this._call("setPrintTitleRows", [rows], (t) => {
      let rect;
      if (rows instanceof RangeProxy) rect = (rows._resolve() as RangeTarget | null)?.rect ?? null;
      else rect = typeof rows === "string" ? parseRangeA1(rows.includes("!") ? rows.slice(rows.lastIndexOf("!") + 1) : rows) : null;
      if (!rect || rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) {
        throw new FakeOfficeError("InvalidArgument", `Print title rows must be entire rows, got ${JSON.stringify(typeof rows === "string" ? rows : "range")}.`, "PageLayout.setPrintTitleRows");
      }
      (t as FakeSheet).pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
    });
  }
}
