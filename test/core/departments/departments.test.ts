/** 担当課別 and one department's own report (contract §10, "By department"). */
import { departmentKey, departmentsOf } from "../../../src/core/departments/department-names";
import { registerRowOf } from "../../../src/core/departments/department-filter";
import type { CellValue } from "../../../src/core/grid";
import { rowsToArray } from "../../../src/core/report/model";
import { resultJson } from "../../../src/core/result-json";
import { runEngine } from "../../../src/core/run";
import { departmentTally } from "../../../src/core/departments/department-tally";
import { scaleOf } from "../../../src/core/settings/scale";
import { gridFromRows } from "../../helpers/grid";

const HEADER: CellValue[] = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "要因", "今後の対応", "再掲"];
const SETTINGS: CellValue[][] = [["対象年度", "平成26年度"], ["時点", "年度末"]];

/** Six items over three departments: one shared (企画課・財政課), one with none, one re-listing another department's. */
function rows(): CellValue[][] {
  return [
    HEADER,
    [1, "Ⅰ 協働", "地域活動", "協働推進課", "予定どおり", "参加者数", "100人以上", "130人", null, null, null],
    [2, "Ⅰ 協働", "相談窓口", "企画課・財政課", "遅れ", "相談件数", "50件以上", "40件", "人員不足", "体制見直し", null],
    [3, "Ⅱ 財政", "債権管理", "財政課", "予定以上", null, null, null, null, null, null],
    [4, "Ⅱ 財政", "施設管理", null, "予定どおり", "施設数", "10施設以上", "#N/A", null, null, null],
    [5, "Ⅱ 財政", "相談窓口（再掲）", null, null, null, null, null, null, null, 2],
    [6, "Ⅲ 執行", "職員研修", "企画課\n人事課", "予定どおり", null, null, null, null, null, null],
  ];
}

function run(department?: string, register: CellValue[][] = rows()) {
  return runEngine({
    register: gridFromRows("取組一覧", register),
    settingsSheet: gridFromRows("設定", SETTINGS),
    ...(department !== undefined ? { department } : {}),
  });
}

describe("departmentsOf: the departments one 担当課 cell names", () => {
  it.each([
    ["企画課", ["企画課"]],
    ["企画課・財政課", ["企画課", "財政課"]],
    ["企画課、財政課", ["企画課", "財政課"]],
    ["企画課\n財政課", ["企画課", "財政課"]],
    ["企画課／財政課", ["企画課", "財政課"]],
    ["企画課　財政課", ["企画課", "財政課"]],
    ["子ども・若者課", ["子ども・若者課"]],
    ["市民協働・男女参画推進課", ["市民協働・男女参画推進課"]],
    ["企画課・企画課", ["企画課"]],
    ["  ", []],
    ["", []],
  ])("%j → %j", (text, expected) => {
    expect(departmentsOf(text)).toEqual(expected);
  });

  it("compares names after NFKC, without spaces or case", () => {
    expect(departmentKey("企画 課")).toBe(departmentKey("企画課"));
    expect(departmentKey("ＩＴ推進課")).toBe(departmentKey("it推進課"));
  });
});

describe("担当課別 tally", () => {
  it("counts each department's entries per level in register order, a shared entry in each, the entries without one last", () => {
    const ev = run().evaluation;
    const t = ev.departments!;
    expect(t.rows.map((r) => [r.department, r.items, ...r.counts, r.notRated])).toEqual([
      ["協働推進課", 1, 1, 0, 0, 0],
      // No.2 (B) and its re-listing No.5, which takes its original's department
      ["企画課", 3, 0, 1, 2, 0],
      ["財政課", 3, 1, 0, 2, 0],
      ["人事課", 1, 0, 1, 0, 0],
      ["", 1, 0, 1, 0, 0],
    ]);
    expect(t.shared).toBe(true);
  });

  it("does not depend on the order the items come in; a name is as first written in the sheet", () => {
    // Two spellings of one department (same key): the sheet's first wins, even when the report lists the other first.
    const register = rows();
    register[1][3] = "協働推進 課";
    register[3][3] = "協働推進課";
    register[3][1] = "Ⅰ 協働";
    const ev = run(undefined, register).evaluation;
    const input = { scale: scaleOf(ev.settings), notRated: () => false };
    const forward = departmentTally({ ...input, items: ev.items });
    const backward = departmentTally({ ...input, items: [...ev.items].reverse() });
    expect(backward).toEqual(forward);
    expect(forward.rows[0]).toEqual({ department: "協働推進 課", items: 2, counts: [2, 0, 0], notRated: 0 });
  });

  it("goes into --json as departments[] with one key per level and null for no department", () => {
    const json = resultJson(run().evaluation, "ja");
    expect(json.departments![0]).toEqual({ department: "協働推進課", items: 1, S: 1, A: 0, B: 0, notRated: 0 });
    expect(json.departments![4].department).toBeNull();
    expect(json.department).toBeUndefined();
  });

  it("is written below 表１ in 進捗集計 with a 計 column and the note on shared entries", () => {
    const sheet = run().report!.sheets.find((s) => s.key === "summary")!;
    const values = rowsToArray(sheet.rows).map((r) => r.filter((v) => v !== null && v !== undefined));
    const caption = values.findIndex((r) => r[0] === "【担当課別】担当課別の進捗状況");
    const table1Total = values.findIndex((r) => r[0] === "計");
    expect(caption).toBeGreaterThan(table1Total);
    expect(values[caption + 1]).toEqual(["担当課", "予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）", "計"]);
    expect(values[caption + 3]).toEqual(["企画課", 0, 1, 2, 3]);
    expect(values[caption + 6]).toEqual(["（担当課の記載なし）", 0, 1, 0, 1]);
    expect(String(values[caption + 7][0])).toContain("複数の課が担当する取組");
    expect(sheet.columnWidths).toHaveLength(5);
    // Below the chart that stands under 表１, never on it.
    const rawCaption = rowsToArray(sheet.rows).findIndex((r) => r[0] === "【担当課別】担当課別の進捗状況");
    expect(sheet.chart).toBeDefined();
    expect(rawCaption).toBeGreaterThan(sheet.chart!.anchor.bottom);
  });

  it("is absent without a 担当課 column", () => {
    const plain = rows().map((r) => r.filter((_, c) => c !== 3));
    const r = run(undefined, plain);
    expect(r.evaluation.departments).toBeUndefined();
    expect(r.departments).toEqual([]);
    expect("departments" in resultJson(r.evaluation, "ja")).toBe(false);
  });
});

