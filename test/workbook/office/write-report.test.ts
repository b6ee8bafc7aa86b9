/**
 * WorkbookHost.writeReport over the fake Excel: what lands in the workbook,
 * which sheets are replaced, text that stays text, the request budget, and
 * all-or-nothing under a failure at any operation.
 */
import { rowsToArray } from "../../../src/core/report/model";
import type { ReportModel, ReportSheet } from "../../../src/core/report/model";
import { createOfficeHost } from "../../../src/workbook/office";
import { columnWidthPoints } from "../../../src/workbook/office/units";
import { FakeExcel, MARKER, MB, fakeWorkbookFrom, type FakeExcelOptions, type FakeSheet, type FakeWorkbook } from "../../fakes/excel";
import { registerFixture, workbookWithRegister } from "./register-fixture";
import { TRICKY_TEXT, findingsSheet, largeReport, ratingsSheet, smallReport, summarySheet } from "./report-fixture";

const f = registerFixture(8);

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

function sheet(fake: FakeExcel, name: string): FakeSheet {
  const s = fake.workbook.sheet(name);
  if (!s) throw new Error(`no sheet ${name} in ${fake.workbook.sheetNames.join(", ")}`);
  return s;
}

/** The model's values as the written sheet must hold them. */
function expectValues(s: FakeSheet, model: ReportSheet): void {
  const width = Math.max(model.columnWidths.length, ...rowsToArray(model.rows).map((r) => r.length));
  const got = s.valuesIn({ top: 0, left: 0, bottom: model.rows.length - 1, right: width - 1 });
  const want = rowsToArray(model.rows).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  expect(got).toEqual(want);
  expect(s.formulas.size).toBe(0);
}

function userSheets(wb: FakeWorkbook, names: string[]) {
  return names.map((n) => wb.sheet(n)!.snapshot());
}

describe("writeReport: a first run", () => {
  it("writes every sheet, marked, after the user's sheets, in 2 round trips, leaving the user's sheets alone", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const before = userSheets(fake.workbook, ["表紙", "取組一覧", "設定"]);
    const model = smallReport();
    const out = await hostOf(fake).writeReport(model);

    expect(out.written).toEqual(["進捗集計", "評価結果", "検証結果"]);
    expect(fake.workbook.sheetNames).toEqual(["表紙", "取組一覧", "設定", "進捗集計", "評価結果", "検証結果"]);
    for (const m of model.sheets) {
      expectValues(sheet(fake, m.name), m);
      expect(sheet(fake, m.name).names).toEqual([MARKER]);
    }
    expect(userSheets(fake.workbook, ["表紙", "取組一覧", "設定"])).toEqual(before);
    expect(out.roundTrips).toBe(2);
    expect(fake.roundTrips).toBe(2);
    expect(out.largestRequestBytes).toBeGreaterThanOrEqual(fake.largestRequestBytes);
    expect(out.largestRequestBytes).toBeLessThanOrEqual(4 * MB);
  });

  it("formats whole blocks (never cell by cell): fonts, fills, borders on every edge, alignment, number formats", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const model = smallReport();
    await hostOf(fake).writeReport(model);
    const s = sheet(fake, "進捗集計");
    const rects = new Set(model.sheets[0].blocks.map((b) => JSON.stringify({ top: b.top, left: b.left, bottom: b.bottom, right: b.right })));
    expect(s.formats.length).toBeGreaterThan(0);
    for (const rec of s.formats) expect(rects.has(JSON.stringify(rec.rect))).toBe(true);

    expect(s.cell("A1").format).toMatchObject({ "font.bold": true, "font.size": 14, verticalAlignment: "Center" });
    const header = s.cell("B5").format;
    expect(header).toMatchObject({ "font.bold": true, "fill.color": "#D9D9D9", horizontalAlignment: "Center", wrapText: true });
    for (const side of ["top", "bottom", "left", "right"]) {
      expect(header[`border.${side}.style`]).toBe("Continuous");
      expect(header[`border.${side}.weight`]).toBe("Thin");
    }
    // Inside edges of a body block: a middle cell has all four sides.
    const inner = s.cell("C7").format;
    for (const side of ["top", "bottom", "left", "right"]) expect(inner[`border.${side}.style`]).toBe("Continuous");
    expect(s.cell("B6").numberFormat).toBe("0");
    expect(s.cell("A6").numberFormat).toBe("General");
    expect(sheet(fake, "評価結果").cell("G2").numberFormat).toBe("0.0%");
    expect(sheet(fake, "評価結果").cell("G2").value).toBe(1.14);
    expect(s.cell("A8").format["font.bold"]).toBe(true);
    expect(sheet(fake, "検証結果").cell("B2").format).toMatchObject({ "fill.color": "#FFC7CE", "font.color": "#0563C1" });
  });

  it("writes merges, column widths (characters → points), row heights, links, frozen rows and print setup", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    await hostOf(fake).writeReport(smallReport());
    const s = sheet(fake, "進捗集計");
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 1, right: 3 },
    ]);
    expect(Object.fromEntries(s.columnWidths)).toEqual({ 0: columnWidthPoints(40), 1: columnWidthPoints(8), 2: columnWidthPoints(8), 3: columnWidthPoints(8) });
    expect(columnWidthPoints(40)).toBe(243.75);
    expect(Object.fromEntries(s.rowHeights)).toEqual({ 0: 24, 1: 48 });
    expect(s.pageLayout).toEqual({ orientation: "Portrait", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$5:$5" });
    expect(s.freeze).toEqual({ rows: 0, columns: 0 });

    const r = sheet(fake, "評価結果");
    expect(r.freeze).toEqual({ rows: 1, columns: 0 });
    expect(r.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$1" });
    expect(r.cell("C2").hyperlink).toEqual({ documentReference: "'取組一覧'!H12", textToDisplay: "=SUM(A1)" });

    const v = sheet(fake, "検証結果");
    expect(v.cell("B2").hyperlink).toEqual({ documentReference: "'取組一覧'!H12", textToDisplay: "取組一覧!H12" });
    expect(v.cell("B3").hyperlink).toEqual({ documentReference: "'My sheet'!A1", textToDisplay: "'My sheet'!A1" });
    expect(v.cell("B3").value).toBe("'My sheet'!A1");
    // A number cell keeps its number: no textToDisplay.
    expect(v.cell("B4").hyperlink).toEqual({ documentReference: "'取組一覧'!A1" });
    expect(v.cell("B4").value).toBe(12);
  });

  it("writes text that Excel would read as a formula, number, date, error or boolean as that exact text", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const model: ReportModel = { sheets: [ratingsSheet(TRICKY_TEXT.length)] };
    await hostOf(fake).writeReport(model);
    const s = sheet(fake, "評価結果");
    TRICKY_TEXT.forEach((text, i) => {
      const cell = s.cellAt(i + 1, 2);
      expect({ text, value: cell.value, formula: cell.formula }).toEqual({ text, value: text, formula: null });
      expect(cell.numberFormat).toBe("General");
    });
    expect(s.formulas.size).toBe(0);
    expect(s.cell("E2").value).toBe("1,000件以上");
  });

  it("writes nothing, in no round trip, for a model without sheets", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const before = fake.workbook.snapshot();
    expect(await hostOf(fake).writeReport({ sheets: [] })).toEqual({ written: [], roundTrips: 0, largestRequestBytes: 0 });
    expect(fake.workbook.snapshot()).toEqual(before);
    expect(fake.roundTrips).toBe(0);
  });
});

