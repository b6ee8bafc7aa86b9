import { comparePeriods } from "../../../src/core/cycle/compare";
import { comparisonJson } from "../../../src/core/cycle/comparison-json";
import { periodResultOf } from "../../../src/core/cycle/period-items";
import { comparisonSentence, groupHeading } from "../../../src/core/cycle/sentence";
import type { PeriodItem, PeriodResult } from "../../../src/core/cycle/types";
import { runEngine } from "../../../src/core/run";
import { FOUR_LEVELS, SEED_LEVELS } from "../../../src/core/settings/scale";
import { gridFromRows } from "../../helpers/grid";

/** Nanto's A 前進 / B 現状維持 / C 後退 / D 未着手. */
const NANTO = {
  levels: [
    { code: "A", label: "前進", threshold: 100, behind: false },
    { code: "B", label: "現状維持", threshold: 80, behind: false },
    { code: "C", label: "後退", threshold: 50, behind: true },
    { code: "D", label: "未着手", threshold: null, behind: true },
  ],
};

/**
 * 83 items, areas by No. (1–20 Ⅰ, 21–50 Ⅱ, 51–83 Ⅲ). 平成26年度末: D 82, 83;
 * C 10, 20, 30, 40, 50 and 43, 55; B 11–13, 15–19, 21–25 and 1, 7, 14, 70, 76,
 * 77, 46, 78; A the rest (38, 47 among them) — 53/21/7/2. 平成27年度末 moves
 * exactly the twelve published items: A←B 1, 7, 14, 70, 76, 77; A←C 43, 55;
 * C←A 38, 47; C←B 46, 78 — 59/13/9/2.
 */
function nantoPair(): { h26: PeriodResult; h27: PeriodResult } {
  const D = [82, 83];
  const C = [10, 20, 30, 40, 50, 43, 55];
  const B = [11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 1, 7, 14, 70, 76, 77, 46, 78];
  const moves = new Map<number, string>([
    ...[1, 7, 14, 70, 76, 77, 43, 55].map((n) => [n, "A"] as [number, string]),
    ...[38, 47, 46, 78].map((n) => [n, "C"] as [number, string]),
  ]);
  const area = (n: number) => (n <= 20 ? "Ⅰ 行政運営" : n <= 50 ? "Ⅱ 財政運営" : "Ⅲ 組織");
  const before = (n: number) => (D.includes(n) ? "D" : C.includes(n) ? "C" : B.includes(n) ? "B" : "A");
  const nos = Array.from({ length: 83 }, (_, i) => i + 1);
  const item = (n: number, level: string): PeriodItem => ({ no: String(n), name: `改革事項${n}`, area: area(n), level });
  return {
    h26: { period: "平成26年度末", items: nos.map((n) => item(n, before(n))) },
    h27: { period: "平成27年度末", items: nos.map((n) => item(n, moves.get(n) ?? before(n))) },
  };
}

describe("Nanto-shaped pair: 平成27年度末 against 平成26年度末 (contract §10)", () => {
  const { h26, h27 } = nantoPair();
  const c = comparePeriods(NANTO, h27, h26);

  test("totals per level: 59/13/9/2 against 53/21/7/2, with 増減", () => {
    expect(c.codes).toEqual(["A", "B", "C", "D"]);
    expect(c.totals.current).toEqual({ counts: [59, 13, 9, 2], notRated: 0 });
    expect(c.totals.previous).toEqual({ counts: [53, 21, 7, 2], notRated: 0 });
    expect(c.totals.change).toEqual({ counts: [6, -8, 2, 0], notRated: 0 });
  });

  test("per area, in this period's order", () => {
    expect(c.areas.map((a) => a.area)).toEqual(["Ⅰ 行政運営", "Ⅱ 財政運営", "Ⅲ 組織"]);
    // Ⅰ (No1–20): 1, 7, 14 went A←B; B 11–13, 15–19 and C 10, 20 stayed.
    expect(c.areas[0].previous.counts).toEqual([7, 11, 2, 0]);
    expect(c.areas[0].current.counts).toEqual([10, 8, 2, 0]);
    expect(c.areas[0].change.counts).toEqual([3, -3, 0, 0]);
  });

  test("improved 8, worsened 4", () => {
    expect([c.improved, c.worsened]).toEqual([8, 4]);
  });

  test("exactly the twelve changed items, grouped A←B, A←C, C←A, C←B in scale order", () => {
    expect(c.groups.map((g) => [`${g.to}←${g.from}`, g.items.map((i) => i.no)])).toEqual([
      ["A←B", ["1", "7", "14", "70", "76", "77"]],
      ["A←C", ["43", "55"]],
      ["C←A", ["38", "47"]],
      ["C←B", ["46", "78"]],
    ]);
    expect(c.changed).toHaveLength(12);
    expect(c.groups[0].items[0]).toEqual({ no: "1", name: "改革事項1" });
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
  });

  test("--json comparison", () => {
    const json = comparisonJson(c);
    expect(json.previousPeriod).toBe("平成26年度末");
    expect(json.previous.totals).toEqual({ A: 53, B: 21, C: 7, D: 2, notRated: 0 });
    expect([json.improved, json.worsened]).toEqual([8, 4]);
    expect(json.changed.slice(0, 2)).toEqual([
      { no: "1", from: "B", to: "A" },
      { no: "7", from: "B", to: "A" },
    ]);
    expect(json.changed.find((x) => x.no === "38")).toEqual({ no: "38", from: "A", to: "C" });
    expect(json.added).toEqual([]);
    expect(json.removed).toEqual([]);
  });

  test("the sentence in Japanese (half- and full-width) and English; the group headings", () => {
    expect(comparisonSentence(c, { lang: "ja" })).toBe("平成26年度末に比べて良くなった項目が 8 項目、悪くなった項目が 4 項目となりました。");
    expect(comparisonSentence(c, { lang: "ja", digits: "full" })).toBe("平成26年度末に比べて良くなった項目が８項目、悪くなった項目が４項目となりました。");
    expect(comparisonSentence({ ...c, previousPeriod: "" }, { lang: "ja" })).toBe("前回に比べて良くなった項目が 8 項目、悪くなった項目が 4 項目となりました。");
    expect(comparisonSentence({ ...c, previousPeriod: "FY2014 year end" }, { lang: "en" })).toBe(
      "Compared with FY2014 year end, 8 items improved and 4 items worsened.",
    );
    expect(c.groups.map((g) => groupHeading(g, { lang: "ja" }))).toEqual(["A←B（6 件）", "A←C（2 件）", "C←A（2 件）", "C←B（2 件）"]);
  });
});

