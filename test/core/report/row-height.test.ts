import {
  estimateRowHeight,
  heightForLines,
  LINE_HEIGHT,
  MAX_ROW_HEIGHT,
  ROW_PADDING,
  textWidth,
  wrappedLines,
  wrappedRowHeight,
} from "../../../src/core/report/row-height";

describe("textWidth", () => {
  it("counts Japanese and full-width characters as two units, ASCII as one", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("進捗")).toBe(4);
    expect(textWidth("９，８５６人")).toBe(12);
    expect(textWidth("ｱｲ")).toBe(2); // half-width katakana are narrow
    expect(textWidth("Ⅰ ①※")).toBe(7); // symbols Japanese fonts draw full width
    expect(textWidth("𠮷")).toBe(2); // a surrogate pair is one wide character
  });
});

describe("wrappedLines", () => {
  it("is one line for text that fits and for empty text", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("abc", 10)).toBe(1);
  });

  it("wraps Japanese text at about half the column width in characters", () => {
    // 20 kanji = 40 units in a 20-wide column (19 usable) → 3 lines.
    expect(wrappedLines("漢".repeat(20), 20)).toBe(3);
    expect(wrappedLines("漢".repeat(9), 20)).toBe(1);
    expect(wrappedLines("漢".repeat(10), 20)).toBe(2);
  });

  it("counts explicit line breaks, blank lines included", () => {
    expect(wrappedLines("【要因】\n理由\n\n【今後の対応】\n対応", 40)).toBe(5);
  });
});

describe("estimateRowHeight", () => {
  it("is one line for short texts", () => {
    expect(estimateRowHeight(["a", 12, null], [10, 10, 10])).toBe(LINE_HEIGHT + ROW_PADDING);
  });

  it("follows the tallest cell of the row", () => {
    const long = "漢".repeat(60); // 120 units in a 31-usable column → 4 lines
    expect(estimateRowHeight(["短い", long], [10, 32])).toBe(4 * LINE_HEIGHT + ROW_PADDING);
  });

  it("grows with the text and shrinks with the width", () => {
    const text = "市民の学習及び交流の機会を提供する事業として学習会及び交流会を年4回開催する。".repeat(3);
    expect(estimateRowHeight([text], [20])).toBeGreaterThan(estimateRowHeight([text], [60]));
    expect(estimateRowHeight([text + text], [40])).toBeGreaterThan(estimateRowHeight([text], [40]));
  });

  it("never exceeds Excel's 409 points", () => {
    expect(estimateRowHeight(["漢".repeat(10000)], [10])).toBe(MAX_ROW_HEIGHT);
  });

  it("takes a line height for larger fonts", () => {
    expect(estimateRowHeight(["x"], [10], 20)).toBe(heightForLines(1, 20));
  });
});

describe("wrappedRowHeight", () => {
  it("is null (automatic) when every text fits on one line", () => {
    expect(wrappedRowHeight(["No", "項目名"], [6, 20])).toBeNull();
  });

  it("is the estimate when a text wraps", () => {
    expect(wrappedRowHeight(["a\nb"], [10])).toBe(2 * LINE_HEIGHT + ROW_PADDING);
  });
});
