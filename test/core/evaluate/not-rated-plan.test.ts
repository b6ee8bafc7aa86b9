import { runEngine } from "../../../src/core/run";
import { resultJson } from "../../../src/core/result-json";
import { gridFromRows } from "../../helpers/grid";

const header = ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応"];

function run(rows: (string | number | null)[][], settings: (string | number | null)[][] | null = null) {
  return runEngine({
    register: gridFromRows("取組一覧", [header, ...rows]),
    settingsSheet: settings === null ? null : gridFromRows("設定", settings),
    overrides: { fiscalYear: 2019 },
  });
}

describe("items not rated on the seed's scale (contract §9)", () => {
  const r = run([
    [1, "Ⅰ 協働", "a", "予定以上", null, null],
    [2, "Ⅰ 協働", "b", "予定どおり", null, null],
    [3, "Ⅰ 協働", "c", "対象外", null, null],
    [4, "Ⅱ 財政", "d", "遅れ", "x", "y"],
    [5, "Ⅱ 財政", "e", "完了", null, null],
    [6, "Ⅱ 財政", "f", "未評価", null, null],
  ]);

  test("対象外, 完了, 未評価 are no unknown schedule: the report is written", () => {
    expect(r.evaluation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.report).not.toBeNull();
  });

  test("counted in the plan, in no level, in their own column; the sentence gives both bases", () => {
    const summary = r.report!.sheets.find((s) => s.key === "summary")!;
    expect(summary.rows.row(2)[0]).toContain(
      "全行動計画項目 6 項目、評価対象 3 項目（対象外・未評価 3 項目）のうち、1 項目（33.3%）が「予定以上に進捗」、1 項目（33.3%）が「予定どおりに進捗」、1 項目（33.3%）が「予定よりも遅れている」となりました。",
    );
    expect(summary.rows.row(5)).toEqual(["分野", "予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）", "対象外・未評価"]);
    expect(summary.rows.row(6)).toEqual(["Ⅰ 協働（3項目）", 1, 1, 0, 1]);
    expect(summary.rows.row(7)).toEqual(["Ⅱ 財政（3項目）", 0, 0, 1, 2]);
    expect(summary.rows.row(8)).toEqual(["計", 1, 1, 1, 3]);
    expect(summary.rows.row(9)[0]).toBe("※割合は小数点以下第2位を四捨五入しているため、合計が100にならない場合があります。");
  });

  test("--json: one key per level code plus notRated, the scale and the method", () => {
    const json = resultJson(r.evaluation, "ja");
    expect(json.totals).toEqual({ S: 1, A: 1, B: 1, notRated: 3 });
    expect(json.tally[1]).toEqual({ area: "Ⅱ 財政", items: 3, S: 0, A: 0, B: 1, notRated: 2 });
    expect(json.scale.map((l) => [l.code, l.threshold, l.behind])).toEqual([["S", 120, false], ["A", 100, false], ["B", null, true]]);
    expect(json.method).toBe("auto");
  });

  test("words added under 評価対象外 in 設定 are not rated too; others still are unknown", () => {
    const rows = [[1, "Ⅰ 協働", "a", "中止", null, null], [2, "Ⅰ 協働", "b", "様子見", null, null]];
    const withWord = run(rows, [["評価対象外", "中止"]]);
    expect(withWord.evaluation.findings.map((f) => [f.code, f.cell])).toContainEqual(["unknown-schedule", "取組一覧!D3"]);
    expect(withWord.evaluation.findings.map((f) => f.cell)).not.toContain("取組一覧!D2");
    expect(run(rows).evaluation.findings.map((f) => f.cell)).toContain("取組一覧!D2");
  });

  test("a plan without not-rated items has no scale tally: the seed's report as before", () => {
    expect(run([[1, "Ⅰ 協働", "a", "予定どおり", null, null]]).evaluation.scaleTally).toBeUndefined();
  });
});

describe("a 評価対象 column (contract §9)", () => {
  test("対象外 there counts the item outside every level, whatever its schedule says", () => {
    const r = runEngine({
      register: gridFromRows("取組一覧", [
        ["No", "分野", "項目名", "スケジュール", "評価対象"],
        [1, "Ⅰ 協働", "a", "予定どおり", null],
        [2, "Ⅰ 協働", "b", "予定どおり", "対象外"],
        [3, "Ⅰ 協働", "c", "", "評価対象外"],
      ]),
      settingsSheet: null,
      overrides: { fiscalYear: 2019 },
    });
    expect(r.evaluation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(resultJson(r.evaluation, "ja").totals).toEqual({ S: 0, A: 1, B: 0, notRated: 2 });
  });
});
