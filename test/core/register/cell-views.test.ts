/**
 * The reader's items build `fields` / `indicators` / `cells` only when asked;
 * the evaluation reads them through cell views instead. These must say the
 * same as the built objects, and evaluating a read register must give what
 * evaluating a plain copy of it gives.
 */
import type { ItemResult } from "../../../src/core/evaluate/types";
import fc from "fast-check";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { cellsView, fieldsView, indicatorCount, indicatorRowOf } from "../../../src/core/register/cell-views";
import { readRegister } from "../../../src/core/register/read-register";
import type { IndicatorRow, Register, RegisterItem, SourceCell } from "../../../src/core/register/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { gridFromRows } from "../../helpers/grid";
import { randomGrid } from "../../helpers/random-register";

function plainCell(c: SourceCell | undefined): SourceCell | undefined {
  return c === undefined ? undefined : { value: c.value, format: c.format, address: c.address, row: c.row, col: c.col };
}

/** The defined keys of a view or of built cells, as plain cells. */
function plainCells(cells: Readonly<Record<string, SourceCell | undefined>>): Record<string, SourceCell> {
  const out: Record<string, SourceCell> = {};
  for (const [k, c] of Object.entries(cells)) if (c !== undefined) out[k] = plainCell(c)!;
  return out;
}

/** A register of plain objects with the same content (everything built). */
function plainCopy(reg: Register): Register {
  const items: RegisterItem[] = reg.items.map((item) => ({
    row: item.row,
    no: item.no,
    fields: plainCells(item.fields),
    indicators: item.indicators.map((r): IndicatorRow => ({ row: r.row, cells: plainCells(r.cells) })),
    rows: [...item.rows],
  }));
  return { ...reg, items };
}

describe("cell views of a read register", () => {
  test("say what the built fields and cells say", () => {
    let checked = 0;
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const reg = readRegister(grid);
        // Views first (building an item's fields makes its view return them).
        const views = reg.items.map((item) => ({
          fields: plainCells(fieldsView(item)),
          rows: Array.from({ length: indicatorCount(item) }, (_, k) => ({
            row: indicatorRowOf(item, k),
            cells: plainCells(cellsView(item, k)),
          })),
        }));
        reg.items.forEach((item, i) => {
          expect(views[i].fields).toEqual(plainCells(item.fields));
          expect(views[i].rows).toEqual(item.indicators.map((r) => ({ row: r.row, cells: plainCells(r.cells) })));
          checked += views[i].rows.length;
        });
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
        const strip = (e: typeof lazy) => ({ ...e, items: e.items.map((item) => {
            // Every field (getters included: toJSON), with the register item named by its row.
            const { source, ...rest } = JSON.parse(JSON.stringify(item)) as ItemResult;
            return { ...rest, sourceRow: source.row };
          }), delayed: e.delayed.length, overrides: e.overrides.length });
        expect(strip(lazy)).toEqual(strip(plain));
      }),
      { numRuns: 300 },
    );
  });

  test("an item is JSON as the plain shape, and its parts are built once", () => {
    const reg = readRegister(
      gridFromRows("取組一覧", [
        ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値"],
        ["12（再掲）", "Ⅱ", "取組", "順調", "来場者数", "99団体以上", "71件"],
        [null, null, null, null, "登録団体数", "維持", "5団体"],
      ]),
    );
    const item = reg.items[0];
    expect(JSON.parse(JSON.stringify(item))).toEqual({
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
    expect(item.fields).toBe(item.fields);
    expect(item.indicators).toBe(item.indicators);
    expect(item.indicators[0].cells).toBe(item.indicators[0].cells);
    expect(item.rows).toBe(item.rows);
  });
});
