/**
 * The committee copy of a report written through Office.js (fake Excel), as
 * the pane's 委員会用に書き出す makes it: two periods reported (the second
 * compared with the first through 評価履歴), the workbook's bytes from
 * getFileAsync, committeeCopy over them. The copy holds what `shinchoku
 * export` keeps by default — the report sheets, 前回比較 and the chart — and
 * neither the register nor the working sheets (検証結果, 評価履歴).
 */
import { strFromU8, unzipSync } from "fflate";
import { runEngine } from "../../../src/core/run";
import { committeeSheets } from "../../../src/core/report/sheet-names";
import type { Grid } from "../../../src/core/grid";
import { createOfficeHost } from "../../../src/workbook/office";
import type { OfficeDocument } from "../../../src/workbook/office/document-file";
import { committeeCopy } from "../../../src/workbook/xlsx/committee-copy";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../../src/workbook/xlsx/read-grid";
import { FakeExcel, fakeWorkbookFrom, savedWorkbookBytes } from "../../fakes/excel";
import { REGISTER_SHEET, smallSample } from "../../e2e/sample-rows";

function fakeWithSample(): FakeExcel {
  const sample = smallSample();
  return new FakeExcel(fakeWorkbookFrom(sample.sheets, { merges: sample.merges }));
}

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported }, async (b64) => void fake.createdWorkbooks.push(b64), fake.document as unknown as OfficeDocument);
}

/** One pane run of 集計表を作成 for the period `fiscalYear`, with the history the host read. */
async function report(fake: FakeExcel, fiscalYear: string): Promise<void> {
  const host = hostOf(fake);
  const s = await host.load(null);
  const result = runEngine({ register: s.register as Grid, settingsSheet: s.settings, overrides: { fiscalYear: Number(fiscalYear) }, history: s.history ?? null });
  if (result.report === null) throw new Error("report blocked");
  await host.writeReport(result.report);
}

/** Two periods: 平成26年度, then 平成27年度 with No.3 fallen behind (so 前回比較 has a change). */
async function twoPeriods(): Promise<FakeExcel> {
  const fake = fakeWithSample();
  await report(fake, "2014");
  const register = fake.workbook.sheet(REGISTER_SHEET)!;
  const row3 = register.values.findIndex((r) => r !== undefined && r[0] === 3);
  register.setValue(row3, 4, "遅れ");
  register.setValue(row3, 9, "講師の確保が遅れたため。");
  register.setValue(row3, 10, "年度当初に講師を確保する。");
  await report(fake, "2015");
  return fake;
}

function valuesOf(fake: FakeExcel, sheet: string): unknown[][] {
  const s = fake.workbook.sheet(sheet)!;
  return s.values.map((r) => (r ?? []).map((v) => v ?? null));
}

describe("the committee copy of a report written through Office.js", () => {
  it("holds the CLI's default sheets, 前回比較 as written, and the report's chart — not the register, 検証結果 or 評価履歴", async () => {
    const fake = await twoPeriods();
    const names = fake.workbook.sheetNames;
    expect(names).toEqual(expect.arrayContaining(["進捗集計", "前回比較", "評価履歴", REGISTER_SHEET]));

    const bytes = await hostOf(fake).documentFile!();
    const copy = committeeCopy(bytes);
    if (copy.kind !== "copy") throw new Error("no copy");
    const generated = listSheets(openPackage(bytes)).filter((s) => s.generated).map((s) => s.name);
    expect(copy.sheets).toEqual(committeeSheets(generated));
    const pkg = openPackage(copy.bytes);
    const copied = listSheets(pkg).map((s) => s.name);
    expect(copied).toEqual(copy.sheets);
    expect(copied).toEqual(expect.arrayContaining(["進捗集計", "前回比較"]));
    for (const absent of [REGISTER_SHEET, "評価履歴", "検証結果", "設定", "メモ"]) expect(copied).not.toContain(absent);

    // 前回比較 as the pane wrote it, cell for cell.
    const comparison = readGrid(pkg, "前回比較");
    const written = valuesOf(fake, "前回比較");
    const at = (r: number, c: number) => comparison.values[r - comparison.top]?.[c - comparison.left] ?? null;
    written.forEach((row, r) => row.forEach((v, c) => expect([r, c, at(r, c)]).toEqual([r, c, v])));
    expect(JSON.stringify(comparison.values)).toContain("B←A");

    // The chart: one drawing and one chart part, the frame named as the report's, series over 進捗集計's cells.
    const parts = unzipSync(copy.bytes);
    const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chartXml = strFromU8(parts[charts[0]]);
    expect(chartXml).toContain("<c:barChart>");
    expect(chartXml).toContain("'進捗集計'!$B$");
    const drawing = Object.keys(parts).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(strFromU8(parts[drawing!])).toContain('name="shinchoku_chart"');
    // Nothing in the copy points back at the register.
    const text = Object.keys(parts).filter((p) => p.endsWith(".xml")).map((p) => strFromU8(parts[p])).join("\n");
    expect(text).not.toContain(REGISTER_SHEET + "!");
  });

  it("leaves a chart behind that is not the report's (a chart Excel named \"Chart 1\"), as `shinchoku export` does", async () => {
    const fake = await twoPeriods();
    fake.workbook.sheet("進捗集計")!.charts[0].name = "Chart 1";
    const copy = committeeCopy(savedWorkbookBytes(fake.workbook));
    if (copy.kind !== "copy") throw new Error("no copy");
    expect(Object.keys(unzipSync(copy.bytes)).filter((p) => p.startsWith("xl/charts/"))).toEqual([]);
    expect(copy.sheets).toContain("進捗集計");
  });

  it("says there is no report in a workbook without report sheets, and throws on bytes that are no package", async () => {
    const fake = fakeWithSample();
    expect(committeeCopy(await hostOf(fake).documentFile!())).toEqual({ kind: "noReport" });
    expect(() => committeeCopy(new Uint8Array([1, 2, 3, 4]))).toThrow();
  });
});
