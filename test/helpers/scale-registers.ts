/**
 * Registers shaped like other cities' published progress reports (issue 11),
 * built here rather than copied: the figures are the printed ones.
 *
 * Kizugawa City, 第3次行財政改革行動計画, 令和元年度末: 112 items, 99 rated,
 * 13 not rated (対象外・未評価), S/A/B/C 0/46/48/5, items added during the plan
 * numbered R1-1 … R1-5. The per-area split is ours (the report prints totals).
 *
 * Sado City: five levels A–E, self-rated; two self-ratings the numbers do
 * not support (市税徴収率 90.90 % against 93.1 %; ごみ総排出量 25,306 t against
 * at most 24,387 t, both rated A) among supported ones.
 */
import type { CellValue } from "../../src/core/grid";

export const REGISTER_HEADER: readonly string[] = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "自己評価", "要因", "今後の対応"];

type Kind = "S" | "A" | "B" | "C" | "notRated";

/** One item row of the kind: actuals against a target of 100 on the four-level scale 120 / 100 / 80 / –. */
function kizugawaRow(no: string, area: string, kind: Kind, k: number): CellValue[] {
  const name = `取組${no}`;
  switch (kind) {
    case "S":
      return [no, area, name, "予定どおり", "指標", "100件以上", "130件", null, null, null];
    case "A":
      return [no, area, name, "予定どおり", "指標", "100件以上", `${100 + (k % 15)}件`, null, null, null];
    case "B":
      return [no, area, name, "予定どおり", "指標", "100件以上", `${80 + (k % 20)}件`, null, null, null];
    case "C":
      return [no, area, name, "遅れ", "指標", "100件以上", "60件", null, "調整に時間を要した", "体制を見直す"];
    case "notRated":
      return [no, area, name, ["対象外", "未評価", "完了"][k % 3], null, null, null, null, null, null];
  }
}

/** Per area: [area, A, B, C, notRated] — totals 46 / 48 / 5 / 13 (S 0). */
const KIZUGAWA_AREAS: readonly [string, number, number, number, number][] = [
  ["1 市民との協働", 12, 10, 1, 3],
  ["2 行政サービスの向上", 10, 14, 2, 4],
  ["3 財政の健全化", 14, 12, 1, 3],
  ["4 組織・人材", 10, 12, 1, 3],
];

/** The R1-x items (added in 令和元年度) close the last area, in this order, with these kinds. */
const R1: readonly Kind[] = ["A", "B", "B", "A", "C"];

export const KIZUGAWA_TOTALS = { S: 0, A: 46, B: 48, C: 5, notRated: 13, total: 112 };

/** Expected per area: [area, items, S, A, B, C, notRated] (the last area's counts include its R1 items). */
export function kizugawaExpected(): [string, number, number, number, number, number, number][] {
  return KIZUGAWA_AREAS.map(([area, a, b, c, n]) => [area, a + b + c + n, 0, a, b, c, n]);
}

/** Grid rows of the register (header first). The R1 counts come out of the last area's A/B/C so the totals stay as printed. */
export function kizugawaRows(): CellValue[][] {
  const rows: CellValue[][] = [[...REGISTER_HEADER]];
  let no = 1;
  KIZUGAWA_AREAS.forEach(([area, a, b, c, n], i) => {
    const last = i === KIZUGAWA_AREAS.length - 1;
    const kinds: Kind[] = [
      ...Array<Kind>(a - (last ? R1.filter((k) => k === "A").length : 0)).fill("A"),
      ...Array<Kind>(b - (last ? R1.filter((k) => k === "B").length : 0)).fill("B"),
      ...Array<Kind>(c - (last ? R1.filter((k) => k === "C").length : 0)).fill("C"),
      ...Array<Kind>(n).fill("notRated"),
    ];
    kinds.forEach((kind, k) => rows.push(kizugawaRow(String(no++), area, kind, k)));
    if (last) R1.forEach((kind, k) => rows.push(kizugawaRow(`R1-${k + 1}`, area, kind, k)));
  });
  return rows;
}

/** The 設定 sheet of the Kizugawa-shaped plan. */
export function kizugawaSettings(): CellValue[][] {
  return [
    ["計画名", "第3次行財政改革行動計画"],
    ["対象年度", "令和元年度"],
    ["評価区分"],
    [null, "S", "特に良好に進捗", 120],
    [null, "A", "良好に進捗", 100],
    [null, "B", "概ね進捗", 80],
    [null, "C", "進捗に課題あり", null, "遅延"],
  ];
}

/** Sado-shaped: [No, name, indicator, target, actual, self] — rows 3 and 5 (Excel) are the unsupported ones. */
export function sadoRows(): CellValue[][] {
  return [
    [...REGISTER_HEADER],
    [1, "1 財政", "市税の収納率向上", "予定どおり", "市税徴収率", "93.1%", "90.90%", "A", null, null],
    [2, "1 財政", "使用料の見直し", "予定どおり", "見直し件数", "10件以上", "10件", "B", null, null],
    [3, "2 環境", "ごみの減量", "予定どおり", "ごみ総排出量", "24,387t以下", "25,306t", "A", null, null],
    [4, "2 環境", "資源化の推進", "予定どおり", "資源化率", "20%", "25%", "A", null, null],
    [5, "2 環境", "施設の統合", "遅れ", "統合施設数", "4施設", "3施設", "D", "地元調整", "協議を継続"],
  ];
}

export function sadoSettings(): CellValue[][] {
  return [
    ["対象年度", "令和元年度"],
    ["評価方法", "自己評価"],
    ["評価区分"],
    [null, "A", "極めて良好", 110],
    [null, "B", "良好", 100],
    [null, "C", "概ね良好", 90],
    [null, "D", "問題あり", 70, "遅延"],
    [null, "E", "極めて問題", null, "遅延"],
  ];
}
