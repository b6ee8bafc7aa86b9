/**
 * Range formatting: every set is recorded on the sheet as a FormatRecord
 * (rectangle, key, value) in order, so tests see both what a cell ends up with
 * (`sheet.formatAt`) and how many calls it took. Values are checked the way
 * Excel checks them (a colour needs `#RRGGBB` or a name, enums must match).
 */
import { FakeOfficeError } from "../errors";
import type { FakeSheet } from "../state";
import { FakeClientObject } from "./base";
import type { RangeTarget } from "./range";

/** Excel's default column width / row height in points for a Japanese workbook (8.38 chars = 72 px; 18.75 pt). */
export const DEFAULT_COLUMN_WIDTH = 54;
export const DEFAULT_ROW_HEIGHT = 18.75;

const COLOR_NAMES = new Set(["black", "white", "red", "green", "blue", "yellow", "gray", "grey", "orange", "purple"]);
const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];

function checkColor(v: unknown, where: string): void {
  if (v === null) return;
  if (typeof v !== "string" || (!/^#[0-9A-Fa-f]{6}$/.test(v) && !COLOR_NAMES.has(v.toLowerCase()))) {
    throw new FakeOfficeError("InvalidArgument", `The color ${JSON.stringify(v)} is not valid (use #RRGGBB).`, where);
  }
}

function checkEnum(v: unknown, allowed: readonly string[], where: string): void {
  if (typeof v !== "string" || !allowed.includes(v)) throw new FakeOfficeError("InvalidArgument", `${JSON.stringify(v)} is not one of ${allowed.join(", ")}.`, where);
}

function record(t: unknown, key: string, value: unknown): void {
  const { sheet, rect } = t as RangeTarget;
  sheet.formats.push({ rect: { ...rect }, key, value });
}

/** The value of a format key on the range's top-left cell (Excel gives null when cells differ; the fake keeps it simple). */
function topLeft(t: unknown, key: string): unknown {
  const { sheet, rect } = t as RangeTarget;
  return sheet.formatAt(rect.top, rect.left)[key] ?? null;
}

abstract class RangePart extends FakeClientObject {
  protected recordSet(prop: string, key: string, value: unknown, check?: (v: unknown, where: string) => void): void {
    this._set(prop, value, (t) => {
      check?.(value, `${this._type}.${prop}`);
      record(t, key, value);
    });
  }
}

export class RangeFormatProxy extends RangePart {
  private fontProxy?: RangeFontProxy;
  private fillProxy?: RangeFillProxy;
  private bordersProxy?: RangeBordersProxy;

  get _type(): string {
    return "RangeFormat";
  }
  protected get _scalars(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }
  protected _read(t: unknown, prop: string): unknown {
    const { sheet, rect } = t as RangeTarget;
    switch (prop) {
      case "columnWidth":
        return same(rect.left, rect.right, (c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      case "rowHeight":
        return same(rect.top, rect.bottom, (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      case "wrapText":
        return topLeft(t, "wrapText") ?? false;
      case "horizontalAlignment":
        return topLeft(t, "horizontalAlignment") ?? "General";
      case "verticalAlignment":
        return topLeft(t, "verticalAlignment") ?? "Bottom";
    }
    return undefined;
  }
  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "borders") return this.borders;
    return undefined;
  }
  get font(): RangeFontProxy {
    return (this.fontProxy ??= new RangeFontProxy(this.context, this));
  }
  get fill(): RangeFillProxy {
    return (this.fillProxy ??= new RangeFillProxy(this.context, this));
  }
  get borders(): RangeBordersProxy {
    return (this.bordersProxy ??= new RangeBordersProxy(this.context, this));
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  /** Points, for every column of the range (ExcelApi 1.2). */
  set columnWidth(points: number) {
    this._set("columnWidth", points, (t) => {
      const { sheet, rect } = t as RangeTarget;
      this.context._engine.require("1.2", "RangeFormat.columnWidth");
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 8) throw new FakeOfficeError("InvalidArgument", `Bad column width ${points}.`, "RangeFormat.columnWidth");
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  /** Points, for every row of the range (ExcelApi 1.2). */
  set rowHeight(points: number) {
    this._set("rowHeight", points, (t) => {
      const { sheet, rect } = t as RangeTarget;
      this.context._engine.require("1.2", "RangeFormat.rowHeight");
      if (typeof points !== "number" || !(points >= 0) || points > 409) throw new FakeOfficeError("InvalidArgument", `Bad row height ${points}.`, "RangeFormat.rowHeight");
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this.recordSet("wrapText", "wrapText", v, (x, w) => {
      if (typeof x !== "boolean") throw new FakeOfficeError("InvalidArgument", "wrapText is a boolean.", w);
    });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.recordSet("horizontalAlignment", "horizontalAlignment", v, (x, w) => checkEnum(x, H_ALIGN, w));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.recordSet("verticalAlignment", "verticalAlignment", v, (x, w) => checkEnum(x, V_ALIGN, w));
  }
}

function same(from: number, to: number, at: (i: number) => number): number | null {
  const first = at(from);
  for (let i = from + 1; i <= Math.min(to, from + 20000); i++) if (at(i) !== first) return null;
  return first;
}

export class RangeFontProxy extends RangePart {
  get _type(): string {
    return "RangeFont";
  }
  protected get _scalars(): readonly string[] {
    return ["bold", "italic", "size", "color", "name"];
  }
  protected _read(t: unknown, prop: string): unknown {
    const defaults: Record<string, unknown> = { bold: false, italic: false, size: 11, color: "#000000", name: "游ゴシック" };
    return topLeft(t, "font." + prop) ?? defaults[prop];
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.recordSet("bold", "font.bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.recordSet("italic", "font.italic", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.recordSet("size", "font.size", v, (x, w) => {
      if (typeof x !== "number" || x < 1 || x > 409) throw new FakeOfficeError("InvalidArgument", `Bad font size ${String(x)}.`, w);
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.recordSet("color", "font.color", v, checkColor);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.recordSet("name", "font.name", v);
  }
}

export class RangeFillProxy extends RangePart {
  get _type(): string {
    return "RangeFill";
  }
  protected get _scalars(): readonly string[] {
    return ["color"];
  }
  protected _read(t: unknown): unknown {
    return topLeft(t, "fill.color");
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.recordSet("color", "fill.color", v, checkColor);
  }
  clear(): void {
    this._call("clear", [], (t) => record(t, "fill.color", null));
  }
}

export class RangeBordersProxy extends FakeClientObject {
  get _type(): string {
    return "RangeBorderCollection";
  }
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  /** One edge: EdgeTop, EdgeBottom, EdgeLeft, EdgeRight, InsideHorizontal, InsideVertical, DiagonalDown, DiagonalUp. */
  getItem(index: string): RangeBorderProxy {
    return this._make("getItem", [index], new RangeBorderProxy(this.context), (t) => {
      checkEnum(index, BORDER_INDEX, "RangeBorderCollection.getItem");
      return { range: t as RangeTarget, edge: index };
    });
  }
}

interface BorderTarget {
  readonly range: RangeTarget;
  readonly edge: string;
}

export class RangeBorderProxy extends FakeClientObject {
  get _type(): string {
    return "RangeBorder";
  }
  protected get _scalars(): readonly string[] {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected _read(t: unknown, prop: string): unknown {
    const { range, edge } = t as BorderTarget;
    if (prop === "sideIndex") return edge;
    const { sheet, rect }: { sheet: FakeSheet; rect: RangeTarget["rect"] } = range;
    const side = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" }[edge] ?? "top";
    const defaults: Record<string, unknown> = { style: "None", weight: "Thin", color: "#000000" };
    return sheet.formatAt(rect.top, rect.left)[`border.${side}.${prop}`] ?? defaults[prop];
  }
  private setEdge(prop: string, value: unknown, check: (v: unknown, where: string) => void): void {
    this._set(prop, value, (t) => {
      const { range, edge } = t as BorderTarget;
      check(value, `RangeBorder.${prop}`);
      record(range, `borders.${edge}.${prop}`, value);
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this.setEdge("style", v, (x, w) => checkEnum(x, BORDER_STYLE, w));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this.setEdge("weight", v, (x, w) => checkEnum(x, BORDER_WEIGHT, w));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setEdge("color", v, checkColor);
  }
}
