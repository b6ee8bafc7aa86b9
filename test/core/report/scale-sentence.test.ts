import { scaleSentence } from "../../../src/core/report/scale-sentence";
import { reportLabels } from "../../../src/core/report/labels";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { FOUR_LEVELS } from "../../../src/core/settings/scale";

describe("the summary sentence on a plan's own scale (contract §9)", () => {
  const kizugawa = { total: 112, relisted: 0, counts: [0, 46, 48, 5], notRated: 13 };

  test("Kizugawa: both bases, each level's count and share", () => {
    expect(scaleSentence(kizugawa, FOUR_LEVELS, DEFAULT_SETTINGS, reportLabels("ja").summary)).toBe(
      "全行動計画項目 112 項目、評価対象 99 項目（対象外・未評価 13 項目）のうち、0 項目（0.0%）が「特に良好に進捗」、46 項目（46.5%）が「良好に進捗」、48 項目（48.5%）が「概ね進捗」、5 項目（5.1%）が「進捗に課題あり」となりました。",
    );
  });

  test("nothing not rated: one base; full-width digits when asked", () => {
    const c = { total: 4, relisted: 1, counts: [1, 1, 1, 1], notRated: 0 };
    expect(scaleSentence(c, FOUR_LEVELS, { ...DEFAULT_SETTINGS, digits: "full" }, reportLabels("ja").summary)).toBe(
      "全４項目（再掲１項目）の取組のうち、１項目（25.0%）が「特に良好に進捗」、１項目（25.0%）が「良好に進捗」、１項目（25.0%）が「概ね進捗」、１項目（25.0%）が「進捗に課題あり」となりました。",
    );
  });

  test("English", () => {
    expect(scaleSentence(kizugawa, FOUR_LEVELS, DEFAULT_SETTINGS, reportLabels("en").summary)).toBe(
      "Of all 112 items, 99 were rated (13 not rated): 0 (0.0%) “特に良好に進捗”, 46 (46.5%) “良好に進捗”, 48 (48.5%) “概ね進捗”, 5 (5.1%) “進捗に課題あり”.",
    );
  });
});
