import fc from "fast-check";
import { plainItems } from "../../../src/core/register/entries";
import { readRegister } from "../../../src/core/register/read-register";
import type { CellValue, MergedArea } from "../../../src/core/grid";
import { deepFreeze, gridFromRows, merge } from "../../helpers/grid";

const WORDS = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "再掲", "12（再掲）", "No.3", "Ⅰ", "順調", "遅れ"];

const HEADER_WORDS = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "再掲", "要因", "基準日"];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.integer({ min: 0, max: 20 }),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
);

const randomGrid = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 30 }),
    top: fc.nat(3),
    left: fc.nat(3),
    withFormats: fc.boolean(),
    header: fc.option(fc.tuple(fc.nat(3), fc.shuffledSubarray(HEADER_WORDS, { minLength: HEADER_WORDS.length }))),
    mergeSeeds: fc.array(fc.tuple(fc.nat(35), fc.nat(10), fc.nat(4), fc.nat(2)), { maxLength: 6 }),
  })
  .map(({ rows, top, left, withFormats, mergeSeeds, header }) => {
    // most grids get a header row somewhere near the top, so that the body is read too
    if (header) rows.splice(Math.min(header[0], rows.length), 0, header[1]);
    const merges: MergedArea[] = mergeSeeds.map(([r, c, h, w]) => merge(top + r, left + c, top + r + h, left + c + w));
    const numberFormats = withFormats ? rows.map((row) => row.map((v) => (typeof v === "number" ? "0.0" : null))) : undefined;
    return gridFromRows("取組一覧", rows, { top, left, merges, numberFormats });
  });

describe("readRegister (properties)", () => {
  test("never changes the grid, and never throws", () => {
    let read = 0;
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const before = structuredClone(grid);
        const reg = readRegister(deepFreeze(grid)); // a write to a frozen object throws in strict mode
        expect(grid).toEqual(before);
        read += plainItems(reg).length;
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(100); // the property did exercise the body reader
  });

  /** A generated register: items of 1–4 rows, written in the ways staff write continuation rows. */
  const HEADER = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値"];
  const item = fc.record({
    rows: fc.array(fc.record({ indicator: fc.boolean(), blankAfter: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    style: fc.constantFrom("blank", "repeat", "merged"),
  });

  test("every row with indicator data ends up in exactly one item's indicators, and every row in one item", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const rows: CellValue[][] = [HEADER];
        const merges: MergedArea[] = [];
        const indicatorRows: number[] = [];
        const dataRows: number[] = [];
        items.forEach((it, n) => {
          const first = rows.length;
          it.rows.forEach((r, k) => {
            const own = k === 0 || it.style === "repeat";
            const row: CellValue[] = [
              own && !(it.style === "merged" && k > 0) ? `No.${n + 1}` : null,
              own ? "Ⅰ" : null,
              own ? `取組${n + 1}` : null,
              own ? "順調" : null,
            ];
            if (r.indicator) row.push(`指標${n}-${k}`, 10, 12);
            // a continuation row with nothing of its own is blank: it belongs to no item
            if (row.some((v) => v !== null)) {
              if (r.indicator) indicatorRows.push(rows.length);
              dataRows.push(rows.length);
            }
            rows.push(row);
            if (r.blankAfter) rows.push([]);
          });
          if (it.style === "merged" && rows.length - 1 > first) merges.push(merge(first, 0, rows.length - 1, 0));
        });
        const reg = readRegister(gridFromRows("取組一覧", rows, { merges }));
        expect(reg.findings).toEqual(items.length === 0 ? [expect.objectContaining({ code: "no-items" })] : []);
        expect(plainItems(reg)).toHaveLength(items.length);
        const seen = plainItems(reg).flatMap((i) => i.indicators.map((r) => r.row));
        expect(seen.sort((a, b) => a - b)).toEqual(indicatorRows);
        expect(plainItems(reg).flatMap((i) => i.rows).sort((a, b) => a - b)).toEqual(dataRows);
      }),
      { numRuns: 300 },
    );
  });
});
