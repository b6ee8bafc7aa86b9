/** row-sources.ts: a consolidated register's cells mapped back to the departments' cells, also after the division sorts rows. */
import { consolidate } from "../../../src/core/consolidate";
import type { CellValue } from "../../../src/core/grid";
import { readRegister } from "../../../src/core/register/read-register";
import { rowSourcesOf, SOURCE_SHEET, withSources } from "../../../src/core/register/row-sources";
import { finding } from "../../../src/core/findings/finding";
import { gridFromRows } from "../../helpers/grid";

const HEADERS = { file: "出典", row: "出典行" };

function merged(): { rows: CellValue[][]; table: CellValue[][] } {
  const a = readRegister(
    gridFromRows("取組一覧", [
      ["財政課"],
      ["No", "分野", "項目名", "スケジュール", "実績値"],
      [1, "Ⅰ", "見直し", "予定どおり", 3],
      [2, "Ⅰ", "削減", "遅れ", 1],
    ]),
  );
  const b = readRegister(
    gridFromRows("一覧", [
      ["項目名", "No", "実績値", "分野", "スケジュール"],
      ["窓口", 3, 7, "Ⅱ", "予定どおり"],
    ]),
  );
  const c = consolidate([{ label: "財政課.xlsx", register: a }, { label: "企画課.xlsx", register: b }], HEADERS);
  return { rows: c.rows, table: c.sourceTable };
}

describe("row sources", () => {
  it("maps a merged cell to the department's own cell, by the field's column in that file", () => {
    const { rows, table } = merged();
    const grid = gridFromRows("取組一覧", rows);
    const sources = rowSourcesOf(gridFromRows(SOURCE_SHEET, table), grid, readRegister(grid))!;
    const col = (h: string) => String.fromCharCode(65 + rows[0].indexOf(h));
    expect(sources.sourceOf(`取組一覧!${col("実績値")}2`)).toBe("財政課.xlsx 取組一覧!E3");
    expect(sources.sourceOf(`取組一覧!${col("実績値")}4`)).toBe("企画課.xlsx 一覧!C2");
    expect(sources.sourceOf(`取組一覧!${col("No")}4`)).toBe("企画課.xlsx 一覧!B2");
    // Not a field's column, the header row, another sheet, no cell: no source.
    expect(sources.sourceOf(`取組一覧!${col("出典")}2`)).toBeNull();
    expect(sources.sourceOf(`取組一覧!${col("実績値")}1`)).toBeNull();
    expect(sources.sourceOf("設定!B2")).toBeNull();
    const f = withSources([finding("unreadable-number", `取組一覧!${col("実績値")}3`, { field: "actual", value: "x" }), finding("no-items", null, {})], sources);
    expect(f.map((x) => x.source)).toEqual(["財政課.xlsx 取組一覧!E4", undefined]);
  });

  it("the sources travel with the rows: sorted by the division, a row keeps its cell; a row added by hand has none", () => {
    const { rows, table } = merged();
    const [header, ...body] = rows;
    const sorted = [header, ...body.reverse(), [4, "Ⅱ", "手で追加", "予定どおり"]];
    const grid = gridFromRows("取組一覧", sorted as CellValue[][]);
    const sources = rowSourcesOf(gridFromRows(SOURCE_SHEET, table), grid, readRegister(grid))!;
    const col = String.fromCharCode(65 + header.indexOf("実績値"));
    expect(sources.sourceOf(`取組一覧!${col}2`)).toBe("企画課.xlsx 一覧!C2");
    expect(sources.sourceOf(`取組一覧!${col}4`)).toBe("財政課.xlsx 取組一覧!E3");
    expect(sources.sourceOf(`取組一覧!${col}5`)).toBeNull();
  });

  it("no table, a sheet of that name that is not ours, or a register without the source columns: no sources", () => {
    const { rows, table } = merged();
    const grid = gridFromRows("取組一覧", rows);
    expect(rowSourcesOf(null, grid, readRegister(grid))).toBeNull();
    expect(rowSourcesOf(gridFromRows(SOURCE_SHEET, [["メモ"]]), grid, readRegister(grid))).toBeNull();
    const bare = gridFromRows("取組一覧", rows.map((r) => r.slice(0, -2)));
    expect(rowSourcesOf(gridFromRows(SOURCE_SHEET, table), bare, readRegister(bare))).toBeNull();
    expect(withSources([], null)).toEqual([]);
  });
});
