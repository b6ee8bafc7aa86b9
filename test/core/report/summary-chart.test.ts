/**
 * The chart intent of 進捗集計 (issue 12): built from 表１'s own cells — the
 * area labels as categories, one series per counted column in the scale's
 * order named by its header cell, in the levels' colours (the pane's too) —
 * and placed under the table across its columns.
 */
import { tallyOnScale } from "../../../src/core/evaluate/scale-tally";
import type { Evaluation } from "../../../src/core/evaluate/types";
import { levelColours, NOT_RATED_COLOUR } from "../../../src/core/report/level-colours";
import { buildSummary } from "../../../src/core/report/summary";
import { chartRows, summaryChart } from "../../../src/core/report/summary-chart";
import type { Scale } from "../../../src/core/settings/scale";
import { SEED_LEVELS } from "../../../src/core/settings/scale";
import { paneTally } from "../../../src/taskpane/pane-tally";
import { paneStrings } from "../../../src/taskpane/strings";
import { evaluation, item, seedEvaluation } from "../../helpers/evaluation";

const cell = (sheet: ReturnType<typeof buildSummary>, row: number, col: number) => sheet.rows.row(row)[col];

describe("the chart of 進捗集計", () => {
  const sheet = buildSummary(seedEvaluation());
  const chart = sheet.chart!;

  it("is a stacked bar chart of the areas' rows of 表１, without the 計 row", () => {
    expect(chart.kind).toBe("stackedBar");
    expect(chart.title).toBe("分野別の進捗状況");
    expect(chart.categories).toEqual({ top: 6, left: 0, bottom: 10, right: 0 });
    expect(cell(sheet, 6, 0)).toBe("Ⅰ 地域協働の推進（15項目）");
    expect(cell(sheet, 11, 0)).toBe("計");
  });

  it("has one series per level, in scale order, named by 表１'s header cells, in the levels' colours", () => {
    expect(chart.series.map((s) => s.name)).toEqual(["予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）"]);
    for (const s of chart.series) expect(cell(sheet, s.nameCell.row, s.nameCell.col)).toBe(s.name);
    expect(chart.series.map((s) => s.values)).toEqual([1, 2, 3].map((c) => ({ top: 6, left: c, bottom: 10, right: c })));
    expect(chart.series.map((s) => s.colour)).toEqual(["107C10", "0F6CBD", "BC4B09"]);
  });

  it("sits under the table, one row apart, across the table's columns", () => {
    expect(chart.anchor).toEqual({ top: 13, left: 0, bottom: 13 + chartRows(5) - 1, right: 3 });
    expect(sheet.rows.length).toBe(12);
  });

  it("takes the same colours as the pane's tally chart", () => {
    const pt = paneTally(seedEvaluation(), paneStrings("ja"));
    expect(pt.columns.map((c) => c.colour.replace("#", "").toUpperCase())).toEqual(chart.series.map((s) => s.colour));
  });

  it("on a plan's own scale: one series per level, behind levels in warm colours, and 対象外・未評価 in grey", () => {
    const scale: Scale = {
      levels: [
        { code: "S", label: "順調", threshold: null, behind: false },
        { code: "A", label: "概ね順調", threshold: null, behind: false },
        { code: "B", label: "やや遅れ", threshold: null, behind: true },
        { code: "C", label: "遅れ", threshold: null, behind: true },
      ],
      method: "self",
      notRatedWords: ["対象外"],
      isSeed: false,
    };
    const items = [
      item({ no: 1, area: "Ⅰ", rating: "S" }),
      item({ no: 2, area: "Ⅰ", rating: "C" }),
      item({ no: 3, area: "Ⅱ", rating: "B" }),
      item({ no: 4, area: "Ⅱ", rating: null }),
    ];
    const base = evaluation(items);
    const ev: Evaluation = { ...base, scaleTally: tallyOnScale(scale, base.tally, items, (it) => it.rating === null) };
    const s = buildSummary(ev);
    const c = s.chart!;
    expect(c.series.map((x) => x.name)).toEqual(["順調（S）", "概ね順調（A）", "やや遅れ（B）", "遅れ（C）", "対象外・未評価"]);
    expect(c.series.map((x) => x.colour)).toEqual([...levelColours(scale.levels), NOT_RATED_COLOUR]);
    expect(c.series.map((x) => x.colour)).toEqual(["107C10", "0F6CBD", "BC4B09", "A4262C", "616161"]);
    expect(c.series.map((x) => cell(s, c.categories.top + 1, x.values.left))).toEqual([0, 0, 1, 0, 1]);
  });

  it("is left out when 表１ has no area", () => {
    expect(summaryChart({ header: 5, areas: 0, headings: ["S"], colours: ["107C10"], below: 7, lastCol: 1 }, "t")).toBeNull();
    expect(buildSummary(evaluation([])).chart).toBeUndefined();
  });

  it("colours the seed's levels green, blue, orange", () => {
    expect(levelColours(SEED_LEVELS)).toEqual(["107C10", "0F6CBD", "BC4B09"]);
  });
});
