/** IndicatorTable: results stored as columns read back exactly through views; texts read from the register's cells. */
import { IndicatorTable, IndicatorView } from "../../../src/core/evaluate/indicator-table";
import type { IndicatorResult, Target } from "../../../src/core/evaluate/types";
import { itemEntries } from "../../../src/core/register/entries";
import type { IndicatorColumn, RegisterItem, SourceCell } from "../../../src/core/register/types";

const T: Target = { kind: "atMost", value: 0, strict: false, unit: "件", dueFiscalYear: null, text: "0件以下" };
const M: Target = { kind: "milestone", value: null, strict: false, unit: null, dueFiscalYear: 2015, text: "27年度末までに策定" };
const G: Target = { kind: "growth", value: 5, strict: true, unit: "%", dueFiscalYear: null, text: "維持" };

const ROWS: IndicatorResult[] = [
  { name: "件数", display: { target: "0件以下", actual: "0件", prior: "" }, row: 4, target: T, actual: 0, prior: null, unit: "件", achievement: Infinity, change: null, status: "exceeded" },
  { name: "", display: { target: "27年度末までに策定", actual: "策定済", prior: "" }, row: 5, target: M, actual: "done", prior: null, unit: null, achievement: null, change: null, status: "met" },
  { name: "方針", display: { target: "方針策定", actual: "", prior: "" }, row: 6, target: null, actual: "notDone", prior: null, unit: null, achievement: null, change: null, status: "notYetDue" },
  { name: "率", display: { target: "前年比5%以上", actual: "-1.5%", prior: "−2%" }, row: 7, target: null, actual: -1.5, prior: -2, unit: "%", achievement: -0.25, change: 25, status: "missed" },
  { name: "未測定", display: { target: "", actual: "", prior: "" }, row: 8, target: null, actual: null, prior: 0, unit: null, achievement: null, change: null, status: "notMeasured" },
  // A type-only target (no target cell): its text is the type cell's.
  { name: "維持率", display: { target: "維持", actual: "", prior: "" }, row: 9, target: G, actual: null, prior: null, unit: "%", achievement: null, change: null, status: "notMeasured" },
];

function cell(value: string, row: number, col: number): SourceCell {
  return { value, format: null, address: `取組一覧!R${row + 1}C${col + 1}`, row, col };
}

/** A hand-built register item whose indicator rows hold the texts of ROWS. */
const ITEM: RegisterItem = {
  row: 4,
  no: "1",
  fields: {},
  rows: ROWS.map((r) => r.row),
  indicators: ROWS.map((r, i) => {
    const cells: Partial<Record<IndicatorColumn, SourceCell>> = {};
    if (r.name !== "") cells.indicator = cell(r.name, r.row, 6);
    if (i === 5) cells.targetType = cell("維持", r.row, 7);
    else if (r.display.target !== "") cells.target = cell(r.display.target, r.row, 8);
    if (r.display.actual !== "") cells.actual = cell(r.display.actual, r.row, 9);
    if (r.display.prior !== "") cells.prior = cell(r.display.prior, r.row, 10);
    return { row: r.row, cells };
  }),
};

describe("IndicatorTable", () => {
  const table = new IndicatorTable(ROWS.length);
  ROWS.forEach((r, i) => table.set(i, { target: r.target, actual: r.actual, prior: r.prior, unit: r.unit, achievement: r.achievement, status: r.status }));

  it("gives back every value as set: numbers, null, Infinity, done / not done, every status, targets of every shape", () => {
    const views = table.views(0, ROWS.length, itemEntries([ITEM]), 0);
    views.forEach((v, i) => expect(JSON.parse(JSON.stringify(v))).toEqual(JSON.parse(JSON.stringify(ROWS[i]))));
    expect(views.map((v) => v.actual)).toEqual([0, "done", "notDone", -1.5, null, null]);
    expect(views[0].achievement).toBe(Infinity);
    expect(views[4].prior).toBe(0);
    expect(views[4].achievement).toBeNull();
    expect(views.map((v) => v.target)).toEqual(ROWS.map((r) => r.target));
  });

  it("a view of one row equals the same row in a list of views; toJSON is the plain result", () => {
    expect(JSON.parse(JSON.stringify(table.view(3, itemEntries([ITEM]), 0, 3)))).toEqual(JSON.parse(JSON.stringify(table.views(0, 6, itemEntries([ITEM]), 0)[3])));
    expect((table.view(3, itemEntries([ITEM]), 0, 3) as IndicatorView).toJSON()).toEqual({ ...ROWS[3] });
  });

  it("keeps each distinct unit once", () => {
    const big = new IndicatorTable(1000);
    for (let i = 0; i < 1000; i++) big.set(i, { target: i % 2 === 0 ? T : null, actual: i, prior: null, unit: i % 3 === 0 ? "人" : "件", achievement: null, status: "met" });
    expect(big.unitAt(0)).toBe("人");
    expect(big.unitAt(1)).toBe("件");
    expect(big.units).toEqual(["人", "件"]);
  });
});
