/**
 * The two stores behind Register.entries — the reader's (SheetCells) and
 * plain items — must read alike: every read of a read register equals the
 * same read of its plain copy, and evaluating either gives the same result.
 */
import fc from "fast-check";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { plainItem, plainItems, registerOfItems } from "../../../src/core/register/entries";
import { INDICATOR_COLUMNS, ITEM_COLUMNS } from "../../../src/core/register/aliases";
import { readRegister } from "../../../src/core/register/read-register";
import type { Entries, Register, SourceCell } from "../../../src/core/register/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { gridFromRows } from "../../helpers/grid";
import { randomGrid } from "../../helpers/random-register";

function plainCell(c: SourceCell | undefined): SourceCell | undefined {
  return c === undefined ? undefined : { value: c.value, format: c.format, address: c.address, row: c.row, col: c.col };
}

/** A register of plain objects with the same content. */
function plainCopy(reg: Register): Register {
  return registerOfItems(reg, plainItems(reg));
}

/** Every read Entries offers of entry i, as plain data. */
function readsOf(e: Entries, i: number): unknown {
  const indicators = Array.from({ length: e.indicatorCount(i) }, (_, k) => ({
    row: e.indicatorRow(i, k),
    values: INDICATOR_COLUMNS.map((key) => e.indicator(i, k, key)),
    shown: INDICATOR_COLUMNS.map((key) => e.indicatorShown(i, k, key)),
    cells: INDICATOR_COLUMNS.map((key) => plainCell(e.indicatorCells(i, k)[key])),
  }));
  return {
    row: e.row(i),
    no: e.no(i),
    rows: e.rows(i),
    fields: ITEM_COLUMNS.map((key) => [e.field(i, key), plainCell(e.fieldCell(i, key))]),
    indicators,
  };
}

describe("Register.entries", () => {
  test("the reader's store reads as its plain copy does", () => {
    let checked = 0;
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const reg = readRegister(grid);
        const plain = plainCopy(reg);
        expect(plain.entries.count).toBe(reg.entries.count);
        for (let i = 0; i < reg.entries.count; i++) {
          expect(readsOf(reg.entries, i)).toEqual(readsOf(plain.entries, i));
          checked += reg.entries.indicatorCount(i);
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  test("evaluating a read register gives what evaluating its plain copy gives", () => {
    const settings = { ...DEFAULT_SETTINGS, fiscalYear: 2014 };
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const reg = readRegister(grid);
        const lazy = evaluate(reg, settings);
        const plain = evaluate(plainCopy(readRegister(grid)), settings);
        // Every field (getters included: toJSON).
        const strip = (e: typeof lazy) => ({
          ...e,
          items: e.items.map((item) => JSON.parse(JSON.stringify(item)) as unknown),
          delayed: e.delayed.length,
          overrides: e.overrides.length,
        });
        expect(strip(lazy)).toEqual(strip(plain));
      }),
      { numRuns: 300 },
    );
  });

  test("plainItem: non-blank cells only, the implied re-listing of a （再掲） No. at the No. cell", () => {
    const reg = readRegister(
      gridFromRows("取組一覧", [
        ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値"],
        ["12（再掲）", "Ⅱ", "取組", "順調", "来場者数", "99団体以上", "71件"],
        [null, null, null, null, "登録団体数", "維持", "5団体"],
      ]),
    );
    const item = plainItem(reg.entries, 0);
    expect(item).toEqual({
      row: 1,
      no: "12",
      fields: {
        no: { value: "12（再掲）", format: null, address: "取組一覧!A2", row: 1, col: 0 },
        area: { value: "Ⅱ", format: null, address: "取組一覧!B2", row: 1, col: 1 },
        name: { value: "取組", format: null, address: "取組一覧!C2", row: 1, col: 2 },
        schedule: { value: "順調", format: null, address: "取組一覧!D2", row: 1, col: 3 },
        relistOf: { value: "12", format: null, address: "取組一覧!A2", row: 1, col: 0 },
      },
      indicators: [
        {
          row: 1,
          cells: {
            indicator: { value: "来場者数", format: null, address: "取組一覧!E2", row: 1, col: 4 },
            target: { value: "99団体以上", format: null, address: "取組一覧!F2", row: 1, col: 5 },
            actual: { value: "71件", format: null, address: "取組一覧!G2", row: 1, col: 6 },
          },
        },
        {
          row: 2,
          cells: {
            indicator: { value: "登録団体数", format: null, address: "取組一覧!E3", row: 2, col: 4 },
            target: { value: "維持", format: null, address: "取組一覧!F3", row: 2, col: 5 },
            actual: { value: "5団体", format: null, address: "取組一覧!G3", row: 2, col: 6 },
          },
        },
      ],
      rows: [1, 2],
    });
  });
});
