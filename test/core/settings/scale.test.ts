import fc from "fast-check";
import { readSettingsSheet } from "../../../src/core/settings/read-settings";
import { writeSettingsRows } from "../../../src/core/settings/write-settings";
import { readThreshold } from "../../../src/core/settings/read-scale";
import { checkScale } from "../../../src/core/settings/scale-check";
import { FOUR_LEVELS, SEED_LEVELS, firstBehindLevel, onPlanLevel, scaleOf, type ScaleLevel } from "../../../src/core/settings/scale";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/grid";
import { findingMessage } from "../../../src/core/i18n";
import { gridFromRows } from "../../helpers/grid";

const read = (rows: CellValue[][], base: Settings = DEFAULT_SETTINGS) => readSettingsSheet(gridFromRows("設定", rows), base);

describe("the scale as a setting (contract §9)", () => {
  test("no 評価区分: the seed's S/A/B with S判定の余裕 as the top threshold", () => {
    const s = scaleOf({ ...DEFAULT_SETTINGS, sMargin: 0.25 });
    expect(s.levels).toEqual([
      { code: "S", label: "予定以上に進捗", threshold: 125, behind: false },
      { code: "A", label: "予定どおりに進捗", threshold: 100, behind: false },
      { code: "B", label: "予定よりも遅れている", threshold: null, behind: true },
    ]);
    expect(s.method).toBe("auto");
    expect(s.isSeed).toBe(true);
    expect(s.notRatedWords).toEqual(["対象外", "評価対象外", "未評価", "完了", "廃止", "休止"]);
    expect(scaleOf(DEFAULT_SETTINGS).levels[0].threshold).toBe(120);
  });

  test("Kizugawa's four levels read from the table under 評価区分, best first; 評価方法, 評価対象外, 数字", () => {
    const r = read([
      ["計画名", "第3次行財政改革行動計画"],
      ["評価区分"],
      [null, "S", "特に良好に進捗", 120],
      [null, "A", "良好に進捗", "100%"],
      [null, "B", "概ね進捗", "８０％"],
      [null, "C", "進捗に課題あり", "−", "遅延"],
      ["評価方法", "自動"],
      ["評価対象外", "中止"],
      [null, "統合"],
      ["数字", "全角"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.settings.scale).toEqual(FOUR_LEVELS.map((l) => ({ ...l, threshold: l.threshold })));
    expect(r.settings.method).toBe("auto");
    expect(r.settings.digits).toBe("full");
    expect(r.settings.notRatedWords).toEqual(["中止", "統合"]);
    const scale = scaleOf(r.settings);
    expect(scale.isSeed).toBe(false);
    expect(scale.notRatedWords).toContain("中止");
    expect(scale.notRatedWords).toContain("対象外");
  });

  test("Nanto's self-rated A 前進 / B 現状維持 / C 後退 / D 未着手 (C and D behind)", () => {
    const r = read([
      ["評価区分", null],
      [null, "A", "前進", 100],
      [null, "B", "現状維持", 50],
      [null, "C", "後退", 0, "遅延"],
      [null, "D", "未着手", null, "遅延"],
      ["評価方法", "自己評価"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.settings.scale?.map((l) => [l.code, l.behind])).toEqual([["A", false], ["B", false], ["C", true], ["D", true]]);
    expect(r.settings.method).toBe("self");
    expect(firstBehindLevel(r.settings.scale ?? [])).toBe(2);
    expect(onPlanLevel(r.settings.scale ?? [])).toBe(0);
  });

  test("a percentage cell (1.2 shown as 120%) and a plain fraction are ratios", () => {
    expect(readThreshold(1.2, "0%")).toBe(120);
    expect(readThreshold(0.8, "General")).toBe(80);
    expect(readThreshold("1.05", null)).toBe(105);
    expect(readThreshold(105, null)).toBe(105);
    expect(readThreshold(0, null)).toBe(0);
    expect(readThreshold("―", null)).toBeNull();
    expect(readThreshold(null, null)).toBeNull();
    expect(readThreshold("多い", null)).toBeNaN();
  });

  test("each rule of the scale is an error at its cell, and the base scale stays", () => {
    const base: Settings = { ...DEFAULT_SETTINGS };
    const r = readSettingsSheet(
      gridFromRows(
        "設定",
        [
          ["評価区分"],
          [null, "S", "良好", 100],
          [null, "Ｓ", "", 120],
          [null, "B", "概ね", null],
          [null, "C", "課題", 50],
        ],
        { top: 4 },
      ),
      base,
    );
    expect(r.settings.scale).toBeUndefined();
    expect(r.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["error", "scale-duplicate-code", "設定!B7"],
      ["error", "scale-missing-label", "設定!C7"],
      ["error", "scale-threshold-order", "設定!D7"],
      ["error", "scale-missing-threshold", "設定!D8"],
      ["error", "scale-lowest-threshold", "設定!D9"],
      ["error", "scale-no-behind", "設定!A5"],
    ]);
    expect(findingMessage(r.findings[2], "ja")).toBe("評価区分「S」の基準 120% は、上位の区分の基準 100% より小さくしてください。");
    expect(findingMessage(r.findings[5], "en")).toContain("No rating level is marked behind");
  });

  test("an unreadable threshold or mark is an invalid-setting warning", () => {
    const r = read([["評価区分"], [null, "S", "x", "たくさん"], [null, "A", "y", null, "多分"]]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["invalid-setting", "設定!D2"],
      ["invalid-setting", "設定!E3"],
    ]);
    expect(r.settings.scale).toBeUndefined();
  });

  test("a blank 評価区分 unsets the table (the seed's scale again); one level only is an error", () => {
    expect(read([["評価区分"]], { ...DEFAULT_SETTINGS, scale: FOUR_LEVELS }).settings.scale).toBeUndefined();
    expect(read([["評価区分"], [null, "A", "x", null, "遅延"]]).findings.map((f) => f.code)).toEqual(["scale-too-few-levels"]);
  });

  test("checkScale: the presets are valid; problems name their level and field", () => {
    expect(checkScale(SEED_LEVELS)).toEqual([]);
    expect(checkScale(FOUR_LEVELS)).toEqual([]);
    const bad: ScaleLevel[] = [
      { code: "", label: "a", threshold: 100, behind: false },
      { code: "B", label: "b", threshold: null, behind: true },
    ];
    expect(checkScale(bad)).toEqual([{ code: "scale-missing-code", level: 0, field: "code", params: { level: 1 } }]);
  });

  const level = fc.record({
    code: fc.stringMatching(/^[A-Z][0-9]?$/),
    label: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== "" && !/^[-−―ー－]$/.test(s)),
    behind: fc.boolean(),
  });
  const scale = fc
    .uniqueArray(level, { minLength: 2, maxLength: 6, selector: (l) => l.code })
    .chain((ls) =>
      fc.uniqueArray(fc.integer({ min: 4, max: 300 }), { minLength: ls.length - 1, maxLength: ls.length - 1 }).map((ts) => {
        const sorted = [...ts].sort((a, b) => b - a);
        return ls.map((l, i) => ({ ...l, threshold: i < sorted.length ? sorted[i] : null, behind: i === ls.length - 1 ? true : l.behind }));
      }),
    );

  test("what the pane writes reads back as the same scale, method, words and digits, in either language", () => {
    fc.assert(
      fc.property(
        scale,
        fc.constantFrom("auto" as const, "self" as const),
        fc.constantFrom("half" as const, "full" as const),
        fc.constantFrom("ja" as const, "en" as const),
        (levels, method, digits, lang) => {
          const s: Settings = { ...DEFAULT_SETTINGS, scale: levels, method, digits, notRatedWords: ["中止"] };
          const r = readSettingsSheet(gridFromRows("設定", writeSettingsRows(s, lang)), DEFAULT_SETTINGS);
          expect(r.findings).toEqual([]);
          expect(r.settings).toEqual(s);
        },
      ),
    );
  });
});
