import fc from "fast-check";
import { readSettingsSheet } from "../../../src/core/settings/read-settings";
import { writeSettingsRows } from "../../../src/core/settings/write-settings";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/grid";
import { deepFreeze, gridFromRows } from "../../helpers/grid";

const read = (rows: CellValue[][], base: Settings = DEFAULT_SETTINGS) => readSettingsSheet(gridFromRows("設定", rows), base);

describe("readSettingsSheet", () => {
  test("no settings sheet: the base, as a copy", () => {
    const base: Settings = { ...DEFAULT_SETTINGS, areas: ["Ⅰ"] };
    const r = readSettingsSheet(null, base);
    expect(r).toEqual({ settings: base, findings: [] });
    expect(r.settings).not.toBe(base);
    expect(r.settings.areas).not.toBe(base.areas);
  });

  test("the keys of the contract, in Japanese", () => {
    const r = read([
      ["設定"],
      ["計画名", " 第２次行財政再構築プラン "],
      ["対象年度", "平成26年度"],
      ["時点", "年度末"],
      ["S判定の余裕", 0.25],
      ["言語", "日本語"],
      ["分野", "Ⅰ 地域協働の推進"],
      [null, "Ⅱ 情報の共有と双方向のコミュニケーション"],
      [null, "Ⅲ ＰＤＣＡサイクルの構築"],
      [],
      [null, "これは分野ではない"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.settings).toEqual({
      plan: "第２次行財政再構築プラン",
      fiscalYear: 2014,
      point: "yearEnd",
      sMargin: 0.25,
      areas: ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有と双方向のコミュニケーション", "Ⅲ ＰＤＣＡサイクルの構築"],
      lang: "ja",
    });
  });

  test("the English keys, in any case and spacing", () => {
    const r = read([
      ["PLAN", "Reform plan"],
      ["fiscal  year:", 2015],
      ["Point", "First half"],
      ["S margin", "30%"],
      ["Language", "English"],
      ["Areas", null],
      ["I Community", null],
      ["II Information", null],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.settings).toEqual({
      plan: "Reform plan",
      fiscalYear: 2015,
      point: "half",
      sMargin: 0.3,
      areas: ["I Community", "II Information"],
      lang: "en",
    });
  });

  test.each([
    ["令和6年度", 2024],
    ["令和元年度", 2019],
    ["2014", 2014],
    ["FY2016", 2016],
    ["平成２７年度", 2015],
  ])("対象年度 %s → %d", (text, year) => {
    expect(read([["対象年度", text]]).settings.fiscalYear).toBe(year);
  });

  test.each([
    ["上半期末", "half"],
    ["上半期", "half"],
    ["year end", "yearEnd"],
    ["年度末", "yearEnd"],
  ])("時点 %s → %s", (text, point) => {
    expect(read([["時点", text]], { ...DEFAULT_SETTINGS, point: point === "half" ? "yearEnd" : "half" }).settings.point).toBe(point);
  });

  test.each([
    [0.2, 0.2],
    ["0.2", 0.2],
    ["20%", 0.2],
    ["２０％", 0.2],
    [0, 0],
    [1, 1],
  ])("S判定の余裕 %j → %d", (value, margin) => {
    expect(read([["S判定の余裕", value]], { ...DEFAULT_SETTINGS, sMargin: 0.5 }).settings.sMargin).toBeCloseTo(margin, 12);
  });

  test("the first area may stand on the key row; the areas end at the next key; repeats are dropped", () => {
    const r = read([
      ["分野：", "Ⅰ 地域協働"],
      [null, "Ⅱ 情報"],
      [null, "Ⅰ 地域協働"],
      ["言語", "en"],
    ]);
    expect(r.settings.areas).toEqual(["Ⅰ 地域協働", "Ⅱ 情報"]);
    expect(r.settings.lang).toBe("en");
  });

  test("a key with a blank value unsets plan, fiscal year and areas, and keeps the rest", () => {
    const base: Settings = { plan: "x", fiscalYear: 2014, point: "half", sMargin: 0.3, areas: ["Ⅰ"], lang: "en" };
    const r = read([["計画名"], ["対象年度", ""], ["時点", null], ["S判定の余裕", " "], ["言語", null], ["分野"]], base);
    expect(r.findings).toEqual([]);
    expect(r.settings).toEqual({ ...base, plan: "", fiscalYear: null, areas: [] });
  });

  test("keys absent from the sheet keep the base value", () => {
    const base: Settings = { plan: "x", fiscalYear: 2014, point: "half", sMargin: 0.3, areas: ["Ⅰ"], lang: "en" };
    expect(read([["メモ", "何か"]], base)).toEqual({ settings: base, findings: [] });
  });

  test("unreadable values: invalid-setting warning at the value cell, base value kept", () => {
    const r = readSettingsSheet(
      gridFromRows(
        "設定",
        [
          ["対象年度", "来年"],
          ["時点", "月末"],
          ["S判定の余裕", 20],
          ["S判定の余裕", "多め"],
          ["言語", "fr"],
        ],
        { top: 2, left: 1 },
      ),
      DEFAULT_SETTINGS,
    );
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.findings).toEqual([
      { severity: "warning", code: "invalid-setting", cell: "設定!C3", params: { key: "対象年度", value: "来年" } },
      { severity: "warning", code: "invalid-setting", cell: "設定!C4", params: { key: "時点", value: "月末" } },
      { severity: "warning", code: "invalid-setting", cell: "設定!C5", params: { key: "S判定の余裕", value: "20" } },
      { severity: "warning", code: "invalid-setting", cell: "設定!C6", params: { key: "S判定の余裕", value: "多め" } },
      { severity: "warning", code: "invalid-setting", cell: "設定!C7", params: { key: "言語", value: "fr" } },
    ]);
  });

  test("a key given twice: the later row wins", () => {
    expect(read([["計画名", "a"], ["計画名", "b"]]).settings.plan).toBe("b");
  });

  test("neither the grid nor the base is changed", () => {
    const rows: CellValue[][] = [["計画名", "a"], ["分野", "Ⅰ"], [null, "Ⅱ"]];
    const grid = deepFreeze(gridFromRows("設定", rows));
    const base = deepFreeze({ ...DEFAULT_SETTINGS, areas: ["x"] });
    const r = readSettingsSheet(grid, base);
    expect(r.settings.areas).toEqual(["Ⅰ", "Ⅱ"]);
    expect(base.areas).toEqual(["x"]);
  });
});

describe("writeSettingsRows", () => {
  test("Japanese keys, 分野 last with one area per row", () => {
    const s: Settings = { plan: "第２次行財政再構築プラン", fiscalYear: 2014, point: "yearEnd", sMargin: 0.2, areas: ["Ⅰ 地域協働の推進", "Ⅱ 情報"], lang: "ja" };
    expect(writeSettingsRows(s, "ja")).toEqual([
      ["計画名", "第２次行財政再構築プラン"],
      ["対象年度", "平成26年度"],
      ["時点", "年度末"],
      ["S判定の余裕", 0.2],
      ["言語", "ja"],
      ["分野", ""],
      ["", "Ⅰ 地域協働の推進"],
      ["", "Ⅱ 情報"],
    ]);
  });

  test("English keys", () => {
    const s: Settings = { ...DEFAULT_SETTINGS, fiscalYear: 2024, point: "half", lang: "en" };
    expect(writeSettingsRows(s, "en")).toEqual([
      ["Plan", ""],
      ["Fiscal year", "FY2024"],
      ["Point", "first half"],
      ["S margin", 0.2],
      ["Language", "en"],
      ["Areas", ""],
    ]);
  });

  const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== "");
  const settings: fc.Arbitrary<Settings> = fc.record({
    plan: fc.oneof(fc.constant(""), text),
    fiscalYear: fc.option(fc.integer({ min: 1870, max: 2200 })),
    point: fc.constantFrom("yearEnd" as const, "half" as const),
    sMargin: fc.double({ min: 0, max: 1, noNaN: true }),
    areas: fc.uniqueArray(text, { maxLength: 6 }),
    lang: fc.constantFrom("ja" as const, "en" as const),
  });

  test("what is written reads back as the same settings, in either language, over any base", () => {
    fc.assert(
      fc.property(settings, settings, fc.constantFrom("ja" as const, "en" as const), (s, base, lang) => {
        const r = readSettingsSheet(gridFromRows("設定", writeSettingsRows(s, lang)), base);
        expect(r.findings).toEqual([]);
        expect(r.settings).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});
