import { rowsToArray } from "../../../src/core/report/model";
import { buildSummary } from "../../../src/core/report/summary";
import { evaluation, item, seedEvaluation } from "../../helpers/evaluation";
import { covered, rowStarting, sheetProblems, styleAt } from "./sheet-shape";

describe("進捗集計 (summary sheet)", () => {
  const sheet = buildSummary(seedEvaluation());

  it("is named 進捗集計 and titled 「{plan}の{period}進捗状況」", () => {
    expect(sheet.key).toBe("summary");
    expect(sheet.name).toBe("進捗集計");
    expect(sheet.rows.row(0)[0]).toBe("第２次行財政再構築プランの平成26年度末進捗状況");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 3 });
    expect(styleAt(sheet, 0, 0).bold).toBe(true);
  });

  it("leaves a blank row under the title, then the seed's lead-in and the sentence with its figures, merged and wrapped", () => {
    expect(sheet.rows.row(1)).toEqual([]);
    expect(sheet.rows.row(2)[0]).toBe(
      "平成26年度末の各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、全 62 項目（再掲 1 項目）の取組のうち、3 項目が「予定以上に進捗」、49 項目が「予定どおりに進捗」、10 項目が「予定よりも遅れている」となりました。",
    );
    expect(sheet.merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: 3 });
    expect(styleAt(sheet, 2, 0).wrap).toBe(true);
    // The merged sentence cannot auto-fit: it needs an explicit height of more than one line.
    expect(sheet.rowHeights.at(2)).toBeGreaterThan(30);
  });

  it("captions the table 【表１】各プログラムの進捗状況（{period}）", () => {
    expect(sheet.rows.row(4)[0]).toBe("【表１】各プログラムの進捗状況（平成26年度末）");
  });

  it("has the header row 分野 | Ｓ | Ａ | Ｂ, grey, bordered, centred and wrapped", () => {
    expect(sheet.rows.row(5)).toEqual(["分野", "予定以上に進捗（Ｓ）", "予定どおりに進捗（Ａ）", "予定よりも遅れている（Ｂ）"]);
    const style = styleAt(sheet, 5, 2);
    expect(style).toMatchObject({ bold: true, border: true, hAlign: "center", wrap: true, fill: "D9D9D9" });
  });

  it("has one row per area with the item count in the label and S / A / B as numbers", () => {
    expect(rowsToArray(sheet.rows).slice(6, 11)).toEqual([
      ["Ⅰ 地域協働の推進（15項目）", 1, 10, 4],
      ["Ⅱ 情報の共有と双方向のコミュニケーション（5項目）", 0, 5, 0],
      ["Ⅲ ＰＤＣＡサイクルの構築（7項目）", 0, 5, 2],
      ["Ⅳ 財政基盤の強化（18項目）", 1, 13, 4],
      ["Ⅴ 執行体制の再構築（17項目）", 1, 16, 0],
    ]);
  });

  it("ends with a 計 row whose counts are the column sums", () => {
    const total = rowStarting(sheet, "計");
    expect(total).toBe(11);
    expect(sheet.rows.row(total)).toEqual(["計", 3, 49, 10]);
    for (let c = 1; c <= 3; c++) {
      const sum = rowsToArray(sheet.rows).slice(6, 11).reduce((s, row) => s + (row[c] as number), 0);
      expect(sheet.rows.row(total)[c]).toBe(sum);
    }
    expect(sheet.rows).toHaveLength(12);
  });

  it("borders the whole table and centres the counts with the format 0", () => {
    expect(covered(sheet, { top: 5, left: 0, bottom: 11, right: 3 }, (s) => s.border === true)).toBe(true);
    expect(styleAt(sheet, 7, 1)).toMatchObject({ hAlign: "center", numberFormat: "0" });
    expect(styleAt(sheet, 11, 3)).toMatchObject({ hAlign: "center", numberFormat: "0", bold: true });
  });

  it("prints portrait on A4, fit to width, repeating the table header", () => {
    expect(sheet.print).toEqual({ orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { top: 5, bottom: 5 } });
    expect(sheet.columnWidths).toHaveLength(4);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("omits （再掲 k 項目） when nothing is re-listed", () => {
    const ev = evaluation([item({ no: 1, rating: "S" }), item({ no: 2, rating: "A" }), item({ no: 3, rating: "B" })]);
    expect(buildSummary(ev).rows.row(2)[0]).toBe(
      "平成26年度末の各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、全 3 項目の取組のうち、1 項目が「予定以上に進捗」、1 項目が「予定どおりに進捗」、1 項目が「予定よりも遅れている」となりました。",
    );
  });

  it("degrades the title and caption when plan or period is not set", () => {
    const items = [item({ no: 1 })];
    expect(buildSummary(evaluation(items, { settings: { plan: "" } })).rows.row(0)[0]).toBe("平成26年度末進捗状況");
    expect(buildSummary(evaluation(items, { period: "" })).rows.row(0)[0]).toBe("第２次行財政再構築プランの進捗状況");
    const bare = buildSummary(evaluation(items, { settings: { plan: "  " }, period: "" }));
    expect(bare.rows.row(0)[0]).toBe("進捗状況");
    expect(bare.rows.row(4)[0]).toBe("【表１】各プログラムの進捗状況");
    expect(bare.rows.row(2)[0]).toMatch(/^各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、全 1 項目/);
  });

  it("keeps a plan name that looks like a formula as plain text", () => {
    const ev = evaluation([item()], { settings: { plan: "=HYPERLINK(\"x\")" } });
    expect(buildSummary(ev).rows.row(0)[0]).toBe("=HYPERLINK(\"x\")の平成26年度末進捗状況");
  });

  it("writes English labels when lang = en", () => {
    const en = buildSummary(seedEvaluation({ settings: { lang: "en", plan: "Second Reform Plan" } }));
    expect(en.name).toBe("Summary");
    expect(en.rows.row(0)[0]).toBe("Second Reform Plan: progress at FY2014 year end");
    expect(en.rows.row(2)[0]).toBe(
      "Each programme's progress at FY2014 year end was rated by its schedule and outcome indicators. Of all 62 items (1 re-listed), 3 are ahead of schedule, 49 on schedule and 10 behind schedule.",
    );
    expect(en.rows.row(4)[0]).toBe("Table 1 Progress of each programme (FY2014 year end)");
    expect(en.rows.row(5)).toEqual(["Area", "Ahead of schedule (S)", "On schedule (A)", "Behind schedule (B)"]);
    expect(en.rows.row(6)).toEqual(["Ⅰ 地域協働の推進 (15 items)", 1, 10, 4]);
    expect(en.rows.row(11)).toEqual(["Total", 3, 49, 10]);
  });

  it("says 1 item, not 1 items, in English", () => {
    const en = buildSummary(evaluation([item({ area: "Area 1" })], { settings: { lang: "en" } }));
    expect(en.rows.row(6)[0]).toBe("Area 1 (1 item)");
  });

  it("writes counts in full-width digits with 数字 全角, as the seed does (（１５項目）, ３項目); table cells stay numbers", () => {
    const full = buildSummary(seedEvaluation({ settings: { digits: "full" } }));
    expect(full.rows.row(2)[0]).toContain("全６２項目（再掲１項目）の取組のうち、３項目が「予定以上に進捗」、４９項目が「予定どおりに進捗」、１０項目が「予定よりも遅れている」");
    expect(full.rows.row(6)).toEqual(["Ⅰ 地域協働の推進（１５項目）", 1, 10, 4]);
  });
});
