/**
 * Synthetic registers for the benchmark: realistic rows (Japanese numbers as
 * staff write them, 1–4 indicators per item, every target type), as a grid of
 * cell values (for the engine) or as an .xlsx file (for the command line).
 */
"use strict";

const AREAS = ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有と双方向のコミュニケーション", "Ⅲ ＰＤＣＡサイクルの構築", "Ⅳ 財政基盤の強化", "Ⅴ 執行体制の再構築"];
const HEADERS = ["No", "分野", "項目名", "担当課", "進捗状況", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績", "要因", "今後の対応"];
const SCHEDULES = ["予定どおり", "予定どおり", "予定どおり", "予定以上", "遅れ"];

/** A small deterministic PRNG so every run measures the same register. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function indicatorRow(rand, k) {
  const base = 100 + Math.floor(rand() * 9900);
  switch (k % 5) {
    case 0: return [`利用者数${k}`, `${base.toLocaleString("en-US")}人以上`, `${Math.round(base * (0.9 + rand() * 0.4)).toLocaleString("en-US")}人`, `${base}人`];
    case 1: return [`相談件数${k}`, "前年比5％以上", `${Math.round(base * 1.08)}件`, `${base}件`];
    case 2: return [`経費${k}`, `${base}万円以下`, `${Math.round(base * 0.97)}万円`, ""];
    case 3: return [`加入率${k}`, "前年度を維持", `${(40 + rand() * 10).toFixed(1)}%`, "44.0%"];
    default: return [`基本方針${k}`, "27年度末までに策定", rand() < 0.5 ? "策定済" : "未策定", ""];
  }
}

/** Rows of a register with `rows` indicator rows (header first). */
function registerRows(rows, seed = 7) {
  const rand = rng(seed);
  const out = [HEADERS];
  let no = 0;
  while (out.length - 1 < rows) {
    no++;
    const n = Math.min(1 + Math.floor(rand() * 4), rows - (out.length - 1));
    const schedule = SCHEDULES[Math.floor(rand() * SCHEDULES.length)];
    const behind = schedule === "遅れ";
    for (let k = 0; k < n; k++) {
      const item = k === 0
        ? [no, AREAS[no % AREAS.length], `取組${no}の推進`, `担当課${no % 40}`, `取組${no}は計画に沿って実施した。`, schedule]
        : [null, null, null, null, null, null];
      const tail = k === 0 && behind ? ["人員の不足のため。", "体制を見直す。"] : [null, null];
      out.push([...item, ...indicatorRow(rand, no + k), ...tail]);
    }
  }
  return out;
}

/**
 * The register as the command line's .xlsx reader hands it to the engine:
 * with longestText, which the reader counts as it makes each text (a grid
 * without it costs the engine one more pass over every cell: docs/engine.md).
 */
function gridOf(rows) {
  let longestText = 0;
  for (const row of rows) for (const v of row) if (typeof v === "string" && v.length > longestText) longestText = v.length;
  return { sheet: "取組一覧", top: 0, left: 0, values: rows, longestText };
}

/** Writes the register as .xlsx with exceljs' streaming writer (fast, low memory). */
async function writeRegisterFile(file, rows) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("取組一覧");
  for (const r of registerRows(rows)) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

module.exports = { registerRows, gridOf, writeRegisterFile, HEADERS };
