import fc from "fast-check";
import { findNumber } from "../../../src/core/values/number-find";
import { findNumber as findNumberFromNumber } from "../../../src/core/values/number";

describe("findNumber — the first number in a longer text", () => {
  test.each([
    // text, value, unit, the matched text
    ["前年比5％以上", 5, "%", "5％以上"],
    ["前年度比10%増", 10, "%", "10%増"],
    ["アクセス件数： (目標) 220万件以上／年", 2_200_000, "件", "220万件以上／年"],
    ["年間１００人以上", 100, "人", "年間１００人以上"],
    ["99団体以上", 99, "団体", "99団体以上"],
    ["3件以下", 3, "件", "3件以下"],
    ["1,000万円未満", 10_000_000, "円", "1,000万円未満"],
    ["95%", 95, "%", "95%"],
    ["目標 約1.5万人", 15_000, "人", "約1.5万人"],
    ["前年比▲5%", -5, "%", "▲5%"],
    ["5人の職員", 5, "人", "5人"],
    ["ｱｸｾｽ１００ﾎﾟｲﾝﾄ以上", 100, "ポイント", "１００ﾎﾟｲﾝﾄ以上"],
    ["計 42 件", 42, "件", "42 件"],
  ])("%s → %d %s", (text, value, unit, matched) => {
    const f = findNumber(text);
    expect(f).not.toBeNull();
    expect(f!.reading.value).toBe(value);
    expect(f!.reading.unit).toBe(unit);
    expect(text.slice(f!.start, f!.end)).toBe(matched);
  });

  test("qualifiers are reported", () => {
    expect(findNumber("前年比5％以上")!.reading.qualifiers).toMatchObject({ bound: "atLeast" });
    expect(findNumber("前年度比10%増")!.reading.qualifiers).toMatchObject({ change: "increase" });
    expect(findNumber("220万件以上／年")!.reading.qualifiers).toMatchObject({ bound: "atLeast", perYear: true });
    expect(findNumber("1,000万円未満")!.reading.qualifiers).toMatchObject({ bound: "below" });
    expect(findNumber("95%")!.reading.qualifiers).toBeNull();
  });

  test("fiscal years, dates and ordinals are not quantities", () => {
    expect(findNumber("27年度末までに策定")).toBeNull();
    expect(findNumber("令和7年度末までに策定")).toBeNull();
    expect(findNumber("（目標）（27年度末までに）策定")).toBeNull();
    expect(findNumber("H27年度")).toBeNull();
    expect(findNumber("FY2015")).toBeNull();
    expect(findNumber("2026年3月31日までに")).toBeNull();
    expect(findNumber("2026/3/31までに")).toBeNull();
    expect(findNumber("R7.3.31")).toBeNull();
    expect(findNumber("第2次計画")).toBeNull();
    expect(findNumber("前年度末の加入率を維持")).toBeNull();
    expect(findNumber("維持")).toBeNull();
    expect(findNumber("27年度末までに100件")!.reading.value).toBe(100);
    expect(findNumber("2026/3/31までに5件")!.reading).toMatchObject({ value: 5, unit: "件" });
  });

  test("a hyphen between letters or digits is no minus", () => {
    expect(findNumber("A-1地区で5件")!.reading.value).toBe(1);
    expect(findNumber("A-1地区で5件")!.reading.value).toBeGreaterThan(0);
    expect(findNumber("目標 -5%")!.reading.value).toBe(-5);
  });

  test("search from an offset finds the next number", () => {
    const text = "5件、10人";
    const first = findNumber(text)!;
    expect(first.reading).toMatchObject({ value: 5, unit: "件" });
    const second = findNumber(text, first.end)!;
    expect(second.reading).toMatchObject({ value: 10, unit: "人" });
    expect(findNumber(text, second.end)).toBeNull();
  });

  test("offsets are into the text as given, also when NFKC changes lengths", () => {
    const text = "㍻27年度の目標は１２，３４５件";
    const f = findNumber(text)!;
    expect(f.reading.value).toBe(12345);
    expect(text.slice(f.start, f.end)).toBe("１２，３４５件");
  });

  test("number.ts re-exports findNumber", () => {
    expect(findNumberFromNumber).toBe(findNumber);
  });

  test("property: a number written inside filler text is found with its offsets", () => {
    const filler = fc.constantFrom("", "目標：", "アクセス件数 ", "（目標）", "前年比", "概要 ");
    const after = fc.constantFrom("", "を目指す", "。", " とする");
    fc.assert(
      fc.property(filler, fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("件", "人", "%", "団体"), after, (pre, n, unit, post) => {
        const written = n.toLocaleString("en") + unit;
        const text = pre + written + post;
        const f = findNumber(text)!;
        expect(f.reading.value).toBe(n);
        expect(f.reading.unit).toBe(unit);
        expect(text.slice(f.start, f.end)).toBe(written);
      }),
    );
  });
});
