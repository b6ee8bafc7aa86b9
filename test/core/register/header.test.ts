import { findHeader } from "../../../src/core/register/header";
import { plainItems } from "../../../src/core/register/entries";
import { readRegister } from "../../../src/core/register/read-register";
import type { CellValue } from "../../../src/core/grid";
import { gridFromRows, merge } from "../../helpers/grid";

const HEADER = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値"];
const ROW: CellValue[] = [1, "Ⅰ 地域協働の推進", "市民活動支援", "予定どおり", "来場者数", "前年比5％以上", 9856];

describe("header row", () => {
  test("on row 1", () => {
    const reg = readRegister(gridFromRows("取組一覧", [HEADER, ROW]));
    expect(reg.headerRow).toBe(0);
    expect(reg.findings).toEqual([]);
    expect(reg.columns).toEqual({ no: 0, area: 1, name: 2, schedule: 3, indicator: 4, target: 5, actual: 6 });
    expect(reg.headers.schedule).toBe("スケジュール");
    expect(plainItems(reg)).toHaveLength(1);
  });

  test("on row 5 under a title and a note", () => {
    const rows: CellValue[][] = [
      ["第２次行財政再構築プラン 取組一覧"],
      [],
      ["※ 平成26年度末時点"],
      [null, null, "分野別"],
      HEADER,
      ROW,
    ];
    const reg = readRegister(gridFromRows("取組一覧", rows));
    expect(reg.headerRow).toBe(4);
    expect(plainItems(reg).map((i) => i.row)).toEqual([5]);
  });

  test("on row 20 is found, on row 21 is not (no-header-row at the sheet's A1)", () => {
    const pad = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [`メモ${i}`]);
    expect(readRegister(gridFromRows("取組一覧", [...pad(19), HEADER, ROW])).headerRow).toBe(19);
    const reg = readRegister(gridFromRows("取組一覧", [...pad(20), HEADER, ROW]));
    expect(reg.headerRow).toBe(-1);
    expect(plainItems(reg)).toEqual([]);
    expect(reg.findings).toEqual([{ severity: "error", code: "no-header-row", cell: "取組一覧!A1", params: {} }]);
  });

  test("the 20 rows are the grid's own when the grid starts lower on the sheet", () => {
    const rows: CellValue[][] = [...Array.from({ length: 19 }, () => [] as CellValue[]), HEADER, ROW];
    const reg = readRegister(gridFromRows("取組一覧", rows, { top: 10, left: 2 }));
    expect(reg.headerRow).toBe(29);
    expect(reg.columns.no).toBe(2);
    expect(plainItems(reg)[0].fields.no?.address).toBe("取組一覧!C31");
  });

  test("an empty sheet has no header row", () => {
    const reg = readRegister(gridFromRows("取組一覧", []));
    expect(reg.findings.map((f) => f.code)).toEqual(["no-header-row"]);
  });

  test("columns in any order, unknown columns ignored", () => {
    const header = ["備考", "スケジュール", "実績値", "項目名", "メモ", "No.", "分野"];
    const row: CellValue[] = ["メモです", "遅れ", 71, "相談事業", "x", "No.2", "Ⅰ"];
    const reg = readRegister(gridFromRows("取組一覧", [header, row]));
    expect(reg.columns).toEqual({ schedule: 1, actual: 2, name: 3, no: 5, area: 6 });
    const item = plainItems(reg)[0];
    expect(item.no).toBe("2");
    expect(item.fields.schedule?.value).toBe("遅れ");
    expect(item.fields.name?.address).toBe("取組一覧!D2");
    expect(item.indicators[0].cells.actual?.value).toBe(71);
    expect(Object.keys(item.fields).sort()).toEqual(["area", "name", "no", "schedule"]);
  });

  test("the same column twice: the leftmost wins", () => {
    const header = ["No", "分野", "項目名", "スケジュール", "担当課", "所管課"];
    const reg = readRegister(gridFromRows("取組一覧", [header, [1, "Ⅰ", "x", "順調", "企画課", "財政課"]]));
    expect(reg.columns.department).toBe(4);
    expect(plainItems(reg)[0].fields.department?.value).toBe("企画課");
  });

  test("an alias itself beats a header that only ends with one, wherever it stands", () => {
    const header = ["No", "分野", "項目名", "スケジュール", "26年度実績", "実績値"];
    expect(readRegister(gridFromRows("s", [header])).columns.actual).toBe(5);
  });

  test("full-width, spaced and dotted spellings of the required headers", () => {
    const header = ["Ｎｏ．", "分　野", "項目名：", "スケジュール\n"];
    const reg = readRegister(gridFromRows("s", [header, [1, "Ⅰ", "x", "順調"]]));
    expect(reg.columns).toEqual({ no: 0, area: 1, name: 2, schedule: 3 });
    expect(reg.findings).toEqual([]);
  });
});