describe("Kizugawa-shaped pair: 令和2年度末 against 令和元年度末 (S/A/B/C + 対象外)", () => {
  const item = (no: string, area: string, level: string | null): PeriodItem => ({ no, name: `取組${no}`, area, level });
  const r1: PeriodResult = {
    period: "令和元年度末",
    items: [
      item("1", "1 行財政", "A"),
      item("2", "1 行財政", "B"),
      item("3", "1 行財政", "C"),
      item("4", "2 人材", "S"),
      item("5", "2 人材", null),
      item("R1-1", "2 人材", "B"),
      item("R1-2", "2 人材", "A"),
    ],
  };
  const r2: PeriodResult = {
    period: "令和2年度末",
    items: [
      item("1", "1 行財政", "S"),
      item("2", "1 行財政", "B"),
      item("3", "1 行財政", "B"),
      item("R2-1", "1 行財政", "A"),
      item("R2-2", "1 行財政", null),
      item("4", "2 人材", "A"),
      item("5", "2 人材", "A"),
      item("R1-1", "2 人材", "C"),
      item("R1-2", "2 人材", null),
      item("R2-3", "2 人材", "B"),
      item("R2-4", "2 人材", "S"),
    ],
  };
  const c = comparePeriods({ levels: FOUR_LEVELS }, r2, r1);

  test("the four added items in register order; none removed", () => {
    expect(c.added.map((i) => i.no)).toEqual(["R2-1", "R2-2", "R2-3", "R2-4"]);
    expect(c.removed).toEqual([]);
  });

  test("every level change, to and from 対象外 included, with text Nos", () => {
    expect(c.changed.map((x) => [x.no, x.from, x.to])).toEqual([
      ["1", "A", "S"],
      ["3", "C", "B"],
      ["4", "S", "A"],
      ["5", null, "A"],
      ["R1-1", "B", "C"],
      ["R1-2", "A", null],
    ]);
    // Into or out of 対象外 is a change, neither better nor worse.
    expect([c.improved, c.worsened]).toEqual([2, 2]);
    expect(c.groups.map((g) => groupHeading(g, { lang: "ja" }))).toEqual([
      "S←A（1 件）",
      "A←S（1 件）",
      "A←対象外・未評価（1 件）",
      "B←C（1 件）",
      "C←B（1 件）",
      "対象外・未評価←A（1 件）",
    ]);
  });

  test("not rated is its own column, per area and in total", () => {
    expect(c.totals.previous).toEqual({ counts: [1, 2, 2, 1], notRated: 1 });
    expect(c.totals.current).toEqual({ counts: [2, 3, 3, 1], notRated: 2 });
    expect(c.totals.change).toEqual({ counts: [1, 1, 1, 0], notRated: 1 });
    expect(c.areas[1]).toMatchObject({ area: "2 人材", current: { counts: [1, 2, 1, 1], notRated: 1 }, previous: { counts: [1, 1, 1, 0], notRated: 1 } });
    expect(comparisonJson(c).previous.totals).toEqual({ S: 1, A: 2, B: 2, C: 1, notRated: 1 });
  });
});

