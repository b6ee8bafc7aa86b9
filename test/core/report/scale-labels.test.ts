import { behindLabels, delayedNone, delayedTitle, levelHeaders } from "../../../src/core/report/scale-labels";
import { reportLabels } from "../../../src/core/report/labels";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { FOUR_LEVELS, scaleOf } from "../../../src/core/settings/scale";

const ja = reportLabels("ja");
const en = reportLabels("en");
const seed = scaleOf(DEFAULT_SETTINGS);
const four = scaleOf({ ...DEFAULT_SETTINGS, scale: FOUR_LEVELS });
const nanto = scaleOf({
  ...DEFAULT_SETTINGS,
  scale: [
    { code: "A", label: "前進", threshold: 100, behind: false },
    { code: "B", label: "現状維持", threshold: 50, behind: false },
    { code: "C", label: "後退", threshold: 0, behind: true },
    { code: "D", label: "未着手", threshold: null, behind: true },
  ],
});

describe("the report's words for a plan's levels (contract §9)", () => {
  test("表１ headings: the seed's own words, else label（code） per level", () => {
    expect(levelHeaders(seed, ja.summary)).toEqual(["予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）"]);
    expect(levelHeaders(seed, en.summary)).toEqual(["Ahead of schedule (S)", "On schedule (A)", "Behind schedule (B)"]);
    expect(levelHeaders(four, ja.summary)).toEqual(["特に良好に進捗（S）", "良好に進捗（A）", "概ね進捗（B）", "進捗に課題あり（C）"]);
  });

  test("参考２'s title from the behind levels", () => {
    expect(delayedTitle(seed, 10, false, ja.delayed)).toBe("【参考２】予定よりも遅れている取組一覧（10項目）");
    expect(delayedTitle(four, 5, false, ja.delayed)).toBe("【参考２】「進捗に課題あり」の取組一覧（5項目）");
    expect(delayedTitle(nanto, 3, false, ja.delayed)).toBe("【参考２】「後退」「未着手」の取組一覧（3項目）");
    expect(behindLabels(nanto, en.delayed)).toBe("後退”, “未着手");
    expect(delayedNone(four, ja.delayed)).toBe("「進捗に課題あり」の取組はありません。");
    expect(delayedNone(seed, ja.delayed)).toBe(ja.delayed.none);
  });
});
