/**
 * Two periods of a plan as .xlsx registers (contract §10), built here from
 * the published figures rather than copied.
 *
 * Nanto-shaped (南砺市): 83 self-rated items, scale A 前進 / B 現状維持 /
 * C 後退 / D 未着手, 評価方法 自己評価. 平成26年度末 53/21/7/2, 平成27年度末
 * 59/13/9/2: improved 8, worsened 4 — A←B No1, 7, 14, 70, 76, 77; A←C 43, 55;
 * C←A 38, 47; C←B 46, 78 (the same pair as test/core/cycle/compare.test.ts).
 *
 * Kizugawa-shaped (木津川市): the 令和元年度末 register of scale-registers.ts,
 * and 令和2年度末 with six level changes (to and from 対象外 among them) and
 * R2-1 … R2-4 added.
 */
import type { CellValue } from "../../src/core/grid";
import { openPackage, savePackage } from "../../src/workbook/xlsx/package";
import { worksheetXml } from "../../src/workbook/xlsx/sheet-xml";
import { workbookOf } from "../../src/workbook/xlsx/workbook";
import { createWorkbook } from "../../src/workbook/xlsx/new-workbook";
import { kizugawaRows, kizugawaSettings, REGISTER_HEADER } from "./scale-registers";

const D = [82, 83];
const C = [10, 20, 30, 40, 50, 43, 55];
const B = [11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 1, 7, 14, 70, 76, 77, 46, 78];
const MOVES = new Map<number, string>([
  ...[1, 7, 14, 70, 76, 77, 43, 55].map((n) => [n, "A"] as [number, string]),
  ...[38, 47, 46, 78].map((n) => [n, "C"] as [number, string]),
]);

export const nantoArea = (n: number): string => (n <= 20 ? "Ⅰ 行政運営の改革" : n <= 50 ? "Ⅱ 財政運営の改革" : "Ⅲ 組織・人材の改革");
const before = (n: number) => (D.includes(n) ? "D" : C.includes(n) ? "C" : B.includes(n) ? "B" : "A");
export const nantoLevel = (n: number, year: "h26" | "h27"): string => (year === "h26" ? before(n) : (MOVES.get(n) ?? before(n)));

function nantoRow(n: number, level: string, year: "h26" | "h27"): CellValue[] {
  const behind = level === "C" || level === "D";
  // Item 1 has a numeric indicator (its actual goes into 評価履歴); the others are rated on their schedule.
  const indicator: CellValue[] = n === 1 ? ["相談件数", "100件以上", year === "h26" ? "90件" : "120件"] : [null, null, null];
  return [n, nantoArea(n), `改革事項${n}`, behind ? "遅れ" : "予定どおり", ...indicator, level, behind ? "調整に時間を要した" : null, behind ? "体制を見直す" : null];
}

export function nantoRows(year: "h26" | "h27"): CellValue[][] {
  return [[...REGISTER_HEADER], ...Array.from({ length: 83 }, (_, i) => nantoRow(i + 1, nantoLevel(i + 1, year), year))];
}

export function nantoSettings(year: "h26" | "h27"): CellValue[][] {
  return [
    ["計画名", "南砺市行政改革実施計画"],
    ["対象年度", year === "h26" ? "平成26年度" : "平成27年度"],
    ["評価方法", "自己評価"],
    ["評価区分"],
    [null, "A", "前進", 100],
    [null, "B", "現状維持", 80],
    [null, "C", "後退", 50, "遅延"],
    [null, "D", "未着手", null, "遅延"],
  ];
}

export function nantoWorkbook(year: "h26" | "h27"): Uint8Array {
  return createWorkbook([
    { name: "取組一覧", rows: nantoRows(year) },
    { name: "設定", rows: nantoSettings(year) },
  ]);
}

/**
 * The workbook with one sheet's cells replaced by these rows (values only),
 * every other part as it was: what staff do when they enter the next
 * period's values into the reported workbook.
 */
export function withSheetRows(bytes: Uint8Array, sheet: string, rows: readonly (readonly CellValue[])[]): Uint8Array {
  const pkg = openPackage(bytes);
  const entry = workbookOf(pkg).sheets.find((s) => s.name === sheet);
  if (entry === undefined || entry.path === null) throw new Error(`no sheet ${sheet}`);
  const editor = pkg.edit();
  editor.set(entry.path, worksheetXml({ rows: { length: rows.length, row: (i: number) => rows[i] } }));
  return savePackage(editor.build());
}

/** Kizugawa 令和2年度末: the changes made and the items added, for the tests to check. */
export const KIZUGAWA_R2 = {
  /** [No, from, to] in register order. */
  changed: [] as [string, string | null, string | null][],
  added: ["R2-1", "R2-2", "R2-3", "R2-4"],
};

const S_ROW = (no: string, area: string): CellValue[] => [no, area, `取組${no}`, "予定どおり", "指標", "100件以上", "130件", null, null, null];
const A_ROW = (no: string, area: string): CellValue[] => [no, area, `取組${no}`, "予定どおり", "指標", "100件以上", "105件", null, null, null];
const B_ROW = (no: string, area: string): CellValue[] => [no, area, `取組${no}`, "予定どおり", "指標", "100件以上", "85件", null, null, null];
const C_ROW = (no: string, area: string): CellValue[] => [no, area, `取組${no}`, "遅れ", "指標", "100件以上", "60件", null, "調整に時間を要した", "体制を見直す"];
const NOT_RATED_ROW = (no: string, area: string): CellValue[] => [no, area, `取組${no}`, "対象外", null, null, null, null, null, null];

/** 令和2年度末: items 1 A→S, 12 B→A (the first B), 23 C→B (the first C), 24 対象外→A, R1-1 A→C, R1-5 C→対象外; R2-1 … R2-4 added to area 1. */
export function kizugawaR2Rows(): CellValue[][] {
  const rows = kizugawaRows().map((r) => [...r]);
  const set = (no: string, make: (no: string, area: string) => CellValue[]) => {
    const i = rows.findIndex((r) => String(r[0]) === no);
    rows[i] = make(no, String(rows[i][1]));
  };
  set("1", S_ROW);
  set("13", A_ROW);
  set("23", B_ROW);
  set("24", A_ROW);
  set("R1-1", C_ROW);
  set("R1-5", NOT_RATED_ROW);
  const area1 = String(rows[1][1]);
  const lastOfArea1 = rows.map((r) => String(r[1])).lastIndexOf(area1);
  rows.splice(lastOfArea1 + 1, 0, A_ROW("R2-1", area1), B_ROW("R2-2", area1), S_ROW("R2-3", area1), NOT_RATED_ROW("R2-4", area1));
  return rows;
}

export function kizugawaWorkbook(year: "r1" | "r2"): Uint8Array {
  const settings = kizugawaSettings().map((r) => (r[0] === "対象年度" ? ["対象年度", year === "r1" ? "令和元年度" : "令和2年度"] : r));
  return createWorkbook([
    { name: "取組一覧", rows: year === "r1" ? kizugawaRows() : kizugawaR2Rows() },
    { name: "設定", rows: settings },
  ]);
}
