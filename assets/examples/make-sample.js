#!/usr/bin/env node
/**
 * Writes the sample register kodaira-h26.xlsx from kodaira-h26.data.js.
 * Run: node assets/examples/make-sample.js   (the .xlsx is committed; rerun after editing the data)
 *
 * Layout as staff keep it: a title row and a note above the header (row 3),
 * one row per indicator, item-level cells merged vertically over an item's
 * indicator rows, a 設定 sheet with the plan, year, point and areas.
 */
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");
const { AREAS, ITEMS, PLAN, FISCAL_YEAR, POINT } = require("./kodaira-h26.data.js");

const HEADERS = [
  "No", "分野", "項目名", "担当課", "取組の概要", "年度計画", "年度末の進捗状況", "スケジュール",
  "成果指標", "目標種別", "目標値", "実績値", "前年度実績", "増減率",
  "要因", "今後の対応", "再掲", "自己評価", "確定評価", "上書き理由", "事例掲載", "次年度新規事項",
];
const ITEM_COLUMNS = new Set(["No", "分野", "項目名", "担当課", "取組の概要", "年度計画", "年度末の進捗状況", "スケジュール",
  "要因", "今後の対応", "再掲", "自己評価", "確定評価", "上書き理由", "事例掲載", "次年度新規事項"]);
const WIDTHS = [6, 22, 30, 18, 30, 30, 40, 11, 24, 9, 18, 16, 14, 10, 30, 30, 6, 8, 8, 14, 8, 30];

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "shinchoku sample";
  const ws = wb.addWorksheet("取組一覧");
  ws.getCell("A1").value = `${PLAN} 取組一覧（${FISCAL_YEAR}末）`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "※ サンプル: 報告書に記載のない取組の名称・指標・数値は架空のものです。";
  const headerRow = 3;
  HEADERS.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getColumn(i + 1).width = WIDTHS[i];
  });
  ws.views = [{ state: "frozen", ySplit: headerRow }];

  let r = headerRow + 1;
  for (const [no, area, name, dept, schedule, indicators, extra] of ITEMS) {
    const first = r;
    const item = {
      No: no, 分野: area, 項目名: name, 担当課: dept, 取組の概要: extra.overview, 年度計画: extra.plan,
      年度末の進捗状況: extra.progress, スケジュール: schedule, 要因: extra.cause, 今後の対応: extra.nextSteps,
      再掲: extra.relistOf, 事例掲載: extra.highlight ? "○" : undefined, 次年度新規事項: extra.nextYear,
    };
    const rows = indicators.length ? indicators : [null];
    rows.forEach((ind, k) => {
      const values = { ...(k === 0 ? item : {}) };
      if (ind) {
        const [indicator, target, actual, prior, stated, targetType] = ind;
        Object.assign(values, { 成果指標: indicator, 目標値: target, 実績値: actual, 前年度実績: prior, 増減率: stated, 目標種別: targetType });
      }
      HEADERS.forEach((h, i) => {
        const v = values[h];
        if (v !== undefined && v !== "") ws.getCell(r, i + 1).value = v;
        ws.getCell(r, i + 1).alignment = { vertical: "top", wrapText: true };
      });
      r++;
    });
    if (rows.length > 1) {
      HEADERS.forEach((h, i) => { if (ITEM_COLUMNS.has(h)) ws.mergeCells(first, i + 1, r - 1, i + 1); });
    }
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: r - 1, column: HEADERS.length } };

  const st = wb.addWorksheet("設定");
  st.getColumn(1).width = 16;
  st.getColumn(2).width = 44;
  const settings = [["計画名", PLAN], ["対象年度", FISCAL_YEAR], ["時点", POINT], ["S判定の余裕", 0.2], ["言語", "ja"], ["分野", AREAS[0]]];
  for (const a of AREAS.slice(1)) settings.push(["", a]);
  settings.forEach((row, i) => { st.getCell(i + 1, 1).value = row[0] || null; st.getCell(i + 1, 2).value = row[1]; });

  const out = path.join(__dirname, "kodaira-h26.xlsx");
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}: ${ITEMS.length} entries, ${r - headerRow - 1} rows\n`);
}
main().catch((e) => { console.error(e); process.exit(1); });