describe("edge cases", () => {
  const item = (no: string, level: string | null, area = "Ⅰ 地域", relistOf: string | null = null): PeriodItem => ({ no, name: `n${no}`, area, level, relistOf });
  const seed = { levels: SEED_LEVELS };

  test("an empty previous period: every item added, previous totals zero, nothing improved", () => {
    const c = comparePeriods(seed, { period: "p2", items: [item("1", "S"), item("2", null)] }, { period: "", items: [] });
    expect(c.added.map((i) => i.no)).toEqual(["1", "2"]);
    expect(c.totals.previous).toEqual({ counts: [0, 0, 0], notRated: 0 });
    expect(c.totals.change).toEqual({ counts: [1, 0, 0], notRated: 1 });
    expect([c.improved, c.worsened, c.changed.length]).toEqual([0, 0, 0]);
  });

  test("removed items in the previous register's order; an area only the previous period had keeps its row", () => {
    const c = comparePeriods(
      seed,
      { period: "p2", items: [item("2", "A")] },
      { period: "p1", items: [item("3", "B", "Ⅱ 財政"), item("2", "A"), item("1", "S")] },
    );
    expect(c.removed.map((i) => i.no)).toEqual(["3", "1"]);
    expect(c.areas.map((a) => [a.area, a.current.counts, a.previous.counts])).toEqual([
      ["Ⅰ 地域", [0, 1, 0], [1, 1, 0]],
      ["Ⅱ 財政", [0, 0, 0], [0, 0, 1]],
    ]);
  });

  test("an item becoming not rated is listed but neither improved nor worsened", () => {
    const c = comparePeriods(seed, { period: "p2", items: [item("1", null)] }, { period: "p1", items: [item("1", "B")] });
    expect(c.changed).toEqual([{ no: "1", name: "n1", from: "B", to: null }]);
    expect([c.improved, c.worsened]).toEqual([0, 0]);
  });

  test("a re-listed entry (再掲) counts in its area's tally but its item is compared once", () => {
    const c = comparePeriods(
      seed,
      { period: "p2", items: [item("1", "S"), item("1", "S", "Ⅱ 財政", "1")] },
      { period: "p1", items: [item("1", "B"), item("1", "B", "Ⅱ 財政", "1")] },
    );
    expect(c.totals.current.counts).toEqual([2, 0, 0]);
    expect(c.changed.map((x) => x.no)).toEqual(["1"]);
    expect([c.improved, c.added.length, c.removed.length]).toEqual([1, 0, 0]);
  });

  test("areas written with other spacing are one area; a code not on the scale counts as not rated", () => {
    const c = comparePeriods(seed, { period: "p2", items: [item("1", "A", "Ⅰ　地域")] }, { period: "p1", items: [item("1", "X", "Ⅰ 地域")] });
    expect(c.areas).toHaveLength(1);
    expect(c.areas[0].area).toBe("Ⅰ　地域");
    expect(c.totals.previous).toEqual({ counts: [0, 0, 0], notRated: 1 });
    expect(c.changed).toEqual([{ no: "1", name: "n1", from: null, to: "A" }]);
  });
});

describe("a period's result from the engine (periodResultOf)", () => {
  const header = ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応"];
  const run = (fiscalYear: number, rows: (string | number | null)[][]) =>
    runEngine({ register: gridFromRows("取組一覧", [header, ...rows]), settingsSheet: null, overrides: { fiscalYear } });

  test("two registers compared: levels as the tally counts them, not rated as null, No. as text", () => {
    const before = periodResultOf(
      run(2019, [
        [1, "Ⅰ 協働", "a", "予定どおり", null, null],
        [2, "Ⅰ 協働", "b", "遅れ", "x", "y"],
        [3, "Ⅱ 財政", "c", "予定以上", null, null],
      ]).evaluation,
    ).items;
    const r2 = run(2020, [
      [1, "Ⅰ 協働", "a", "予定以上", null, null],
      [2, "Ⅰ 協働", "b", "予定どおり", null, null],
      [3, "Ⅱ 財政", "c", "対象外", null, null],
      ["3-1", "Ⅱ 財政", "d", "予定どおり", null, null],
    ]);
    const now = periodResultOf(r2.evaluation);
    expect(now.items.map((i) => [i.no, i.area, i.level])).toEqual([
      ["1", "Ⅰ 協働", "S"],
      ["2", "Ⅰ 協働", "A"],
      ["3", "Ⅱ 財政", null],
      ["3-1", "Ⅱ 財政", "A"],
    ]);
    const c = comparePeriods({ levels: SEED_LEVELS }, now, { period: "2019", items: before });
    expect([c.improved, c.worsened]).toEqual([2, 0]);
    expect(c.added.map((i) => i.no)).toEqual(["3-1"]);
    expect(c.changed.map((x) => [x.no, x.from, x.to])).toEqual([["1", "A", "S"], ["2", "B", "A"], ["3", "S", null]]);
    expect(c.period).toBe(r2.evaluation.period);
  });
});
