/** SheetDraft: kept rows and rows built when read, in one sheet. */
import { rowsToArray, type ReportValue } from "../../../src/core/report/model";
import { printSetup, SheetDraft } from "../../../src/core/report/sheet-draft";

function finish(d: SheetDraft) {
  return d.finish({ key: "delayed", name: "x", columnWidths: [5, 5, 5], print: printSetup("portrait", null), freezeRows: 0 });
}

describe("SheetDraft", () => {
  it("reads kept rows and built rows in sheet order, with each built row's height asked for once when added", () => {
    const d = new SheetDraft();
    d.addRow(["title"], 20);
    const asked: number[] = [];
    const first = d.addRowsOf(
      3,
      2,
      (k) => [k, `row ${k}`],
      (k) => {
        asked.push(k);
        return k === 1 ? 30 : null;
      },
    );
    d.addRow(["total", 3, "x"]);
    expect(first).toBe(1);
    expect(asked).toEqual([0, 1, 2]);
    const sheet = finish(d);
    expect(sheet.rows.length).toBe(5);
    expect(sheet.rows.width).toBe(3);
    expect(rowsToArray(sheet.rows)).toEqual([["title"], [0, "row 0"], [1, "row 1"], [2, "row 2"], ["total", 3, "x"]]);
    expect(sheet.rowHeights).toEqual([20, null, 30, null, null]);
  });

  it("builds a row again each time it is read, the same every time", () => {
    const d = new SheetDraft();
    let calls = 0;
    d.addRowsOf(2, 1, (k): ReportValue[] => (calls++, [k * 10]), () => null);
    const sheet = finish(d);
    expect(calls).toBe(0);
    expect(sheet.rows.row(1)).toEqual([10]);
    expect(sheet.rows.row(1)).toEqual([10]);
    expect(calls).toBe(2);
  });

  it("adds nothing for zero built rows, and refuses a row outside the sheet", () => {
    const d = new SheetDraft();
    d.addRow(["a"]);
    expect(d.addRowsOf(0, 4, () => ["never"], () => null)).toBe(1);
    const sheet = finish(d);
    expect(sheet.rows.length).toBe(1);
    expect(sheet.rows.width).toBe(1);
    expect(() => sheet.rows.row(1)).toThrow(RangeError);
    expect(() => sheet.rows.row(-1)).toThrow(RangeError);
  });
});
