/**
 * Other cities' plans (issue 11, contract §9): a Kizugawa-shaped register on
 * S/A/B/C with items not rated and R1-x numbers, a Sado-shaped self-rated one
 * on A–E. Registers built to the printed figures (test/helpers/scale-registers.ts).
 */
import { runEngine } from "../../../src/core/run";
import { resultJson } from "../../../src/core/result-json";
import { gridFromRows } from "../../helpers/grid";
import { KIZUGAWA_TOTALS, kizugawaExpected, kizugawaRows, kizugawaSettings, sadoRows, sadoSettings } from "../../helpers/scale-registers";

describe("Kizugawa-shaped register: S/A/B/C and not rated", () => {
  const r = runEngine({ register: gridFromRows("取組一覧", kizugawaRows()), settingsSheet: gridFromRows("設定", kizugawaSettings()) });
  const json = resultJson(r.evaluation, "ja");

  test("no error; the report is written", () => {
    expect(r.evaluation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.report).not.toBeNull();
  });

  test("in total S/A/B/C/not-rated 0/46/48/5/13 of 112, as printed", () => {
    const { S, A, B, C, notRated, total } = KIZUGAWA_TOTALS;
    expect(json.total).toBe(total);
    expect(json.totals).toEqual({ S, A, B, C, notRated });
  });

  test("per area as built", () => {
    expect(json.tally.map((t) => [t.area, t.items, t.S, t.A, t.B, t.C, t.notRated])).toEqual(kizugawaExpected());
  });

  test("the sentence with both bases and the shares 46.5 / 48.5 / 5.1, and the rounding note under 表１", () => {
    const summary = r.report!.sheets.find((s) => s.key === "summary")!;
    const sentence = String(summary.rows.row(2)[0]);
    expect(sentence).toContain("全行動計画項目 112 項目、評価対象 99 項目（対象外・未評価 13 項目）のうち、");
    expect(sentence).toContain("0 項目（0.0%）が「特に良好に進捗」、46 項目（46.5%）が「良好に進捗」、48 項目（48.5%）が「概ね進捗」、5 項目（5.1%）が「進捗に課題あり」");
    expect(summary.rows.row(5)).toEqual(["分野", "特に良好に進捗（S）", "良好に進捗（A）", "概ね進捗（B）", "進捗に課題あり（C）", "対象外・未評価"]);
    const last = summary.rows.length - 1;
    expect(summary.rows.row(last - 1)).toEqual(["計", 0, 46, 48, 5, 13]);
    expect(summary.rows.row(last)[0]).toBe("※割合は小数点以下第2位を四捨五入しているため、合計が100にならない場合があります。");
  });

  test("C, not B, is behind: 参考２ lists the 5 C items under its label", () => {
    expect(json.delayed).toHaveLength(5);
    const delayed = r.report!.sheets.find((s) => s.key === "delayed")!;
    expect(delayed.rows.row(0)[0]).toBe("【参考２】「進捗に課題あり」の取組一覧（5項目）");
  });

  test("R1-1 … R1-5 keep their numbers and the register's order, at the end of their area", () => {
    const nos = json.items.map((i) => i.no);
    expect(nos.slice(-5)).toEqual(["R1-1", "R1-2", "R1-3", "R1-4", "R1-5"]);
    expect(json.items.slice(-5).map((i) => i.rating)).toEqual(["A", "B", "B", "A", "C"]);
  });

  test("--json gives the scale and the method", () => {
    expect(json.scale).toEqual([
      { code: "S", label: "特に良好に進捗", threshold: 120, behind: false },
      { code: "A", label: "良好に進捗", threshold: 100, behind: false },
      { code: "B", label: "概ね進捗", threshold: 80, behind: false },
      { code: "C", label: "進捗に課題あり", threshold: null, behind: true },
    ]);
    expect(json.method).toBe("auto");
  });
});

describe("Sado-shaped register: A–E, self-rated", () => {
  const r = runEngine({ register: gridFromRows("取組一覧", sadoRows()), settingsSheet: gridFromRows("設定", sadoSettings()) });
  const json = resultJson(r.evaluation, "ja");
  const unsupported = r.evaluation.findings.filter((f) => f.code === "self-rating-unsupported");

  test("flags the two self-ratings the numbers do not support, at their 自己評価 cells, and no supported one", () => {
    expect(unsupported.map((f) => [f.cell, f.params])).toEqual([
      ["取組一覧!H2", { no: "1", self: "A", computed: "C" }],
      ["取組一覧!H4", { no: "3", self: "A", computed: "C" }],
    ]);
    expect(r.evaluation.findings.filter((f) => f.code === "self-rating-mismatch")).toEqual([]);
  });

  test("the self ratings are tallied; the automatic rating stands beside them", () => {
    expect(json.method).toBe("self");
    expect(json.items.map((i) => [i.no, i.rating, i.computed])).toEqual([
      [1, "A", "C"],
      [2, "B", "B"],
      [3, "A", "C"],
      [4, "A", "A"],
      [5, "D", "D"],
    ]);
    expect(json.totals).toEqual({ A: 3, B: 1, C: 0, D: 1, E: 0, notRated: 0 });
  });

  test("a self-rated item without a rating is an error at its cell; one not rated needs none", () => {
    const rows = sadoRows();
    rows[2][7] = null;
    rows[3][3] = "対象外";
    rows[3][7] = null;
    const bad = runEngine({ register: gridFromRows("取組一覧", rows), settingsSheet: gridFromRows("設定", sadoSettings()) });
    expect(bad.evaluation.findings.filter((f) => f.code === "missing-self-rating").map((f) => [f.severity, f.cell])).toEqual([["error", "取組一覧!H3"]]);
    expect(bad.report).toBeNull();
  });

  test("a code outside the scale is an invalid-rating warning naming the scale's codes", () => {
    const rows = sadoRows();
    rows[2][7] = "S";
    const odd = runEngine({ register: gridFromRows("取組一覧", rows), settingsSheet: gridFromRows("設定", sadoSettings()) });
    const f = odd.evaluation.findings.find((x) => x.code === "invalid-rating");
    expect(f?.params).toEqual({ field: "selfRating", value: "S", codes: "A・B・C・D・E" });
  });
});
