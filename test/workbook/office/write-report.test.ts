/**
 * WorkbookHost.writeReport over the fake Excel: what lands in the workbook,
 * which sheets are replaced, text that stays text, the request budget, and
 * all-or-nothing under a failure at any operation.
 */
import { rowHeightsOf, rowsToArray, sheetRowsOf } from "../../../src/core/report/model";
import type { ReportModel, ReportSheet } from "../../../src/core/report/model";
import { createOfficeHost } from "../../../src/workbook/office";
import { LINKS_CHUNK_BYTES, LINK_GAP_ROWS } from "../../../src/workbook/office/render-sheet";
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
    // Build (the markers of the sheets of the report's names read in its first request), finalize.
    expect(out.roundTrips).toBe(2);
  });

  it("never touches a user's sheet with a report sheet's name: the report goes to 進捗集計 (2), and stays there", async () => {
    const wb = workbookWithRegister(f, { sheets: { 進捗集計: [["私の集計表", 1, 2, 3]] } });
    const fake = new FakeExcel(wb);
    const mine = sheet(fake, "進捗集計").snapshot();
    const host = hostOf(fake);
    const out = await host.writeReport(smallReport());
    expect(out.written).toEqual(["進捗集計 (2)", "評価結果", "検証結果"]);
    // The user's 進捗集計 is unmarked (read in the first request): nothing more to read.
    expect(out.roundTrips).toBe(2);
    expect(sheet(fake, "進捗集計").snapshot()).toEqual(mine);
    expect(sheet(fake, "進捗集計 (2)").names).toEqual([MARKER]);
    expectValues(sheet(fake, "進捗集計 (2)"), summarySheet());

    // A rerun: the user's sheet is still untouched, the report sheets are replaced or suffixed per placeReportSheets.
    const again = await host.writeReport(smallReport());
    expect(again.written[0]).toBe("進捗集計 (2)");
    expect(again.written.slice(1)).toEqual(["評価結果", "検証結果"]);
    // 進捗集計 (2)'s marker is read in a request of its own (its name is known only from the list).
    expect(again.roundTrips).toBe(3);
    expect(sheet(fake, "進捗集計").snapshot()).toEqual(mine);
    expect(wb.sheetNames.slice(0, 4)).toEqual(["表紙", "取組一覧", "設定", "進捗集計"]);
    expect(wb.sheetNames.filter((n) => n.startsWith("進捗集計"))).toEqual(["進捗集計", "進捗集計 (2)"]);
  });


  it("deletes marked sheets left over by an interrupted run, and only those", async () => {
    const wb = workbookWithRegister(f, { sheets: { "~shinchoku-old-t1": [["途中"]], "~shinchoku-mine": [["ユーザーの"]] }, generated: ["~shinchoku-old-t1"] });
    const fake = new FakeExcel(wb);
    const out = await hostOf(fake).writeReport(smallReport());
    expect(wb.sheetNames).toEqual(["表紙", "取組一覧", "設定", "~shinchoku-mine", "進捗集計", "評価結果", "検証結果"]);
    // The leftovers' markers are read in a request of their own.
    expect(out.roundTrips).toBe(3);
  });
});

