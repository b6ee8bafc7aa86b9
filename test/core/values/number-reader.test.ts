/**
 * One reader, many readings: nothing of one reading may carry into the next
 * (the engine reads a whole register with one reader).
 */
import { readNumber } from "../../../src/core/values/number";
import { findNumber } from "../../../src/core/values/number-find";
import { NumberReader } from "../../../src/core/values/number-reader";

const TEXTS = [
  "約220万件以上／年",
  "９，８５６人",
  "▲0.5%減",
  "12",
  "前年比5％以上",
  "人（３月末現在）",
  "¥1,000",
  "未集計",
  "27年度末までに策定",
  "1億2,000万円",
  "年間40回程度",
  "−",
  "3.5%",
  "H27年度 50%",
  "100事業者以上",
];

describe("NumberReader", () => {
  it("reads every text as a fresh readNumber / findNumber does, in any order", () => {
    const orders = [TEXTS, [...TEXTS].reverse(), TEXTS.flatMap((t, i) => [t, TEXTS[(i * 7) % TEXTS.length]])];
    for (const order of orders) {
      const reader = new NumberReader();
      for (const text of order) {
        expect(reader.read(text)).toEqual(readNumber(text));
        expect(reader.find(text)).toEqual(findNumber(text));
      }
    }
  });

  it("keeps no qualifier of the last reading: 以上 then a bare number", () => {
    const reader = new NumberReader();
    const first = reader.read("約220万件以上");
    expect(first.ok && first.qualifiers).toMatchObject({ approximate: true, bound: "atLeast" });
    const second = reader.read("12");
    expect(second).toEqual({ ...readNumber("12") });
    expect(second.ok && second.qualifiers).toBeNull();
  });
});
