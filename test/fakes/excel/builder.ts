/**
 * Builds a FakeWorkbook from rows, as a user's workbook holds them (no
 * parsing: a string is text, a number a number, `{error: "#N/A"}` an error,
 * `{formula, value}` a formula with its cached value).
 *
 *   fakeWorkbookFrom(
 *     { 取組一覧: rows, 設定: [["計画名", "第２次プラン"]] },
 *     { merges: { 取組一覧: ["A2:A4"] }, numberFormats: { 取組一覧: { "F2:F9": "yyyy/m/d" } },
 *       errors: { 取組一覧: { H5: "#N/A" } }, generated: ["進捗集計"],
 *       tables: { 取組一覧: [{ range: "A3:I8", name: "取組", showTotals: true }] } },
 *   )
 */
import { cellA1, parseRangeA1, type Rect } from "./address";
import { ERROR_LITERALS } from "./coerce";
import { FakeWorkbook, type FakeName, type FakeValue } from "./state";

export type CellInput = string | number | boolean | null | undefined | { readonly error: string } | { readonly formula: string; readonly value?: FakeValue };

export interface FakeWorkbookOptions {
  /** Where each sheet's rows start (default A1). */
  readonly origin?: Readonly<Record<string, string>>;
  /** Merged areas per sheet, as `A2:A4` or 0-based rectangles. */
  readonly merges?: Readonly<Record<string, readonly (string | Rect)[]>>;
  /** Number formats per sheet: `{ "F2:F9": "yyyy/m/d" }`, or a grid aligned with the rows (null = General). */
  readonly numberFormats?: Readonly<Record<string, Readonly<Record<string, string>> | readonly (readonly (string | null)[])[]>>;
  /** Error values per sheet by cell: `{ H5: "#N/A" }`. */
  readonly errors?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Defined names per sheet (worksheet scope). */
  readonly names?: Readonly<Record<string, readonly Partial<FakeName>[]>>;
  /** Sheets that carry shinchoku's generated marker (a hidden worksheet-scoped name). */
  readonly generated?: readonly string[];
  readonly visibility?: Readonly<Record<string, "Hidden" | "VeryHidden">>;
  /**
   * Excel tables (ListObjects) per sheet: `range` is the whole table (header,
   * data and, when showTotals, the totals row as its last row); the cells
   * come from the sheet's rows as usual.
   */
  readonly tables?: Readonly<Record<string, readonly FakeTableInput[]>>;
  /** Name of the active sheet (default: the first). */
  readonly active?: string;
}

export interface FakeTableInput {
  /** `A3:I8` or a 0-based rectangle: the whole table. */
  readonly range: string | Rect;
  /** Default `Table1`, `Table2`, ... */
  readonly name?: string;
  /** Default true. */
  readonly showHeaders?: boolean;
  /** Default false. */
  readonly showTotals?: boolean;
}

/** The marker as the adapter writes it (kept literal here so a change on one side is caught). */
export const MARKER: FakeName = { name: "shinchoku_generated", formula: '="shinchoku"', visible: false, comment: "" };

function rectOf(a: string | Rect): Rect {
  if (typeof a !== "string") return a;
  const r = parseRangeA1(a);
  if (!r) throw new Error("bad range " + a);
  return r;
}

export function fakeWorkbookFrom(sheets: Readonly<Record<string, readonly (readonly CellInput[])[]>>, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const s = wb.addSheet(name);
    const origin = options.origin?.[name] ? rectOf(options.origin[name]) : { top: 0, left: 0, bottom: 0, right: 0 };
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        const [rr, cc] = [origin.top + r, origin.left + c];
        if (v === null || v === undefined || v === "") return;
        if (typeof v === "object") {
          if ("formula" in v) {
            s.setFormula(rr, cc, v.formula);
            s.setValue(rr, cc, v.value ?? null);
          } else s.setValue(rr, cc, { error: v.error });
          return;
        }
        s.setValue(rr, cc, v);
      });
    });
    for (const m of options.merges?.[name] ?? []) s.merges.push(rectOf(m));
    const nf = options.numberFormats?.[name];
    if (Array.isArray(nf)) {
      (nf as readonly (readonly (string | null)[])[]).forEach((row, r) =>
        row.forEach((f, c) => {
          if (f !== null) s.setNumberFormat(origin.top + r, origin.left + c, f);
        }),
      );
    } else if (nf) {
      for (const [addr, f] of Object.entries(nf as Record<string, string>)) {
        const rect = rectOf(addr);
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) s.setNumberFormat(r, c, f);
      }
    }
    for (const [addr, code] of Object.entries(options.errors?.[name] ?? {})) {
      if (!ERROR_LITERALS.includes(code)) throw new Error("not an Excel error: " + code);
      const rect = rectOf(addr);
      s.setValue(rect.top, rect.left, { error: code });
    }
    for (const n of options.names?.[name] ?? []) s.names.push({ name: n.name ?? "x", formula: n.formula ?? '=""', visible: n.visible ?? true, comment: n.comment ?? "" });
    if (options.generated?.includes(name)) s.names.push({ ...MARKER });
    for (const t of options.tables?.[name] ?? []) {
      const rect = rectOf(t.range);
      const minRows = (t.showHeaders ?? true ? 1 : 0) + 1 + (t.showTotals ? 1 : 0);
      if (rect.bottom - rect.top + 1 < minRows) throw new Error("a table needs a data row besides its header and totals rows");
      const count = wb.sheets.reduce((n, x) => n + x.tables.length, 0);
      wb.addTable(s, { name: t.name ?? `Table${count + 1}`, rect, showHeaders: t.showHeaders ?? true, showTotals: t.showTotals ?? false });
    }
    const vis = options.visibility?.[name];
    if (vis) s.visibility = vis;
  }
  if (options.active) {
    const a = wb.sheet(options.active);
    if (!a) throw new Error("no sheet " + options.active);
    wb.activeSheetId = a.id;
  }
  return wb;
}

/** The A1 address of a 0-based cell (handy in assertions). */
export { cellA1 };
