/** createWorkbook: what it writes, readGrid reads back, exactly; exceljs and LibreOffice open it. */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { createWorkbook, listSheets, openPackage, readGrid, XlsxError } from "../../../src/workbook/xlsx";
import { entryText, libreOfficeConvert, withSoffice } from "./helpers";

const TRICKY: CellValue[][] = [
  ["=1+1", "  leading and trailing  ", "line\nbreak", "CR\r\nLF", "tab\there"],
  ["_x000D_ literally", "ctrl \u0001 char", "emoji 😀", "<&>\"'", "全角　スペース"],
  [0, -0.5, 1e-7, 1e21, 123456789.123],
  [true, false, { error: "#N/A" }, { error: "#DIV/0!" }, null],
  [null, null, "gap before"],
];

describe("createWorkbook", () => {
  it("writes values that read back exactly (strings are text, never formulas)", () => {
    const bytes = createWorkbook([{ name: "取組一覧", rows: TRICKY }, { name: "設定", rows: [["計画名", "第２次行財政再構築プラン"]] }]);
    const pkg = openPackage(bytes);
    expect(listSheets(pkg).map((s) => s.name)).toEqual(["取組一覧", "設定"]);
    expect(readGrid(pkg, "取組一覧").values).toEqual([
      ...TRICKY.slice(0, 3),
      [true, false, { error: "#N/A" }, { error: "#DIV/0!" }],
      [null, null, "gap before"],
    ]);
    const xml = entryText(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain("_x005F_x000D_ literally");
    expect(xml).toContain("ctrl _x0001_ char");
  });

  it("round-trips any rows of values (property)", () => {
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ unit: "binary", minLength: 1 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom({ error: "#N/A" }, { error: "#VALUE!" }),
      fc.constant(null),
    );
    // A non-empty first cell keeps the grid at A1; rows end at their last value, as readGrid gives them.
    const row = fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.array(value, { maxLength: 6 })).map(([first, rest]) => {
      const r: CellValue[] = [first, ...rest];
      while (r.length > 0 && r[r.length - 1] === null) r.pop();
      return r;
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const grid = readGrid(openPackage(createWorkbook([{ name: "S", rows }])), "S");
        expect(grid.top).toBe(0);
        expect(grid.left).toBe(0);
        expect(grid.values).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it("exceljs reads it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(createWorkbook([{ name: "取組一覧", rows: TRICKY }])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("取組一覧") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("=1+1");
    expect(ws.getCell("C3").value).toBe(1e-7);
    expect(ws.getCell("A4").value).toBe(true);
  });

  withSoffice()("LibreOffice reads it", () => {
    const pkg = openPackage(libreOfficeConvert(createWorkbook([{ name: "取組一覧", rows: TRICKY }]), "xlsx"));
    const values = readGrid(pkg, "取組一覧").values;
    expect(values[0]).toEqual(TRICKY[0].map((v) => (v === "CR\r\nLF" ? expect.stringMatching(/^CR\r?\nLF$/) : v)));
    expect(values[2]).toEqual(TRICKY[2]);
  });

  it("refuses names Excel refuses, duplicates (case-insensitive) and an empty workbook", () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
        return undefined;
      } catch (e) {
        return (e as XlsxError).code;
      }
    };
    expect(code(() => createWorkbook([{ name: "a:b", rows: [] }]))).toBe("invalid-sheet-name");
    expect(code(() => createWorkbook([{ name: "x".repeat(32), rows: [] }]))).toBe("invalid-sheet-name");
    expect(code(() => createWorkbook([{ name: "History", rows: [] }]))).toBe("invalid-sheet-name");
    expect(code(() => createWorkbook([{ name: "Sheet", rows: [] }, { name: "SHEET", rows: [] }]))).toBe("duplicate-sheet-name");
    expect(code(() => createWorkbook([]))).toBe("no-sheets");
  });
});
