/**
 * Joined blocks and merges (coalesce.ts): the same sheet, in fewer operations.
 * Each sheet of the 62-item cycle report (前回比較 with its 「A←B」 lists,
 * 評価履歴, 進捗集計, ...) is rendered into the fake Excel twice — blocks and
 * merges joined, and one operation per block and merge as the model lists
 * them — and every cell must end with the same value and formatting, the
 * same merged areas, widths and heights.
 */
import { measureCycleRoundTrips } from "../../../bench/office-cycle";
import type { ReportSheet, StyledBlock } from "../../../src/core/report/model";
import { joinBlocks, joinMerges } from "../../../src/workbook/office/coalesce";
import { officeWriteFeatures } from "../../../src/workbook/office/features";
import { sheetSteps } from "../../../src/workbook/office/render-sheet";
import { FakeExcel, fakeWorkbookFrom, type FakeSheet } from "../../fakes/excel";
import { registerFixture, workbookWithRegister } from "./register-fixture";

async function rendered(sheet: ReportSheet, join: boolean): Promise<{ fake: FakeSheet; steps: number }> {
  const fake = new FakeExcel(fakeWorkbookFrom({ 表紙: [["x"]] }));
  const features = officeWriteFeatures({ isSetSupported: fake.isSetSupported });
  let steps = 0;
  await fake.excelRun(async (context) => {
    const ws = context.workbook.worksheets.add("S");
    const list = sheetSteps(sheet, () => ws, features, join);
    steps = list.length;
    for (const s of list) s.run();
    await context.sync();
  });
  return { fake: fake.workbook.sheet("S")!, steps };
}

function cellsOf(s: FakeSheet, rows: number, cols: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r <= rows; r++) for (let c = 0; c <= cols; c++) out.push([r, c, s.cellAt(r, c).value, s.formatAt(r, c)]);
  return out;
}

const sortedMerges = (s: FakeSheet): string[] => s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();

describe("joined blocks and merges: the same sheets in fewer operations", () => {
  let sheets: readonly ReportSheet[];
  beforeAll(async () => {
    sheets = (await measureCycleRoundTrips(workbookWithRegister(registerFixture(62)))).result.report!.sheets;
  }, 60000);

  it("writes every sheet of the cycle report cell for cell as one operation per block and merge does", async () => {
    expect(sheets.map((s) => s.name)).toContain("前回比較");
    for (const sheet of sheets) {
      const joined = await rendered(sheet, true);
      const plain = await rendered(sheet, false);
      const rows = sheet.rows.length + 1;
      const cols = Math.max(sheet.rows.width, sheet.columnWidths.length) + 1;
      expect({ sheet: sheet.name, cells: cellsOf(joined.fake, rows, cols) }).toEqual({ sheet: sheet.name, cells: cellsOf(plain.fake, rows, cols) });
      expect(sortedMerges(joined.fake)).toEqual(sortedMerges(plain.fake));
      expect(joined.fake.snapshot().rowHeights).toEqual(plain.fake.snapshot().rowHeights);
      expect(joined.fake.snapshot().columnWidths).toEqual(plain.fake.snapshot().columnWidths);
      expect(joined.steps).toBeLessThanOrEqual(plain.steps);
    }
    const comparison = sheets.find((s) => s.name === "前回比較")!;
    // 9 changed items: their rows' BODY, NUMBER and 項目名 merges were one operation each.
    expect((await rendered(comparison, true)).steps).toBeLessThan((await rendered(comparison, false)).steps - 2 * 9);
  });
});

describe("joinBlocks", () => {
  const A = { bold: true };
  const B = { fill: "FF0000" };
  const block = (top: number, left: number, bottom: number, right: number, style: StyledBlock["style"]): StyledBlock => ({ top, left, bottom, right, style });

  it("joins stacked equal blocks of the same columns, across blocks that do not overlap them", () => {
    const rows = [0, 1, 2].flatMap((r) => [block(r, 0, r, 3, A), block(r, 1, r, 1, B)]);
    expect(joinBlocks(rows)).toEqual([block(0, 0, 2, 3, A), block(0, 1, 2, 1, B)]);
  });

  it("keeps a block apart when a block applied after the one it would join overlaps it (later formatting wins)", () => {
    const list = [block(0, 0, 0, 3, A), block(0, 0, 1, 3, B), block(1, 0, 1, 3, A)];
    expect(joinBlocks(list)).toEqual(list);
  });

  it("keeps blocks of other columns, other styles or with a gap apart", () => {
    const list = [block(0, 0, 0, 3, A), block(1, 0, 1, 2, A), block(2, 0, 2, 3, { bold: false }), block(4, 0, 4, 3, A)];
    expect(joinBlocks(list)).toEqual(list);
  });
});

describe("joinMerges", () => {
  it("sends one-row merges of the same columns on consecutive rows as one merge(true); others as they are", () => {
    const merges = [
      { top: 0, left: 2, bottom: 0, right: 5 },
      { top: 1, left: 2, bottom: 1, right: 5 },
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 2, left: 2, bottom: 2, right: 5 },
      { top: 4, left: 2, bottom: 4, right: 5 },
    ];
    expect(joinMerges(merges)).toEqual([
      { top: 0, left: 2, bottom: 2, right: 5, across: true },
      { top: 0, left: 0, bottom: 1, right: 0, across: false },
      { top: 4, left: 2, bottom: 4, right: 5, across: false },
    ]);
  });
});