describe("one department's own report (--department)", () => {
  it("rates, tallies and lists only the department's entries; shared and re-listed entries included", () => {
    const r = run("財政課");
    const ev = r.evaluation;
    expect(ev.department).toBe("財政課");
    expect(ev.items.map((i) => i.no)).toEqual([2, 3, 5]);
    expect(ev.total).toBe(3);
    expect(ev.relisted).toBe(1);
    expect(ev.tally.map((t) => [t.area, t.items, t.S, t.A, t.B])).toEqual([
      ["Ⅰ 協働", 1, 0, 0, 1],
      ["Ⅱ 財政", 2, 1, 0, 1],
    ]);
    expect(ev.totals).toEqual({ S: 1, A: 0, B: 2 });
    expect(ev.delayed.map((i) => i.no)).toEqual([2, 5]);
    const json = resultJson(ev, "ja");
    expect(json.department).toBe("財政課");
    expect(json.totals).toEqual({ S: 1, A: 0, B: 2, notRated: 0 });
    const summary = r.report!.sheets.find((s) => s.key === "summary")!;
    expect(summary.rows.row(0)[0]).toBe("平成26年度末進捗状況（財政課）");
  });

  it("leaves out the findings on other departments' rows (No.4's #N/A) and keeps its own", () => {
    const whole = run().evaluation.findings.map((f) => f.cell);
    expect(whole).toContain("取組一覧!H5");
    const own = run("企画課").evaluation;
    expect(own.findings.map((f) => f.cell)).not.toContain("取組一覧!H5");
    const none = run("").evaluation; // "" names no department: nothing narrowed out by mistake
    expect(none.findings.length).toBeGreaterThan(0);
  });

  it("matches a name written another way (full-width, spaces) and the entries without a finding of their own", () => {
    expect(run("企画 課").evaluation.items.map((i) => i.no)).toEqual([2, 5, 6]);
  });

  it("says so when no entry names the department, with the departments there are", () => {
    const r = run("総務課");
    expect(r.unknownDepartment).toBe(true);
    expect(r.report).toBeNull();
    expect(r.departments).toEqual(["協働推進課", "企画課", "財政課", "人事課"]);
  });
});

describe("registerRowOf", () => {
  it("reads the row of a register cell and ignores other sheets", () => {
    expect(registerRowOf("取組一覧!H12", "取組一覧")).toBe(11);
    expect(registerRowOf("'My sheet'!$B$3", "My sheet")).toBe(2);
    expect(registerRowOf("設定!B2", "取組一覧")).toBeNull();
    expect(registerRowOf(null, "取組一覧")).toBeNull();
  });
});

describe("registerDepartments (the pane's filter before any run)", () => {
  it("lists the register's departments in register order, each once, shared cells split", async () => {
    const { registerDepartments } = await import("../../../src/core/departments/register-departments");
    expect(registerDepartments(gridFromRows("取組一覧", rows()))).toEqual(["協働推進課", "企画課", "財政課", "人事課"]);
    expect(registerDepartments(gridFromRows("取組一覧", rows().map((r) => r.filter((_, c) => c !== 3))))).toEqual([]);
    // the same list the engine gives
    expect(run().departments).toEqual(registerDepartments(gridFromRows("取組一覧", rows())));
  });
});
