/** The evaluation stage as a whole: findings, blocking, period, item numbers, report order. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { finding } from "../../../src/core/findings/finding";
import { readRegister } from "../../../src/core/register/read-register";
import { registerOf } from "../../helpers/register";
import { codesOf, seedSettings } from "./support";

describe("evaluate", () => {
  test("register findings come first in their severity, then the evaluation's; errors first, then warnings, then info", () => {
    const readerWarning = finding("duplicate-item", "取組一覧!A9", { no: "3", other: "取組一覧!A4", field: "name" });
    const e = evaluate(
      registerOf(
        [
          { no: "1", area: "Ⅰ 地域", name: "取組", schedule: "予定どおり", finalRating: "S", overrideReason: "理由" },
          { no: "2", area: "Ⅰ 地域", name: "取組", schedule: "遅れ" },
          { no: "3", area: "Ⅰ 地域", name: "取組", schedule: "？" },
        ],
        { findings: [readerWarning] },
      ),
      seedSettings(),
    );
    expect(codesOf(e)).toEqual(["duplicate-item", "unknown-schedule", "b-without-cause", "override-applied"]);
    expect(e.blocked).toBe(true);
  });

  test("not blocked when there are only warnings and info", () => {
    const e = evaluate(registerOf([{ no: "2", area: "Ⅰ 地域", name: "取組", schedule: "遅れ" }]), seedSettings());
    expect(codesOf(e)).toEqual(["b-without-cause"]);
    expect(e.blocked).toBe(false);
  });

  test.each([
    [2014, "yearEnd", "ja", "平成26年度末"],
    [2024, "half", "ja", "令和6年度上半期末"],
    [2014, "yearEnd", "en", "FY2014 year end"],
  ] as const)("period of FY%d %s (%s) is %s", (fiscalYear, point, lang, period) => {
    expect(evaluate(registerOf([]), seedSettings({ fiscalYear, point, lang })).period).toBe(period);
  });

  test("period is empty when no fiscal year is set", () => {
    expect(evaluate(registerOf([]), seedSettings({ fiscalYear: null })).period).toBe("");
  });

  test("ItemResult.no is a number for an integer No., else the text", () => {
    const e = evaluate(
      registerOf([
        { no: "12", area: "Ⅰ 地域", name: "a", schedule: "順調" },
        { no: "3-1", area: "Ⅰ 地域", name: "b", schedule: "順調" },
      ]),
      seedSettings(),
    );
    expect(e.items.map((i) => i.no)).toEqual([12, "3-1"]);
  });

  test("an item with no indicator row is rated by its schedule", () => {
    const e = evaluate(registerOf([{ no: "1", area: "Ⅰ", name: "a", schedule: "予定以上" }]), seedSettings());
    expect(e.items[0].indicators).toEqual([]);
    expect(e.items[0].computed).toBe("S");
  });

  test("item texts as written, blank as empty; the result names its register entry", () => {
    const register = registerOf([{ no: "1", area: "Ⅰ", name: "a", schedule: "順調", overview: "概要", nextYear: "新規事項", highlight: "×" }]);
    const e = evaluate(register, seedSettings());
    expect(e.items[0].entry).toBe(0);
    expect(register.entries.field(e.items[0].entry, "overview")).toBe("概要");
    expect(JSON.parse(JSON.stringify(e.items[0].text))).toEqual({ overview: "概要", plan: "", progress: "", cause: "", nextSteps: "", nextYear: "新規事項" });
    expect(e.items[0].highlight).toBe(false);
  });

  test("findings of an indicator row point at that row's cells", () => {
    const e = evaluate(
      registerOf([
        { no: "1", area: "Ⅰ", name: "a", schedule: "順調", indicators: [{ target: "10", actual: "10" }] },
        {
          no: "2",
          area: "Ⅰ",
          name: "b",
          schedule: "順調",
          indicators: [{ target: "10", actual: "10" }, { indicator: "二つ目", target: "10" }],
        },
      ]),
      seedSettings(),
    );
    expect(e.findings).toEqual([
      { severity: "warning", code: "not-measured", cell: "取組一覧!L4", params: { indicator: "二つ目" } },
    ]);
  });

  test("an indicator without a name is named by its item's No. in findings", () => {
    const e = evaluate(registerOf([{ no: "8", area: "Ⅰ", name: "a", schedule: "順調", indicators: [{ target: "10" }] }]), seedSettings());
    expect(e.findings[0].params).toEqual({ indicator: "No.8" });
  });
});

describe("findings of a register read from a grid", () => {
  test("each entry's findings in the order they were met, entries in sheet order, B causes among them", () => {
    // checkCause's finding is made when the findings are listed (reportLater): its place, address and params
    // must be those it would have had when reported.
    const header = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "要因", "今後の対応", "自己評価"];
    const grid = {
      sheet: "取組一覧",
      top: 0,
      left: 0,
      values: [
        ["令和6年度 進捗管理"],
        header,
        [1, "Ⅰ 地域", "取組1", "遅れ", "件数", "10件以上", "12件", null, null, "S"],
        [2, "Ⅰ 地域", "取組2", "？", "件数", "10件以上", "12件", null, null, null],
        [3, "Ⅰ 地域", "取組3", "予定どおり", "件数", "10件以上", "8件", "要因", null, "B"],
        [4, "Ⅰ 地域", "取組4", "遅れ", "件数", "10件以上", "12件", "要因", "対応", "A"],
      ],
    };
    const e = evaluate(readRegister(grid), seedSettings());
    expect(e.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["unknown-schedule", "取組一覧!D4", { value: "？" }],
      ["self-rating-mismatch", "取組一覧!J3", { no: "1", self: "S", computed: "B" }],
      ["b-without-cause", "取組一覧!H3", { no: "1", missing: "cause,nextSteps" }],
      ["b-without-cause", "取組一覧!I5", { no: "3", missing: "nextSteps" }],
      ["self-rating-mismatch", "取組一覧!J6", { no: "4", self: "A", computed: "B" }],
    ]);
  });
});