describe("missing required columns", () => {
  test("each missing required column is a missing-column error at the header row's first cell; no items are read", () => {
    const rows: CellValue[][] = [["取組一覧"], [null, "No", "分野", "担当課", "成果指標"], [null, 1, "Ⅰ", "企画課", "件数"]];
    const reg = readRegister(gridFromRows("取組一覧", rows));
    expect(plainItems(reg)).toEqual([]);
    expect(reg.headerRow).toBe(1);
    expect(reg.findings).toEqual([
      {
        severity: "error",
        code: "missing-column",
        cell: "取組一覧!A2",
        params: { column: "name", headers: "項目名 / 取組名 / 取組項目 / Item / Programme" },
      },
      {
        severity: "error",
        code: "missing-column",
        cell: "取組一覧!A2",
        params: { column: "schedule", headers: "スケジュール / スケジュール進捗 / 進捗区分 / Schedule" },
      },
    ]);
  });

  test("the row with the most required headers is the one reported", () => {
    const rows: CellValue[][] = [["No", "分野"], ["No", "分野", "項目名"]];
    const reg = readRegister(gridFromRows("s", rows));
    expect(reg.findings.map((f) => [f.code, f.cell, f.params.column])).toEqual([["missing-column", "s!A2", "schedule"]]);
  });

  test("a lone title cell that happens to end with a header is not taken for a header row", () => {
    const reg = readRegister(gridFromRows("s", [["行財政再構築プランの分野"], ["何もない"]]));
    expect(reg.findings.map((f) => f.code)).toEqual(["no-header-row"]);
  });
});

describe("two-row headers", () => {
  test("sub-headers under a merged group header are read, and the body starts below them", () => {
    const rows: CellValue[][] = [
      ["No", "分野", "項目名", "スケジュール", "成果指標", null, null],
      [null, null, null, null, "指標名", "目標", "26年度実績"],
      [1, "Ⅰ", "市民活動支援", "順調", "登録団体数", "99団体以上", "113団体"],
    ];
    const merges = [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 3, 1, 3), merge(0, 4, 0, 6)];
    const grid = gridFromRows("s", rows, { merges });
    expect(findHeader(grid).bodyStart).toBe(2);
    const reg = readRegister(grid);
    expect(reg.findings).toEqual([]);
    expect(reg.columns).toEqual({ no: 0, area: 1, name: 2, schedule: 3, indicator: 4, target: 5, actual: 6 });
    expect(plainItems(reg)).toHaveLength(1);
    expect(plainItems(reg)[0].indicators[0].cells.target?.value).toBe("99団体以上");
  });

  test("a required header in the second header row completes the header", () => {
    const rows: CellValue[][] = [
      ["No", "分野", "項目名", "進捗", null],
      [null, null, null, "スケジュール", "進捗状況"],
      [1, "Ⅰ", "x", "順調", "実施した"],
    ];
    const reg = readRegister(gridFromRows("s", rows));
    expect(reg.findings).toEqual([]);
    expect(reg.headerRow).toBe(0);
    expect(reg.columns.schedule).toBe(3);
    expect(plainItems(reg)[0].fields.progress?.value).toBe("実施した");
  });
});
