/**
 * ReportModels for the writer tests: small sheets that use every feature of
 * the model (values of every kind, text that looks like a formula, styled
 * blocks, merges, widths, heights, links, frozen rows, print setup), and a
 * large one above the request budget.
 */
import { rowHeightsOf, rowsToArray, sheetRowsOf } from "../../../src/core/report/model";
import type { ReportModel, ReportSheet, ReportValue, StyledBlock } from "../../../src/core/report/model";

const HEADER = { bold: true, fill: "D9D9D9", border: true, hAlign: "center", vAlign: "center", wrap: true } as const;
const BODY = { border: true, wrap: true, vAlign: "top" } as const;

/** Strings Excel would not keep as text if written naively. */
export const TRICKY_TEXT = ["=SUM(A1)", "+81", "-5項目", "@home", "'quoted", "#N/A", "TRUE", "0123", "2015/4/1", "50%", "平成26年度", "１２３", "＝全角"];

function block(top: number, left: number, bottom: number, right: number, style: StyledBlock["style"]): StyledBlock {
  return { top, left, bottom, right, style };
}

export function summarySheet(name = "進捗集計"): ReportSheet {
  return {
    key: "summary",
    name,
    rows: sheetRowsOf([
      ["第２次行財政再構築プランの平成26年度進捗状況"],
      ["全 62 項目（再掲 2 項目）の取組のうち、10 項目が「予定以上に進捗」、40 項目が「予定どおりに進捗」、12 項目が「予定よりも遅れている」となりました。"],
      [],
      ["【表１】"],
      ["分野", "S", "A", "B"],
      ["Ⅰ 地域協働の推進（15項目）", 3, 10, 2],
      ["Ⅱ 情報の共有と双方向のコミュニケーション（20項目）", 4, 12, 4],
      ["計", 7, 22, 6],
    ]),
    columnWidths: [40, 8, 8, 8],
    rowHeights: rowHeightsOf([24, 48, null, null, null, null, null, null]),
    merges: [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 1, right: 3 },
    ],
    blocks: [
      block(0, 0, 0, 0, { bold: true, fontSize: 14, vAlign: "center" }),
      block(1, 0, 1, 0, { wrap: true, vAlign: "top" }),
      block(4, 0, 4, 3, HEADER),
      block(5, 0, 7, 3, BODY),
      block(5, 1, 7, 3, { border: true, hAlign: "center", vAlign: "center", numberFormat: "0" }),
      block(7, 0, 7, 3, { bold: true }),
    ],
    links: [],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { top: 4, bottom: 4 } },
    freezeRows: 0,
  };
}

export function ratingsSheet(rowsOfItems = 6, name = "評価結果"): ReportSheet {
  const rows: ReportValue[][] = [["No", "分野", "項目名", "指標", "目標値", "実績値", "達成率", "判定"]];
  for (let i = 0; i < rowsOfItems; i++) {
    rows.push([i + 1, "Ⅰ 地域協働の推進", TRICKY_TEXT[i % TRICKY_TEXT.length], `指標${i + 1}`, "1,000件以上", null, 1.14 + i / 100, i % 3 === 0 ? "S" : "A"]);
  }
  return {
    key: "ratings",
    name,
    rows: sheetRowsOf(rows),
    columnWidths: [6, 24, 30, 20, 14, 14, 10, 6],
    rowHeights: rowHeightsOf(rows.map(() => null)),
    merges: [],
    blocks: [block(0, 0, 0, 7, HEADER), block(1, 0, rows.length - 1, 7, BODY), block(1, 6, rows.length - 1, 6, { numberFormat: "0.0%", hAlign: "right" })],
    links: [{ row: 1, col: 2, target: "取組一覧!H12" }],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 0, bottom: 0 } },
    freezeRows: 1,
  };
}

export function findingsSheet(name = "検証結果"): ReportSheet {
  return {
    key: "findings",
    name,
    rows: sheetRowsOf([
      ["重要度", "セル", "内容"],
      ["エラー", "取組一覧!H12", "実績値が数値として読めません。"],
      ["警告", "'My sheet'!A1", "要因が空欄です。"],
      ["情報", 12, "数値のセル"],
    ]),
    columnWidths: [8, 18, 60],
    rowHeights: rowHeightsOf([null, null, null, null]),
    merges: [],
    blocks: [block(0, 0, 0, 2, HEADER), block(1, 0, 1, 2, { fill: "FFC7CE" }), block(1, 1, 2, 1, { color: "0563C1" })],
    links: [
      { row: 1, col: 1, target: "取組一覧!H12" },
      { row: 2, col: 1, target: "'My sheet'!A1" },
      { row: 3, col: 1, target: "取組一覧!A1" },
    ],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: null },
    freezeRows: 1,
  };
}

export function smallReport(): ReportModel {
  return { sheets: [summarySheet(), ratingsSheet(), findingsSheet()] };
}

/** A ratings sheet whose values alone are well above the 4 MB request budget. */
export function largeReport(rows = 20_000): ReportModel {
  const sheet = ratingsSheet(rows);
  const long = "市民との協働による地域課題の解決に向けた取組を推進し、その成果を検証する";
  return {
    sheets: [
      summarySheet(),
      { ...sheet, rows: sheetRowsOf(rowsToArray(sheet.rows).map((r, i) => (i === 0 ? r : [r[0], r[1], `${long}${i}`, `${long}（指標）`, r[4], r[5], r[6], r[7]]))) },
    ],
  };
}
