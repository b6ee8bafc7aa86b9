/**
 * A ReportModel written by hand for the adapter's tests: two sheets shaped
 * like 進捗集計 and 検証結果 (title, merged sentence, a bordered table with a
 * grey bold header repeated on every page, numbers with formats, links back
 * into the register, text that looks like a formula). Independent of the
 * report builders, so these tests fail only for the adapter's own reasons.
 */
import { rowHeightsOf, type CellStyle, type ReportModel, type ReportSheet, type StyledBlock } from "../../../src/core/report/model";
import { sheetRowsOf } from "../../../src/core/report/model";

const HEADER: CellStyle = { bold: true, fill: "D9D9D9", border: true, hAlign: "center", vAlign: "center", wrap: true };
const BODY: CellStyle = { border: true, wrap: true, vAlign: "top" };
const NUMBER: CellStyle = { border: true, hAlign: "center", numberFormat: "0" };

function block(top: number, left: number, bottom: number, right: number, style: CellStyle): StyledBlock {
  return { top, left, bottom, right, style };
}

export const SUMMARY: ReportSheet = {
  key: "summary",
  name: "進捗集計",
  rows: sheetRowsOf([
    ["第２次行財政再構築プランの平成26年度末進捗状況"],
    ["全 4 項目（再掲 0 項目）の取組のうち、1 項目が「予定以上に進捗」、2 項目が「予定どおりに進捗」、1 項目が「予定よりも遅れている」となりました。"],
    [],
    ["【表１】分野別の進捗状況"],
    ["分野", "項目数", "S", "A", "B", "達成率"],
    ["Ⅰ 地域協働の推進（2項目）", 2, 0, 1, 1, 0.5],
    ["Ⅱ 行政サービスの向上（1項目）", 1, 1, 0, 0, 1],
    ["Ⅲ 財政の健全化（1項目）", 1, 0, 1, 0, 1.143],
    ["計", 4, 1, 2, 1, null],
  ]),
  columnWidths: [34, 9, 7, 7, 7, 10],
  rowHeights: rowHeightsOf([24, 48, null, null, 30]),
  merges: [
    { top: 0, left: 0, bottom: 0, right: 5 },
    { top: 1, left: 0, bottom: 1, right: 5 },
  ],
  blocks: [
    block(0, 0, 0, 0, { bold: true, fontSize: 14 }),
    block(1, 0, 1, 5, { wrap: true, vAlign: "top" }),
    block(3, 0, 3, 0, { bold: true }),
    block(4, 0, 4, 5, HEADER),
    block(5, 0, 8, 0, BODY),
    block(5, 1, 8, 4, NUMBER),
    block(5, 5, 8, 5, { border: true, numberFormat: "0.0%" }),
    block(8, 0, 8, 5, { bold: true }),
  ],
  links: [],
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 4, bottom: 4 } },
  freezeRows: 5,
};

export const FINDINGS: ReportSheet = {
  key: "findings",
  name: "検証結果",
  rows: sheetRowsOf([
    ["検証結果"],
    ["重大度", "セル", "内容"],
    ["警告", "取組一覧!H3", "実績値の単位（件）が目標値の単位と異なります"],
    ["エラー", "'取組一覧'!H4", "=SUM(A1) のような数式は書けません"],
    ["情報", "取組一覧!C2", "  前後に空白  "],
  ]),
  columnWidths: [10, 18, 60],
  rowHeights: rowHeightsOf([]),
  merges: [],
  blocks: [
    block(1, 0, 1, 2, HEADER),
    block(2, 0, 4, 2, BODY),
    block(2, 0, 2, 2, { fill: "FFEB9C" }),
    block(3, 0, 3, 2, { fill: "FFC7CE" }),
    block(2, 1, 4, 1, { color: "0563C1" }),
  ],
  links: [
    { row: 2, col: 1, target: "取組一覧!H3" },
    { row: 3, col: 1, target: "'取組一覧'!H4" },
    { row: 4, col: 1, target: "取組一覧!C2" },
  ],
  print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { top: 1, bottom: 1 } },
  freezeRows: 2,
};

export const MODEL: ReportModel = { sheets: [SUMMARY, FINDINGS] };