describe("writeReport: a host that does not carry a null object through .names", () => {
  // The marker lookups of the first request, on a sheet that does not exist, then fail it: the run is made again
  // with the markers read in a request of their own — the same workbook, two trips more.
  const strict: FakeExcelOptions = { nullChains: "fail" };

  it("writes a first report all the same", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), strict);
    const out = await hostOf(fake).writeReport(smallReport());
    expect(out.written).toEqual(["進捗集計", "評価結果", "検証結果"]);
    expectValues(sheet(fake, "評価結果"), smallReport().sheets[1]);
    expect(fake.workbook.sheetNames.filter((n) => n.startsWith("~"))).toEqual([]);
    // The refused first request, the rollback's sheet list, then build and finalize (no sheet of a report name: no markers).
    expect(out.roundTrips).toBe(4);
    expect(fake.syncs[0].failed).toBe("ItemNotFound");
  });

  it("replaces the earlier report's marked sheets and leaves a user's sheet of a report name alone", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { sheets: { 検証結果: [["私のメモ"]] } }), strict);
    const host = hostOf(fake);
    await host.writeReport(smallReport());
    const mine = sheet(fake, "検証結果").snapshot();
    const order = fake.workbook.sheetNames;
    const out = await host.writeReport(smallReport());
    expect(out.written).toEqual(["進捗集計", "評価結果", "検証結果 (2)"]);
    expect(fake.workbook.sheetNames).toEqual(order);
    expect(sheet(fake, "検証結果").snapshot()).toEqual(mine);
  });

  it("still needs no extra trip when every report sheet's name is there (no lookup through a null object)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), strict);
    const host = hostOf(fake);
    await host.writeReport(smallReport());
    expect((await host.writeReport(smallReport())).roundTrips).toBe(2);
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

/**
 * A findings sheet with links of every shape: a run of rows, a short gap
 * (bridged), a long gap (a new block), a short gap crossing a merged area
 * (a new block), a second column, number cells, a cell linked twice (the
 * later link stays), and a link below the values.
 */
function linkedReport(): ReportModel {
  const rows: (string | number | null)[][] = [["重要度", "セル", "内容"]];
  for (let i = 1; i <= 300; i++) rows.push(["警告", i % 7 === 0 ? i : `取組一覧!H${i + 11}`, i >= 5 && i <= 7 ? `詳細${i}` : null]);
  const links: { row: number; col: number; target: string }[] = [];
  for (let i = 1; i <= 100; i++) links.push({ row: i, col: 1, target: `取組一覧!H${i + 11}` });
  for (let i = 110; i <= 150; i++) links.push({ row: i, col: 1, target: `'My sheet'!A${i}` });
  for (let i = 150 + LINK_GAP_ROWS + 35; i <= 260; i++) links.push({ row: i, col: 1, target: `取組一覧!A${i}` });
  for (let i = 5; i <= 7; i++) links.push({ row: i, col: 2, target: `取組一覧!B${i}` });
  links.push({ row: 3, col: 1, target: "取組一覧!Z99" });
  links.push({ row: 400, col: 1, target: "取組一覧!A1" });
  const findings = findingsSheet();
  // A merged area in the gap between rows 101 and 110 of column B: not bridged (B105 is merged into A105).
  rows[104][1] = null;
  const merges = [{ top: 104, left: 0, bottom: 104, right: 1 }];
  return { sheets: [{ ...findings, rows: sheetRowsOf(rows), rowHeights: rowHeightsOf(rows.map(() => null)), merges, links }] };
}

describe("writeReport: links", () => {
  async function written(excelApi: string, model: ReportModel): Promise<FakeExcel> {
    const fake = new FakeExcel(workbookWithRegister(f), { excelApi } satisfies FakeExcelOptions);
    await hostOf(fake).writeReport(model);
    return fake;
  }
  const count = (fake: FakeExcel, label: string) => fake.operationLog.filter((op) => op === label).length;
  /** The sheet as written, but its print setup (which needs ExcelApi 1.9 too). */
  const content = (fake: FakeExcel) => ({ ...sheet(fake, "検証結果").snapshot(), pageLayout: null });

  it("with ExcelApi 1.9: one setCellProperties per block of a column, and the sheet exactly as the per-cell links leave it", async () => {
    const model = linkedReport();
    const blocks = await written("1.9", model);
    const cells = await written("1.8", model);
    // Column B: rows 2–101, rows 111–151 (the gap holds a merged area), rows 250–261 (after a gap of LINK_GAP_ROWS + 34), row 401; column C: rows 6–8.
    expect(count(blocks, "Range.setCellProperties")).toBe(5);
    expect(count(blocks, "Range.hyperlink=")).toBe(0);
    expect(count(cells, "Range.setCellProperties")).toBe(0);
    expect(count(cells, "Range.hyperlink=")).toBe(model.sheets[0].links.length);

    const s = sheet(blocks, "検証結果");
    expect(content(blocks)).toEqual(content(cells));
    expect(s.hyperlinks.size).toBe(model.sheets[0].links.length - 1);
    expect(s.cell("B2").hyperlink).toEqual({ documentReference: "'取組一覧'!H12", textToDisplay: "取組一覧!H12" });
    // Linked twice: the later link stays.
    expect(s.cell("B4").hyperlink).toEqual({ documentReference: "'取組一覧'!Z99", textToDisplay: "取組一覧!H14" });
    // A number cell keeps its number: no textToDisplay.
    expect(s.cell("B8").hyperlink).toEqual({ documentReference: "'取組一覧'!H18" });
    expect(s.cell("B8").value).toBe(7);
    expect(s.cell("B112").hyperlink).toEqual({ documentReference: "'My sheet'!A111", textToDisplay: "取組一覧!H122" });
    // Rows between links get no link and keep their value.
    expect(s.cell("B103").hyperlink).toBeNull();
    expect(s.cell("B103").value).toBe("取組一覧!H113");
    expect(s.merges).toEqual([{ top: 104, left: 0, bottom: 104, right: 1 }]);
    expect(s.cell("C6").hyperlink).toEqual({ documentReference: "'取組一覧'!B5", textToDisplay: "詳細5" });
    // Below the values: the cell shows the target, as with the per-cell statement.
    expect(s.cell("B401").hyperlink).toEqual({ documentReference: "'取組一覧'!A1" });
    expect(s.cell("B401").value).toBe("'取組一覧'!A1");
    expectValues(s, model.sheets[0]);
  });

  it("with ExcelApi 1.9: a long column of links in blocks of at most LINKS_CHUNK_BYTES, the whole sheet as the per-cell links leave it", async () => {
    const findings = findingsSheet();
    const n = 8_000;
    const rows: (string | number)[][] = [["重要度", "セル", "内容"], ...Array.from({ length: n }, (_, i) => ["エラー", `取組一覧!H${i + 12}`, "実績値が数値として読めません。"])];
    const model: ReportModel = { sheets: [{ ...findings, rows: sheetRowsOf(rows), rowHeights: rowHeightsOf(rows.map(() => null)), links: rows.slice(1).map((_, i) => ({ row: i + 1, col: 1, target: `取組一覧!H${i + 12}` })) }] };
    const blocks = await written("1.17", model);
    const cells = await written("1.7", model);
    // About 100 bytes of JSON per link.
    const statements = count(blocks, "Range.setCellProperties");
    expect(statements).toBeGreaterThanOrEqual(Math.ceil((n * 90) / LINKS_CHUNK_BYTES));
    expect(statements).toBeLessThanOrEqual(Math.ceil((n * 130) / LINKS_CHUNK_BYTES) + 1);
    expect(content(blocks)).toEqual(content(cells));
    expect(sheet(blocks, "検証結果").hyperlinks.size).toBe(n);
    // A fraction of the request bytes.
    const total = (fake: FakeExcel) => fake.syncs.reduce((sum, x) => sum + x.requestBytes, 0);
    expect(total(blocks)).toBeLessThan(0.5 * total(cells));
  });

  it("without ExcelApi 1.9: one hyperlink statement per link, never setCellProperties", async () => {
    const fake = await written("1.8", smallReport());
    expect(count(fake, "Range.setCellProperties")).toBe(0);
    expect(count(fake, "Range.hyperlink=")).toBe(smallReport().sheets.reduce((k, m) => k + m.links.length, 0));
  });
});