describe("writeReport: a rerun", () => {
  it("replaces only the marked sheets, where they stand, and leaves no temporary sheet", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const host = hostOf(fake);
    await host.writeReport(smallReport());
    // The user moves the summary to the front and adds a sheet of their own.
    const wb = fake.workbook;
    wb.sheets.unshift(...wb.sheets.splice(wb.sheets.indexOf(sheet(fake, "進捗集計")), 1));
    sheet(fake, "評価結果").setValue(0, 9, "ユーザーのメモ");
    wb.addSheet("メモ").setValue(0, 0, "自分用");
    const users = userSheets(wb, ["表紙", "取組一覧", "設定", "メモ"]);
    const order = wb.sheetNames;

    const next: ReportModel = { sheets: [summarySheet(), ratingsSheet(3), findingsSheet()] };
    const out = await host.writeReport(next);
    expect(out.written).toEqual(["進捗集計", "評価結果", "検証結果"]);
    expect(wb.sheetNames).toEqual(order);
    expectValues(sheet(fake, "評価結果"), next.sheets[1]);
    expect(sheet(fake, "評価結果").cell("J1").value).toBeNull();
    expect(userSheets(wb, ["表紙", "取組一覧", "設定", "メモ"])).toEqual(users);
    expect(wb.sheetNames.filter((n) => n.startsWith("~"))).toEqual([]);
    expect(out.roundTrips).toBe(3);
  });

  it("never touches a user's sheet with a report sheet's name: the report goes to 進捗集計 (2), and stays there", async () => {
    const wb = workbookWithRegister(f, { sheets: { 進捗集計: [["私の集計表", 1, 2, 3]] } });
    const fake = new FakeExcel(wb);
    const mine = sheet(fake, "進捗集計").snapshot();
    const host = hostOf(fake);
    const out = await host.writeReport(smallReport());
    expect(out.written).toEqual(["進捗集計 (2)", "評価結果", "検証結果"]);
    expect(sheet(fake, "進捗集計").snapshot()).toEqual(mine);
    expect(sheet(fake, "進捗集計 (2)").names).toEqual([MARKER]);
    expectValues(sheet(fake, "進捗集計 (2)"), summarySheet());

    // A rerun: the user's sheet is still untouched, the report sheets are replaced or suffixed per placeReportSheets.
    const again = await host.writeReport(smallReport());
    expect(again.written[0]).toBe("進捗集計 (2)");
    expect(again.written.slice(1)).toEqual(["評価結果", "検証結果"]);
    expect(sheet(fake, "進捗集計").snapshot()).toEqual(mine);
    expect(wb.sheetNames.slice(0, 4)).toEqual(["表紙", "取組一覧", "設定", "進捗集計"]);
    expect(wb.sheetNames.filter((n) => n.startsWith("進捗集計"))).toEqual(["進捗集計", "進捗集計 (2)"]);
  });


  it("deletes marked sheets left over by an interrupted run, and only those", async () => {
    const wb = workbookWithRegister(f, { sheets: { "~shinchoku-old-t1": [["途中"]], "~shinchoku-mine": [["ユーザーの"]] }, generated: ["~shinchoku-old-t1"] });
    const fake = new FakeExcel(wb);
    await hostOf(fake).writeReport(smallReport());
    expect(wb.sheetNames).toEqual(["表紙", "取組一覧", "設定", "~shinchoku-mine", "進捗集計", "評価結果", "検証結果"]);
  });
});

