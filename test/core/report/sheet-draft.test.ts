/** SheetDraft: kept rows and rows built when read, in one sheet. */
import { heightsToArray, rowsToArray, type ReportValue } from "../../../src/core/report/model";
import { printSetup, SheetDraft } from "../../../src/core/report/sheet-draft";

function finish(d: SheetDraft) {
  return d.finish({ key: "delayed", name: "x", columnWidths: [5, 5, 5], print: printSetup("portrait", null), freezeRows: 0 });
}

describe("SheetDraft", () => {
  it("reads kept rows and built rows in sheet order; a built row's height is counted from the row when asked for", () => {
    const d = new SheetDraft();
    d.addRow(["title"], 20);
    const asked: (readonly ReportValue[])[] = [];
    const first = d.addRowsOf({
      count: 3,
      width: 2,
      make: (k) => [k, `row ${k}`],
      heightOf: (row) => {
        asked.push(row);
        return row[0] === 1 ? 30 : null;
      },
      textsPerCell: 1,
    });
    d.addRow(["total", 3, "x"]);
    expect(first).toBe(1);
    const sheet = finish(d);
    expect(asked).toEqual([]);
    expect(sheet.rows.length).toBe(5);
    expect(sheet.rows.width).toBe(3);
    expect(rowsToArray(sheet.rows)).toEqual([["title"], [0, "row 0"], [1, "row 1"], [2, "row 2"], ["total", 3, "x"]]);
    expect(sheet.rowHeights.length).toBe(5);
    expect(heightsToArray(sheet.rowHeights)).toEqual([20, null, 30, null, null]);
    expect(asked).toEqual([[0, "row 0"], [1, "row 1"], [2, "row 2"]]);
    // A host that has just read the row hands it in: the height is counted from it, the row is not built again.
    const given: ReportValue[] = [1, "row 1"];
    asked.length = 0;
    expect(sheet.rowHeights.at(2, given)).toBe(30);
    expect(asked[0]).toBe(given);
    expect(() => sheet.rowHeights.at(5)).toThrow(RangeError);
    // Built rows say how many user texts a cell holds; kept rows are not known to the draft.
    expect([0, 1, 2, 3, 4].map((i) => sheet.rows.textsPerCell?.(i))).toEqual([Infinity, 1, 1, 1, Infinity]);
  });

  it("builds a row again each time it is read, the same every time", () => {
    const d = new SheetDraft();
    let calls = 0;
    d.addRowsOf({ count: 2, width: 1, make: (k): ReportValue[] => (calls++, [k * 10]), heightOf: () => null, textsPerCell: 1 });
    const sheet = finish(d);
    expect(calls).toBe(0);
    expect(sheet.rows.row(1)).toEqual([10]);
    expect(sheet.rows.row(1)).toEqual([10]);
    expect(calls).toBe(2);
  });

  it("adds nothing for zero built rows, and refuses a row outside the sheet", () => {
    const d = new SheetDraft();
    d.addRow(["a"]);
    expect(d.addRowsOf({ count: 0, width: 4, make: () => ["never"], heightOf: () => null, textsPerCell: 1 })).toBe(1);
    const sheet = finish(d);
    expect(sheet.rows.length).toBe(1);
    expect(sheet.rows.width).toBe(1);
    expect(() => sheet.rows.row(1)).toThrow(RangeError);
    expect(() => sheet.rows.row(-1)).toThrow(RangeError);
  });
});
