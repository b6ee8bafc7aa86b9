/**
 * The adapter's request estimates (request-cost.ts) against what the fake
 * Excel measures (the JSON body real Office.js would send, checked against
 * Office.js in fake-excel.test.ts): never below it, so a request packed under
 * the 4 MB budget is under 4 MB on the wire; and not far above it on a big
 * write, so requests are packed full.
 */
import { rowHeightsOf, type ReportModel } from "../../../src/core/report/model";
import { createOfficeHost } from "../../../src/workbook/office";
import { REQUEST_BUDGET_BYTES } from "../../../src/workbook/office/payload";
import { RoundTrips } from "../../../src/workbook/office/round-trips";
import { FakeExcel, MB, fakeWorkbookFrom, type FakeExcelOptions } from "../../fakes/excel";
import { fixtureOptions, registerFixture, workbookWithRegister } from "./register-fixture";
import { findingsSheet, largeReport, ratingsSheet, smallReport, summarySheet } from "./report-fixture";

interface Request {
  readonly estimate: number;
  readonly measured: number;
}

/** Runs `act` recording, per request sent, the adapter's estimate (RoundTrips) and the fake's measure. */
async function requests(fake: FakeExcel, act: () => Promise<unknown>): Promise<Request[]> {
  const estimates: number[] = [];
  const sent = RoundTrips.prototype.sent;
  const spy = jest.spyOn(RoundTrips.prototype, "sent").mockImplementation(function (this: RoundTrips, sync: Promise<void>) {
    estimates.push(this.pendingBytes);
    return sent.call(this, sync);
  });
  const from = fake.syncs.length;
  try {
    await act().catch(() => undefined);
  } finally {
    spy.mockRestore();
  }
  const syncs = fake.syncs.slice(from);
  expect(syncs.length).toBe(estimates.length);
  return syncs.map((s, i) => ({ estimate: estimates[i], measured: s.requestBytes }));
}

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

function expectSafe(list: readonly Request[]): void {
  expect(list.length).toBeGreaterThan(0);
  for (const r of list) expect(r).toEqual({ estimate: expect.any(Number), measured: expect.any(Number) });
  const under = list.filter((r) => r.estimate < r.measured);
  expect(under).toEqual([]);
}

/**
 * A report that is mostly statements rather than values (as the 評価結果 and
 * 検証結果 sheets of a 100k-row register): a row height per run of rows, a
 * hyperlink per row (per-cell statements before ExcelApi 1.9,
 * setCellProperties blocks from 1.9), and the Ids running into 6 digits.
 */
function statementHeavyReport(rows: number): ReportModel {
  const ratings = ratingsSheet(rows);
  const findings = findingsSheet();
  return {
    sheets: [
      summarySheet(),
      { ...ratings, rowHeights: rowHeightsOf(Array.from({ length: rows + 1 }, (_, i) => [33, 48, null][i % 3])) },
      { ...findings, rows: ratings.rows, links: Array.from({ length: rows }, (_, i) => ({ row: i + 1, col: 2, target: `取組一覧!H${i + 12}` })) },
    ],
  };
}

/** Links of every shape: runs, gaps of 37 rows (bridged) and of 200 (a new block), two columns, number cells, one cell twice, one below the values. */
function sparseLinksReport(rows: number): ReportModel {
  const ratings = ratingsSheet(rows);
  const findings = findingsSheet();
  const links: { row: number; col: number; target: string }[] = [];
  for (let i = 1; i <= rows; i++) {
    if ((i % 97 < 60 && (i < 5000 || i > 5200)) || i % 1000 === 500) links.push({ row: i, col: 2, target: `取組一覧!H${i + 12}` });
    if (i % 5 === 0) links.push({ row: i, col: 0, target: `'My sheet'!A${i}` });
  }
  links.push({ row: 3, col: 2, target: "取組一覧!Z1" }, { row: rows + 50, col: 2, target: "取組一覧!A1" });
  return { sheets: [{ ...findings, rows: ratings.rows, rowHeights: rowHeightsOf(Array.from({ length: rows + 1 }, () => null)), links }] };
}