describe("writeReport: all or nothing", () => {
  async function rerunWorkbook(): Promise<FakeWorkbook> {
    const fake = new FakeExcel(workbookWithRegister(f, { sheets: { 進捗集計: [["私の集計表"]] } }));
    await hostOf(fake).writeReport(smallReport());
    return fake.workbook;
  }

  const scenarios: [string, () => Promise<FakeWorkbook>][] = [
    ["a first run", async () => workbookWithRegister(f)],
    ["a rerun replacing marked sheets", rerunWorkbook],
  ];

  it.each(scenarios)("a failure at any operation of %s leaves the workbook exactly as it was", async (_label, make) => {
    const model = smallReport();
    const clean = new FakeExcel(await make());
    await hostOf(clean).writeReport(model);
    const operations = clean.operationsApplied;
    const after = clean.workbook.snapshot();
    expect(operations).toBeGreaterThan(50);

    let rolledBack = 0;
    for (let k = 1; k <= operations; k++) {
      const fake = new FakeExcel(await make());
      const before = fake.workbook.snapshot();
      fake.failAt(k);
      let failed = false;
      try {
        await hostOf(fake).writeReport(model);
      } catch (e) {
        failed = true;
        expect((e as { code?: string }).code).toBe("GeneralException");
      }
      const now = fake.workbook.snapshot();
      if (failed) {
        rolledBack++;
        if (JSON.stringify(now) !== JSON.stringify(before)) expect({ k, now }).toEqual({ k, now: before });
      } else {
        // Only once deleting the replaced sheets has begun is the run finished instead: the new sheets are all in place.
        if (JSON.stringify(now) !== JSON.stringify(after)) expect({ k, now }).toEqual({ k, now: after });
      }
    }
    expect(rolledBack).toBeGreaterThan(operations - 10);
  });
});

describe("writeReport: host limits", () => {
  it("skips page layout without ExcelApi 1.9 and writes the rest", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), { excelApi: "1.8" } satisfies FakeExcelOptions);
    const host = hostOf(fake);
    expect(host.features).toEqual({ pageLayout: false, mergedAreas: false });
    const out = await host.writeReport(smallReport());
    expect(out.written).toEqual(["進捗集計", "評価結果", "検証結果"]);
    const fresh = fakeWorkbookFrom({ x: [] }).sheets[0].pageLayout;
    for (const name of out.written) expect(sheet(fake, name).pageLayout).toEqual(fresh);
    expect(sheet(fake, "評価結果").freeze).toEqual({ rows: 1, columns: 0 });
    expect(fake.operationLog.filter((op) => op.startsWith("PageLayout"))).toEqual([]);
  });

  it("keeps every request under 4 MB for a report above the budget", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const model = largeReport();
    const out = await hostOf(fake).writeReport(model);
    expect(fake.syncs.every((s) => s.failed === null && s.requestBytes <= 4 * MB)).toBe(true);
    const total = fake.syncs.reduce((n, s) => n + s.requestBytes, 0);
    expect(total).toBeGreaterThan(5 * MB);
    expect(out.roundTrips).toBeGreaterThanOrEqual(3);
    expect(out.roundTrips).toBe(fake.roundTrips);
    expect(out.roundTrips).toBeLessThanOrEqual(2 + Math.ceil(total / (3 * MB)));
    expect(out.largestRequestBytes).toBeGreaterThanOrEqual(fake.largestRequestBytes);
    expect(out.largestRequestBytes).toBeLessThanOrEqual(4 * MB);
    expectValues(sheet(fake, "評価結果"), model.sheets[1]);
  });
});
