/**
 * Random register grids for property tests: the words staff write (re-listings,
 * schedules, every kind of target, ratings), numbers with a percentage format,
 * blanks, booleans and Excel errors, merged cells, offsets, with and without
 * a 再掲 column.
 */
import fc from "fast-check";
import type { CellValue, MergedArea } from "../../src/core/grid";
import { gridFromRows, merge } from "./grid";

const WORDS = ["12（再掲）", "No.3", "3", 3, 4, "Ⅰ 地域", "Ⅱ 情報", "順調", "遅れ", "予定以上", "前年比5％以上", "99団体以上", "維持", "27年度末までに策定", "策定済", "71件", "90%", "○", "S", "B", "人員不足", "対応"];
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(" ", true, false, { error: "#N/A" }) },
);
/** With and without a 再掲 column: without one, only a `（再掲）` No. says that an item re-lists. */
const HEADERS = [
  ["No", "分野", "項目名", "スケジュール", "要因", "今後の対応", "成果指標", "目標値", "実績値", "前年度実績", "再掲", "確定評価", "上書き理由"],
  ["No", "分野", "項目名", "スケジュール", "要因", "成果指標", "目標値", "実績値"],
];

export const randomGrid = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(fc.array(cellValue, { maxLength: 13 }), { minLength: 1, maxLength: 25 }),
    top: fc.nat(2),
    left: fc.nat(2),
    mergeSeeds: fc.array(fc.tuple(fc.nat(25), fc.nat(12), fc.nat(3)), { maxLength: 5 }),
  })
  .map(({ header, rows, top, left, mergeSeeds }) => {
    const merges: MergedArea[] = mergeSeeds.map(([r, c, h]) => merge(top + 1 + r, left + c, top + 1 + r + h, left + c));
    const numberFormats = [header, ...rows].map((row) => row.map((v) => (typeof v === "number" ? "0%" : null)));
    return gridFromRows("取組一覧", [header, ...rows], { top, left, merges, numberFormats });
  });

