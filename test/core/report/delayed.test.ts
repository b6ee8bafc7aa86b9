import { rowsToArray } from "../../../src/core/report/model";
import { buildDelayed } from "../../../src/core/report/delayed";
import { evaluation, item, SEED_NO2, seedEvaluation } from "../../helpers/evaluation";
import { covered, sheetProblems, styleAt } from "./sheet-shape";

describe("遅延取組一覧 (delayed sheet)", () => {
  const sheet = buildDelayed(seedEvaluation());

  it("is titled 【参考２】予定よりも遅れている取組一覧（10項目）, merged over the table", () => {
    expect(sheet.name).toBe("遅延取組一覧");
    expect(sheet.rows.row(0)[0]).toBe("【参考２】予定よりも遅れている取組一覧（10項目）");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 3 });
  });

  it("has the header No | 項目名 | {period}進捗状況 | 要因と今後の対応", () => {
    expect(sheet.rows.row(1)).toEqual(["No", "項目名", "平成26年度末進捗状況", "要因と今後の対応"]);
    expect(styleAt(sheet, 1, 0)).toMatchObject({ bold: true, fill: "D9D9D9", border: true });
  });

  it("lists every B entry in report order with its No. as a number", () => {
    expect(rowsToArray(sheet.rows).slice(2).map((r) => r[0])).toEqual([2, 9, 12, 13, 21, 26, 33, 43, 44, 45]);
  });

  it("writes name, progress and 「【要因】…【今後の対応】…」 for each", () => {
    expect(sheet.rows.row(2)).toEqual([
      2,
      SEED_NO2.name,
      SEED_NO2.progress,
      `【要因】\n${SEED_NO2.cause}\n\n【今後の対応】\n${SEED_NO2.nextSteps}`,
    ]);
  });

  it("borders and wraps every body cell, top-aligned, and gives long rows a height that shows all text", () => {
    const bottom = sheet.rows.length - 1;
    expect(covered(sheet, { top: 1, left: 0, bottom, right: 3 }, (s) => s.border === true)).toBe(true);
    expect(styleAt(sheet, 2, 3)).toMatchObject({ wrap: true, vAlign: "top" });
    // 【要因】 / cause / blank / 【今後の対応】 / next steps: at least five lines.
    expect(sheet.rowHeights.at(2)).toBeGreaterThanOrEqual(5 * 15);
  });

  it("has widths like the seed: narrow No, then name, progress, and the widest cause column", () => {
    const [no, name, progress, cause] = sheet.columnWidths;
    expect(no).toBeLessThan(name);
    expect(name).toBeLessThan(progress);
    expect(progress).toBeLessThan(cause);
  });

  it("repeats and freezes the header row", () => {
    expect(sheet.print).toMatchObject({ paper: "A4", fitToWidth: true, repeatRows: { top: 1, bottom: 1 } });
    expect(sheet.freezeRows).toBe(2);
    expect(sheetProblems(sheet)).toEqual([]);
  });

  it("leaves out a blank cause or next-steps part instead of printing an empty heading", () => {
    const ev = evaluation([
      item({ no: 5, rating: "B", text: { cause: "", nextSteps: "見直す。" } }),
      item({ no: 6, rating: "B", text: { cause: "雨天。", nextSteps: " " } }),
      item({ no: 7, rating: "B" }),
    ]);
    const rows = rowsToArray(buildDelayed(ev).rows);
    expect(rows[2][3]).toBe("【今後の対応】\n見直す。");
    expect(rows[3][3]).toBe("【要因】\n雨天。");
    expect(rows[4][3]).toBe("");
  });

  it("keeps text that starts with = as a plain string and a No. like 3-1 as text", () => {
    const ev = evaluation([item({ no: "3-1", rating: "B", name: "=1+1", text: { progress: "=A1" } })]);
    const rows = rowsToArray(buildDelayed(ev).rows);
    expect(rows[2].slice(0, 3)).toEqual(["3-1", "=1+1", "=A1"]);
  });

  it("says so in one bordered row when nothing is behind schedule", () => {
    const s = buildDelayed(evaluation([item({ rating: "A" })]));
    expect(s.rows.row(0)[0]).toBe("【参考２】予定よりも遅れている取組一覧（0項目）");
    expect(s.rows.row(2)[0]).toBe("予定よりも遅れている取組はありません。");
    expect(s.merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: 3 });
    expect(sheetProblems(s)).toEqual([]);
  });

  it("drops the period from the header when none is set", () => {
    const s = buildDelayed(evaluation([item({ rating: "B" })], { period: "" }));
    expect(s.rows.row(1)[2]).toBe("進捗状況");
  });

  it("writes English labels when lang = en", () => {
    const en = buildDelayed(seedEvaluation({ settings: { lang: "en" } }));
    expect(en.name).toBe("Delayed");
    expect(en.rows.row(0)[0]).toBe("Reference 2 Items behind schedule (10 items)");
    expect(en.rows.row(1)).toEqual(["No", "Item", "Progress at FY2014 year end", "Causes and next steps"]);
    expect(en.rows.row(2)[3]).toBe(`[Cause]\n${SEED_NO2.cause}\n\n[Next steps]\n${SEED_NO2.nextSteps}`);
  });

  it("writes its count in full-width digits with 数字 全角", () => {
    const full = buildDelayed(seedEvaluation({ settings: { digits: "full" } }));
    expect(full.rows.row(0)[0]).toBe("【参考２】予定よりも遅れている取組一覧（１０項目）");
  });

  it("follows the register's own heading: 今後の対策 gives 【今後の対策】 and 要因と今後の対策 (issue 11)", () => {
    const s = buildDelayed(seedEvaluation(), { headers: { nextSteps: "今後の対策" } });
    expect(s.rows.row(1)[3]).toBe("要因と今後の対策");
    expect(s.rows.row(2)[3]).toBe(`【要因】\n${SEED_NO2.cause}\n\n【今後の対策】\n${SEED_NO2.nextSteps}`);
    const plain = buildDelayed(seedEvaluation(), { headers: { nextSteps: "今後の対応" } });
    expect(plain.rows.row(2)[3]).toContain("【今後の対応】");
  });
});
