import { readIndicatorThresholds } from "../../../src/core/evaluate/indicator-threshold";
import { findingMessage } from "../../../src/core/i18n";
import { runEngine } from "../../../src/core/run";
import { gridFromRows } from "../../helpers/grid";

describe("判定基準: an indicator's own thresholds (contract §9)", () => {
  test.each([
    [105, null, [105]],
    ["105", null, [105]],
    ["105%", null, [105]],
    [1.05, "0%", [105]],
    ["120/100/80", null, [120, 100, 80]],
    ["１２０／１００", null, [120, 100]],
    [null, null, null],
  ])("%j (%s) → %j", (value, format, expected) => {
    expect(readIndicatorThresholds(value, format)).toEqual(expected);
  });

  test.each(["多め", "100/120", "120/120"])("%s is unreadable (or not falling)", (v) => {
    expect(readIndicatorThresholds(v, null)).toBe("invalid");
  });

  const header = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "判定基準"];
  const run = (rows: (string | number | null)[][], settings: (string | number | null)[][] | null = null) =>
    runEngine({
      register: gridFromRows("取組一覧", [header, ...rows]),
      settingsSheet: settings === null ? null : gridFromRows("設定", settings),
      overrides: { fiscalYear: 2019 },
    });

  test("on the seed's scale a top threshold of 105 makes 110 % exceeded: S instead of A", () => {
    const r = run([
      [1, "Ⅰ", "a", "予定どおり", "件数", "100件以上", "110件", 105],
      [2, "Ⅰ", "b", "予定どおり", "件数", "100件以上", "110件", null],
    ]);
    expect(r.evaluation.items.map((i) => i.computed)).toEqual(["S", "A"]);
  });

  const four = [["評価区分"], [null, "S", "特に良好", 120], [null, "A", "良好", 100], [null, "B", "概ね", 80], [null, "C", "課題", null, "遅延"]];

  test("on a four-level scale one threshold per level overrides the scale's for that indicator", () => {
    const r = run(
      [
        [1, "Ⅰ", "a", "予定どおり", "件数", "100件以上", "90件", "120/100/85"],
        [2, "Ⅰ", "b", "予定どおり", "件数", "100件以上", "90件", "120/100/95"],
        [3, "Ⅰ", "c", "予定どおり", "件数", "100件以上", "90件", null],
        [4, "Ⅰ", "d", "予定どおり", "件数", "100件以上", "110件", 105],
      ],
      four,
    );
    expect(r.evaluation.items.map((i) => i.computed)).toEqual(["B", "C", "B", "S"]);
  });

  test("an unreadable 判定基準 is a warning at its cell and the scale's thresholds stand", () => {
    const r = run([[1, "Ⅰ", "a", "予定どおり", "件数", "100件以上", "130件", "多め"]]);
    expect(r.evaluation.findings.filter((f) => f.code === "invalid-threshold").map((f) => [f.severity, f.cell])).toEqual([["warning", "取組一覧!H2"]]);
    expect(r.evaluation.items[0].computed).toBe("S");
  });
});

describe("behind levels need a cause (contract §9)", () => {
  test("on a four-level scale C (behind) without 要因 is a warning naming its label; B (not behind) needs none", () => {
    const r = runEngine({
      register: gridFromRows("取組一覧", [
        ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "要因", "今後の対応"],
        [1, "Ⅰ", "a", "遅れ", "件数", "100件以上", "50件", null, "見直す"],
        [2, "Ⅰ", "b", "予定どおり", "件数", "100件以上", "90件", null, null],
      ]),
      settingsSheet: gridFromRows("設定", [["評価区分"], [null, "S", "特に良好", 120], [null, "A", "良好", 100], [null, "B", "概ね", 80], [null, "C", "進捗に課題あり", null, "遅延"]]),
      overrides: { fiscalYear: 2019 },
    });
    const found = r.evaluation.findings.filter((f) => f.code === "behind-without-cause" || f.code === "b-without-cause");
    expect(found.map((f) => [f.code, f.cell, f.params.label])).toEqual([["behind-without-cause", "取組一覧!H2", "進捗に課題あり"]]);
    expect(findingMessage(found[0], "ja")).toBe("No.1 は「進捗に課題あり」ですが、要因の記載がありません。");
  });
});
