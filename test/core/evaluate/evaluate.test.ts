/** The evaluation stage as a whole: findings, blocking, period, item numbers, report order. */
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { finding } from "../../../src/core/findings/finding";
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

  test("item texts as written, blank as empty; the source item is the register's", () => {
    const register = registerOf([{ no: "1", area: "Ⅰ", name: "a", schedule: "順調", overview: "概要", nextYear: "新規事項", highlight: "×" }]);
    const e = evaluate(register, seedSettings());
    expect(e.items[0].source).toBe(register.items[0]);
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
