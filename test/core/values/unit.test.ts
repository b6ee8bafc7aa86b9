import { canonicalUnit, isPercentUnit, sameUnit, toBaseUnit, unitScale, unitsDiffer } from "../../../src/core/values/unit";

describe("units", () => {
  test.each([
    ["件", "件"],
    ["％", "%"],
    ["%", "%"],
    ["パーセント", "%"],
    ["ポイント", "%"],
    ["ﾎﾟｲﾝﾄ", "%"],
    ["pt", "%"],
    ["名", "人"],
    ["人", "人"],
    ["箇所", "か所"],
    ["カ所", "か所"],
    ["ヶ所", "か所"],
    ["ｹ所", "か所"],
    ["ヶ月", "か月"],
    ["千円", "円"],
    ["百万円", "円"],
    ["万人", "人"],
    ["件/年", "件"],
    ["件／年度", "件"],
    ["ＫＭ", "km"],
    ["㎡", "m2"],
    [" 団 体 ", "団体"],
    ["千", "千"],
    ["", ""],
  ])("canonicalUnit(%s) = %s", (unit, canonical) => {
    expect(canonicalUnit(unit)).toBe(canonical);
  });

  test("sameUnit: 千円 and 円 are the same unit; 件 and 人 are not", () => {
    expect(sameUnit("千円", "円")).toBe(true);
    expect(sameUnit("％", "%")).toBe(true);
    expect(sameUnit("%", "ポイント")).toBe(true);
    expect(sameUnit("名", "人")).toBe(true);
    expect(sameUnit("件", "人")).toBe(false);
    expect(sameUnit("団体", "人")).toBe(false);
    expect(sameUnit(null, null)).toBe(true);
    expect(sameUnit(null, "件")).toBe(false);
  });

  test("unitsDiffer: 71件 against 41人 differ; a missing unit is no mismatch", () => {
    expect(unitsDiffer("件", "人")).toBe(true);
    expect(unitsDiffer("件", "件/年")).toBe(false);
    expect(unitsDiffer("千円", "円")).toBe(false);
    expect(unitsDiffer(null, "人")).toBe(false);
    expect(unitsDiffer("人", null)).toBe(false);
    expect(unitsDiffer("", "人")).toBe(false);
  });

  test("unitScale reads a unit column's scale", () => {
    expect(unitScale("千円")).toEqual({ factor: 1000, unit: "円" });
    expect(unitScale("万人")).toEqual({ factor: 10000, unit: "人" });
    expect(unitScale("百万円")).toEqual({ factor: 1e6, unit: "円" });
    expect(unitScale("億円")).toEqual({ factor: 1e8, unit: "円" });
    expect(unitScale("件")).toEqual({ factor: 1, unit: "件" });
    expect(unitScale("千")).toEqual({ factor: 1000, unit: null });
    expect(unitScale("  ")).toBeNull();
    expect(unitScale(null)).toBeNull();
  });

  test("toBaseUnit brings a scaled value to the base unit", () => {
    expect(toBaseUnit(1200, "千円")).toEqual({ value: 1_200_000, unit: "円" });
    expect(toBaseUnit(1.5, "万人")).toEqual({ value: 15_000, unit: "人" });
    expect(toBaseUnit(0.1, "万円")).toEqual({ value: 1000, unit: "円" });
    expect(toBaseUnit(5, "件")).toEqual({ value: 5, unit: "件" });
    expect(toBaseUnit(5, null)).toEqual({ value: 5, unit: null });
  });

  test("isPercentUnit", () => {
    expect(isPercentUnit("%")).toBe(true);
    expect(isPercentUnit("％")).toBe(true);
    expect(isPercentUnit("ポイント")).toBe(true);
    expect(isPercentUnit("件")).toBe(false);
    expect(isPercentUnit(null)).toBe(false);
  });
});
