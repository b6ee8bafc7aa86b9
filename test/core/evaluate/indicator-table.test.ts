/** IndicatorTable: results stored as columns read back exactly through views. */
import { IndicatorTable } from "../../../src/core/evaluate/indicator-table";
import type { IndicatorResult, Target } from "../../../src/core/evaluate/types";

const T: Target = { kind: "atMost", value: 0, strict: false, unit: "件", dueFiscalYear: null, text: "0件以下" };

const ROWS: IndicatorResult[] = [
  { name: "件数", display: { target: "0件以下", actual: "0件", prior: "" }, row: 4, target: T, actual: 0, prior: null, unit: "件", achievement: Infinity, change: null, status: "exceeded" },
  { name: "", display: { target: "27年度末までに策定", actual: "策定済", prior: "" }, row: 5, target: null, actual: "done", prior: null, unit: null, achievement: null, change: null, status: "met" },
  { name: "方針", display: { target: "", actual: "", prior: "" }, row: 6, target: null, actual: "notDone", prior: null, unit: null, achievement: null, change: null, status: "notYetDue" },
  { name: "率", display: { target: "前年比5%以上", actual: "-1.5%", prior: "−2%" }, row: 7, target: null, actual: -1.5, prior: -2, unit: "%", achievement: -0.25, change: 25, status: "missed" },
  { name: "未測定", display: { target: "", actual: "", prior: "" }, row: 8, target: null, actual: null, prior: 0, unit: null, achievement: null, change: null, status: "notMeasured" },
];

describe("IndicatorTable", () => {
  const table = new IndicatorTable(ROWS.length);
  ROWS.forEach((r, i) => table.set(i, r));

  it("gives back every value as set: numbers, null, Infinity, done / not done, every status", () => {
    const views = table.views(0, ROWS.length);
    views.forEach((v, i) => expect(v).toMatchObject(ROWS[i]));
    expect(views.map((v) => v.actual)).toEqual([0, "done", "notDone", -1.5, null]);
    expect(views[0].achievement).toBe(Infinity);
    expect(views[4].prior).toBe(0);
    expect(views[4].achievement).toBeNull();
  });

  it("a view of one row equals the same row in a list of views; toJSON is the plain result", () => {
    expect(JSON.parse(JSON.stringify(table.view(3)))).toEqual(JSON.parse(JSON.stringify(table.views(0, 5)[3])));
    expect(JSON.parse(JSON.stringify(table.view(3)))).toEqual({ ...ROWS[3] });
  });
});
