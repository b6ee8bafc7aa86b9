import { a1, cellAddress, sheetRef, splitAddress } from "../../src/core/grid";

describe("cell addresses", () => {
  it("names a plain sheet bare and quotes any other, whichever sheet came before", () => {
    // Alternate sheets: nothing of the sheet before leaks into the next reference.
    const cases: [string, string][] = [
      ["取組一覧", "取組一覧"],
      ["My sheet", "'My sheet'"],
      ["取組一覧", "取組一覧"],
      ["A1", "'A1'"],
      ["O'Brien", "'O''Brien'"],
      ["", "''"],
      ["Sheet_1.x", "Sheet_1.x"],
      ["1st", "'1st'"],
    ];
    for (const [sheet, ref] of cases) expect(sheetRef(sheet)).toBe(ref);
  });

  it("writes and splits full addresses", () => {
    expect(a1(11, 7)).toBe("H12");
    expect(cellAddress("取組一覧", 11, 7)).toBe("取組一覧!H12");
    expect(cellAddress("My sheet", 0, 26)).toBe("'My sheet'!AA1");
    expect(splitAddress("'O''Brien'!B2")).toEqual({ sheet: "O'Brien", cell: "B2" });
    expect(splitAddress("取組一覧!H12")).toEqual({ sheet: "取組一覧", cell: "H12" });
  });
});