describe("request estimates: never below the real size", () => {
  it("a small report written in one request, and the finalize request", async () => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)));
    expectSafe(await requests(fake, () => hostOf(fake).writeReport(smallReport())));
  });

  it("a report replacing an earlier one (markers read with the build, sheets renamed, moved and deleted)", async () => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)));
    await hostOf(fake).writeReport(smallReport());
    const list = await requests(fake, () => hostOf(fake).writeReport(smallReport()));
    expect(list.length).toBe(2);
    expectSafe(list);
  });

  it("a report beside a user's sheet of its name and a leftover (markers read in a request of their own)", async () => {
    const wb = workbookWithRegister(registerFixture(8), { sheets: { 進捗集計: [["私の集計表"]], "~shinchoku-old-t1": [["途中"]] }, generated: ["~shinchoku-old-t1"] });
    const fake = new FakeExcel(wb);
    await hostOf(fake).writeReport(smallReport());
    const list = await requests(fake, () => hostOf(fake).writeReport(smallReport()));
    expect(list.length).toBe(3);
    expectSafe(list);
  });

  it("a failed write and its rollback", async () => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)));
    await hostOf(fake).writeReport(smallReport());
    fake.failAt(40);
    expectSafe(await requests(fake, () => hostOf(fake).writeReport(smallReport())));
  });

  it("a report above the budget: every request under 4 MB on the wire", async () => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)));
    const list = await requests(fake, () => hostOf(fake).writeReport(largeReport()));
    expect(list.length).toBeGreaterThanOrEqual(3);
    expectSafe(list);
    for (const r of list) expect(r.estimate).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });

  it("loads: the register named, and detected", async () => {
    let fake = new FakeExcel(workbookWithRegister(registerFixture(40)));
    expectSafe(await requests(fake, () => hostOf(fake).load("取組一覧")));
    fake = new FakeExcel(workbookWithRegister(registerFixture(40)));
    expectSafe(await requests(fake, () => hostOf(fake).load()));
    fake = new FakeExcel(workbookWithRegister(registerFixture(40)));
    expectSafe(await requests(fake, () => hostOf(fake).load("無いシート")));
  });

  it("loads of a register in Excel tables with totals rows: named, detected, and read in several blocks", async () => {
    const f = registerFixture(40);
    const bottom = f.top + f.rows.length; // the totals row below the register, 0-based
    const rows = [...f.rows, ["計", null, null, null, null, null, null, null, { formula: "=SUBTOTAL(109,x)", value: 1 }]];
    const tables = {
      取組一覧: [
        { range: `B4:N${bottom + 1}`, showTotals: true },
        { range: "P1:Q3", showTotals: true },
        { range: "S1:S2" },
      ],
      表紙: [{ range: "A1:A3", showTotals: true }],
    };
    const book = () => fakeWorkbookFrom({ 表紙: [["表紙"], [1], [1]], 取組一覧: rows, 設定: [["計画名", "x"]] }, { ...fixtureOptions("取組一覧", { ...f, rows }), tables });
    let fake = new FakeExcel(book());
    expectSafe(await requests(fake, () => hostOf(fake).load("取組一覧")));
    expect(fake.operationLog.filter((op) => op === "Table.getTotalRowRange")).toHaveLength(2);
    fake = new FakeExcel(book());
    expectSafe(await requests(fake, () => hostOf(fake).load()));
    // A response limit that makes the first block fail and be read again smaller (the totals rows with it).
    fake = new FakeExcel(book(), { payloadLimitBytes: 12 * 1024 });
    const list = await requests(fake, () => hostOf(fake).load("取組一覧"));
    expect(fake.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.syncs[fake.syncs.length - 1].failed).toBeNull();
    expect(list.length).toBeGreaterThan(3);
    expectSafe(list);
  });

  it.each(["1.8", "1.9"])("links with ExcelApi %s (per cell, or setCellProperties blocks with {} between links)", async (excelApi) => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)), { excelApi } satisfies FakeExcelOptions);
    const list = await requests(fake, () => hostOf(fake).writeReport(sparseLinksReport(12_000)));
    expect(fake.operationLog.includes("Range.setCellProperties")).toBe(excelApi === "1.9");
    expect(list.length).toBeGreaterThanOrEqual(2);
    expectSafe(list);
  });

  it("the settings written", async () => {
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: [["No"]] }));
    expectSafe(await requests(fake, () => hostOf(fake).writeSettings([["計画名", "第２次プラン"], ["年度", 2014]])));
  });
});

describe("request estimates: not wasteful on a big write", () => {
  it.each(["1.8", "1.17"])("statement-heavy requests (row heights, links; Ids into 6 digits) are estimated within 25 %% (ExcelApi %s)", async (excelApi) => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)), { excelApi } satisfies FakeExcelOptions);
    const list = await requests(fake, () => hostOf(fake).writeReport(statementHeavyReport(30_000)));
    expectSafe(list);
    const big = list.filter((r) => r.measured > MB);
    expect(big.length).toBeGreaterThanOrEqual(4);
    for (const r of big) expect(r.estimate).toBeLessThanOrEqual(1.25 * r.measured);
    // Packed full: every request but the last of the build is within 10 % of the budget on the wire.
    expect(Math.min(...big.slice(0, -1).map((r) => r.measured))).toBeGreaterThan(0.9 * REQUEST_BUDGET_BYTES);
  });

  it("value-heavy requests are estimated within a few per cent", async () => {
    const fake = new FakeExcel(workbookWithRegister(registerFixture(8)));
    const list = await requests(fake, () => hostOf(fake).writeReport(largeReport()));
    for (const r of list.filter((x) => x.measured > MB)) expect(r.estimate).toBeLessThanOrEqual(1.05 * r.measured);
  });
});
