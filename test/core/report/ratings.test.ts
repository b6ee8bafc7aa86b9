import { buildRatings, RATINGS_COLUMNS } from "../../../src/core/report/ratings";
import { evaluation, indicator, item, SEED_NO1 } from "../../helpers/evaluation";
import { covered, sheetProblems, styleAt } from "./sheet-shape";

const col = (key: (typeof RATINGS_COLUMNS)[number]): number => RATINGS_COLUMNS.indexOf(key);

const ev = evaluation([
  item({
    no: 1,
    name: SEED_NO1.name,
    department: SEED_NO1.department,
    schedule: "on",
    computed: "S",
    rating: "S",
    indicators: SEED_NO1.indicators,
  }),
  item({ no: 52, area: "Ⅴ 執行体制の再構築", name: "マネジメント体制の検討", schedule: "ahead", computed: "S" }),
  item({
    no: 13,
    schedule: "on",
    computed: "B",
    finalRating: "A",
    rating: "A",
    overridden: true,
    overrideReason: "委員会の判断",
    indicators: [
      indicator({
        name: "自治会加入率",
        status: "missed",
        achievement: 0.99,
        display: { target: "前年度末の加入率を維持", actual: "39.5%", prior: "40.0%" },
      }),
      indicator({ name: "策定", status: "notYetDue", display: { target: "27年度末までに策定", actual: "未策定", prior: "" } }),
    ],
  }),
  item({ no: 62, area: "Ⅴ 執行体制の再構築", relistOf: 50, schedule: "behind", computed: "B" }),
  item({ no: 70, schedule: null, computed: null, rating: null, indicators: [indicator({ status: "notMeasured", achievement: Infinity })] }),
]);
const sheet = buildRatings(ev);

describe("評価結果 (ratings sheet)", () => {
  it("has one plain header row at the top (filter-friendly), frozen and repeated", () => {
    expect(sheet.name).toBe("評価結果");
    expect(sheet.rows.row(0)).toEqual([
      "No",
      "分野",
      "項目名",
      "担当課",
      "スケジュール",
      "成果指標",
      "目標",
      "実績",
      "前年度",
      "達成率",
      "状況",
      "算定評価",
      "確定評価",
      "評価",
      "備考",
    ]);
    expect(sheet.merges.some((m) => m.top === 0)).toBe(false);
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 0, bottom: 0 } });
  });

  it("writes one row per indicator, item values only in the first row", () => {
    expect(sheet.rows.row(1)).toEqual([
      1,
      "Ⅰ 地域協働の推進",
      SEED_NO1.name,
      SEED_NO1.department,
      "予定どおり",
      "センター来場者数",
      "前年比5％以上",
      "９，８５６人",
      "８，５８８人",
      SEED_NO1.indicators[0].achievement,
      "達成",
      "S",
      null,
      "S",
      "",
    ]);
    expect(sheet.rows.row(2)[col("no")]).toBeNull();
    expect(sheet.rows.row(2)[col("name")]).toBeNull();
    expect(sheet.rows.row(2).slice(col("indicator"), col("status") + 1)).toEqual([
      "相談件数",
      "前年比10％以上",
      "７１件",
      "４１人",
      SEED_NO1.indicators[1].achievement,
      "超過達成",
    ]);
    expect(sheet.rows.row(3)[col("indicator")]).toBe("あすぴあ登録団体数");
  });

  it("merges nothing: an item's columns are filled on its first row and blank on its further rows", () => {
    expect(sheet.merges).toEqual([]);
    for (const key of ["no", "area", "name", "department", "schedule", "computed", "rating"] as const) {
      expect(sheet.rows.row(1)[col(key)]).not.toBeNull();
    }
    for (const key of ["no", "area", "name", "department", "schedule", "computed", "final", "rating", "notes"] as const) {
      expect([sheet.rows.row(2)[col(key)], sheet.rows.row(3)[col(key)]]).toEqual([null, null]);
    }
  });

  it("gives an item without indicators one row", () => {
    expect(sheet.rows.row(4).slice(0, 6)).toEqual([52, "Ⅴ 執行体制の再構築", "マネジメント体制の検討", "", "予定以上", null]);
    expect(sheet.rows.row(5)[col("no")]).not.toBeNull();
  });

  it("shows achievement as a number with the format 0.0%", () => {
    expect(styleAt(sheet, 1, col("achievement")).numberFormat).toBe("0.0%");
    expect(sheet.rows.row(5)[col("achievement")]).toBe(0.99);
  });

  it("labels every status and schedule", () => {
    expect(sheet.rows.row(5)[col("status")]).toBe("未達成");
    expect(sheet.rows.row(6)[col("status")]).toBe("期限前");
    expect(sheet.rows.row(7)[col("schedule")]).toBe("遅れ");
    expect(sheet.rows.row(8)[col("status")]).toBe("未測定");
  });

  it("shows computed, final and counted rating, and explains overrides and re-listing in 備考", () => {
    expect(sheet.rows.row(5).slice(col("computed"), col("notes") + 1)).toEqual([
      "B",
      "A",
      "A",
      "評価を B から A に上書き：委員会の判断",
    ]);
    expect(sheet.rows.row(7)[col("notes")]).toBe("No.50 の再掲");
  });

  it("leaves ratings, schedule and an infinite achievement empty when there are none", () => {
    const row = sheet.rows.row(8);
    expect([row[col("schedule")], row[col("computed")], row[col("final")], row[col("rating")]]).toEqual([null, null, null, null]);
    expect(row[col("achievement")]).toBeNull();
  });

  it("borders every table cell and gives every column a width", () => {
    const bottom = sheet.rows.length - 1;
    expect(covered(sheet, { top: 0, left: 0, bottom, right: RATINGS_COLUMNS.length - 1 }, (s) => s.border === true)).toBe(true);
    expect(sheet.columnWidths).toHaveLength(RATINGS_COLUMNS.length);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("makes an item's first row tall enough for the item's texts, and leaves its further rows to their own", () => {
    const longName = "漢".repeat(40); // 80 units in the name column: several lines
    const s = buildRatings(evaluation([item({ name: longName, indicators: [indicator(), indicator()] })]));
    const need = Math.ceil(80 / (s.columnWidths[col("name")] - 1)) * 15;
    expect(s.rowHeights.at(1)).toBeGreaterThanOrEqual(need);
    expect(s.rowHeights.at(2)).toBeNull();
  });

  it("writes English labels when lang = en", () => {
    const en = buildRatings(evaluation(ev.items, { settings: { lang: "en" } }));
    expect(en.name).toBe("Ratings");
    expect(en.rows.row(0)[col("achievement")]).toBe("Achievement");
    expect(en.rows.row(1)[col("schedule")]).toBe("On schedule");
    expect(en.rows.row(2)[col("status")]).toBe("Exceeded");
    expect(en.rows.row(5)[col("notes")]).toBe("Rating overridden from B to A: 委員会の判断");
    expect(en.rows.row(7)[col("notes")]).toBe("Re-lists No.50");
  });
});
