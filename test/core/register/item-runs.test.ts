import fc from "fast-check";
import { ItemRuns } from "../../../src/core/register/item-runs";

/** What ItemRuns must give back: every item's rows and indicator rows, in the order they were added. */
function naive(steps: readonly { item: number; gap: number; indicator: boolean }[]) {
  const rows = new Map<number, number[]>();
  const indicators = new Map<number, number[]>();
  let row = 3;
  for (const s of steps) {
    row += s.gap;
    if (!rows.has(s.item)) {
      rows.set(s.item, []);
      indicators.set(s.item, []);
    }
    rows.get(s.item)!.push(row);
    if (s.indicator) indicators.get(s.item)!.push(row);
  }
  return { rows, indicators };
}

function read(runs: ItemRuns, items: number) {
  const rows = new Map<number, number[]>();
  const indicators = new Map<number, number[]>();
  for (let i = 0; i < items; i++) {
    if (runs.rowCount(i) === 0) continue;
    rows.set(i, Array.from({ length: runs.rowCount(i) }, (_, k) => runs.row(i, k)));
    indicators.set(i, Array.from({ length: runs.indicatorCount(i) }, (_, k) => runs.indicatorRow(i, k)));
  }
  return { rows, indicators };
}

describe("ItemRuns", () => {
  it("gives back each item's rows and indicator rows, whatever the layout", () => {
    // Items mostly in blocks (the same item several rows running), with gaps (blank rows), rows without
    // indicator values, and items coming back further down.
    const step = fc.record({
      item: fc.nat({ max: 5 }),
      gap: fc.constantFrom(1, 1, 1, 1, 2, 3),
      indicator: fc.constantFrom(true, true, true, false),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const runs = new ItemRuns(200);
        let row = 3;
        for (const s of steps) {
          row += s.gap;
          runs.enter(s.item);
          runs.addRow(row, s.indicator);
        }
        runs.flush();
        const want = naive(steps);
        const got = read(runs, 6);
        expect(got).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps a block of indicator rows as its first row and count, and lists any other item", () => {
    const runs = new ItemRuns(20);
    runs.enter(0);
    for (const r of [2, 3, 4]) runs.addRow(r, true);
    runs.enter(1);
    runs.addRow(5, true);
    runs.addRow(6, false);
    runs.addRow(8, true);
    runs.enter(0);
    runs.addRow(9, true);
    runs.flush();
    expect([0, 1, 2, 3].map((k) => runs.row(0, k))).toEqual([2, 3, 4, 9]);
    expect([0, 1, 2, 3].map((k) => runs.indicatorRow(0, k))).toEqual([2, 3, 4, 9]);
    expect([runs.rowCount(1), runs.indicatorCount(1)]).toEqual([3, 2]);
    expect([0, 1, 2].map((k) => runs.row(1, k))).toEqual([5, 6, 8]);
    expect([0, 1].map((k) => runs.indicatorRow(1, k))).toEqual([5, 8]);
  });
});
