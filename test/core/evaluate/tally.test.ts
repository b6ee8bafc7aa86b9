/** 【表１】 areas in order and the counts per area (§2 settings 分野, §7). */
import { romanRank } from "../../../src/core/evaluate/area-order";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { addressAt, registerOf, type ItemSpec } from "../../helpers/register";
import { findingOf, seedSettings } from "./support";

function entry(no: string, area: string, schedule = "予定どおり"): ItemSpec {
  return { no, area, name: "取組" + no, schedule, cause: "要因", nextSteps: "対応" };
}

describe("area order", () => {
  test("without settings areas: by leading Roman numeral, written as Ⅰ…Ⅻ, I…X or full-width", () => {
    const e = evaluate(
      registerOf([
        entry("1", "Ⅲ ＰＤＣＡサイクルの構築"),
        entry("2", "Ⅰ 地域協働の推進"),
        entry("3", "V 執行体制の再構築"),
        entry("4", "ＩＶ 財政基盤の強化"),
        entry("5", "Ⅱ 情報の共有"),
      ]),
      seedSettings(),
    );
    expect(e.tally.map((t) => t.area)).toEqual([
      "Ⅰ 地域協働の推進",
      "Ⅱ 情報の共有",
      "Ⅲ ＰＤＣＡサイクルの構築",
      "ＩＶ 財政基盤の強化",
      "V 執行体制の再構築",
    ]);
    expect(e.items.map((i) => i.no)).toEqual([2, 5, 1, 4, 3]);
  });

  test("Ⅸ comes before Ⅹ and Ⅺ (not text order)", () => {
    const e = evaluate(registerOf([entry("1", "Ⅺ 十一"), entry("2", "Ⅹ 十"), entry("3", "Ⅸ 九")]), seedSettings());
    expect(e.tally.map((t) => t.area)).toEqual(["Ⅸ 九", "Ⅹ 十", "Ⅺ 十一"]);
  });

  test("areas without a numeral come after, in first appearance; the same area written with other spaces is one area", () => {
    const e = evaluate(
      registerOf([entry("1", "その他"), entry("2", "IT推進"), entry("3", "Ⅱ 情報"), entry("4", "Ⅱ　情報")]),
      seedSettings(),
    );
    expect(e.tally.map((t) => [t.area, t.items])).toEqual([
      ["Ⅱ 情報", 2],
      ["その他", 1],
      ["IT推進", 1],
    ]);
    expect(e.items.map((i) => i.area)).toEqual(["Ⅱ 情報", "Ⅱ 情報", "その他", "IT推進"]);
  });

  test("romanRank reads canonical numerals only", () => {
    expect(romanRank("Ⅳ 財政")).toBe(4);
    expect(romanRank("iv 財政")).toBe(4);
    expect(romanRank("IIII 財政")).toBeNull();
    expect(romanRank("VISION")).toBeNull();
    expect(romanRank("地域")).toBeNull();
  });

  test("with settings areas: in their order, empty ones kept with zeros, unknown areas appended with an unknown-area warning", () => {
    const e = evaluate(
      registerOf([entry("1", "Ⅰ 地域協働の推進"), entry("2", "Ⅸ 新分野"), entry("3", "Ⅱ 情報の共有")]),
      seedSettings({ areas: ["Ⅱ 情報の共有", "Ⅰ　地域協働の推進", "Ⅲ ＰＤＣＡ"] }),
    );
    expect(e.tally.map((t) => [t.area, t.items])).toEqual([
      ["Ⅱ 情報の共有", 1],
      ["Ⅰ　地域協働の推進", 1],
      ["Ⅲ ＰＤＣＡ", 0],
      ["Ⅸ 新分野", 1],
    ]);
    expect(e.items.map((i) => i.no)).toEqual([3, 1, 2]);
    // Entries carry their area as the tally names it, so the report can group them by it.
    expect(e.items.map((i) => i.area)).toEqual(["Ⅱ 情報の共有", "Ⅰ　地域協働の推進", "Ⅸ 新分野"]);
    expect(findingOf(e, "unknown-area")).toMatchObject({
      severity: "warning",
      cell: addressAt("area", 3),
      params: { area: "Ⅸ 新分野" },
    });
  });

  test("within an area, entries keep sheet order", () => {
    const e = evaluate(registerOf([entry("9", "Ⅱ 情報"), entry("3", "Ⅰ 地域"), entry("1", "Ⅱ 情報")]), seedSettings());
    expect(e.items.map((i) => i.no)).toEqual([3, 9, 1]);
  });
});

describe("tally", () => {
  test("per area S / A / B by rating; totals; the delayed list in report order", () => {
    const e = evaluate(
      registerOf([
        entry("1", "Ⅱ 情報", "予定以上"),
        entry("2", "Ⅰ 地域", "遅れ"),
        entry("3", "Ⅰ 地域", "予定どおり"),
        entry("4", "Ⅱ 情報", "遅れ"),
        entry("5", "Ⅰ 地域", "前倒し"),
      ]),
      seedSettings(),
    );
    expect(e.tally).toEqual([
      { area: "Ⅰ 地域", items: 3, S: 1, A: 1, B: 1 },
      { area: "Ⅱ 情報", items: 2, S: 1, A: 0, B: 1 },
    ]);
    expect(e.totals).toEqual({ S: 2, A: 1, B: 2 });
    expect(e.total).toBe(5);
    expect(e.delayed.map((i) => i.no)).toEqual([2, 4]);
  });

  test("an unrated entry counts in items but not in S / A / B", () => {
    const e = evaluate(registerOf([entry("1", "Ⅰ 地域", "???"), entry("2", "Ⅰ 地域")]), seedSettings());
    expect(e.tally).toEqual([{ area: "Ⅰ 地域", items: 2, S: 0, A: 1, B: 0 }]);
    expect(e.total).toBe(2);
  });
});
