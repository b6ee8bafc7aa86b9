/**
 * The 進捗集計 chart through Office.js (fake Excel): added with the sheet's
 * other operations (no round trip of its own), a stacked bar chart over 表１
 * with each series named, coloured and bound to its cells, placed over the
 * model's anchor; on an older host (ExcelApi 1.7) the same without the
 * labels' number format; a failure while adding it rolls the whole report back.
 */
import type { ReportChart, ReportModel, ReportSheet } from "../../../src/core/report/model";
import { createOfficeHost } from "../../../src/workbook/office";
import { LABEL_FORMAT } from "../../../src/workbook/office/render-chart";
import { FakeExcel, MB, type FakeSheet } from "../../fakes/excel";
import { registerFixture, workbookWithRegister } from "./register-fixture";
import { measureOfficeRoundTrips } from "../../../bench/office-roundtrips";
import { findingsSheet, ratingsSheet, summarySheet } from "./report-fixture";

const f = registerFixture(8);

const CHART: ReportChart = {
  kind: "stackedBar",
  title: "分野別の進捗状況",
  categories: { top: 5, left: 0, bottom: 6, right: 0 },
  series: ["S", "A", "B"].map((name, i) => ({
    name: `${name} level`,
    nameCell: { row: 4, col: i + 1 },
    values: { top: 5, left: i + 1, bottom: 6, right: i + 1 },
    colour: ["107C10", "0F6CBD", "BC4B09"][i],
  })),
  anchor: { top: 9, left: 0, bottom: 22, right: 3 },
};

function report(): ReportModel {
  const summary: ReportSheet = { ...summarySheet(), chart: CHART };
  return { sheets: [summary, ratingsSheet(), findingsSheet()] };
}

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

function summaryOf(fake: FakeExcel): FakeSheet {
  return fake.workbook.sheet("進捗集計") as FakeSheet;
}

describe("writeReport with a chart (Office.js)", () => {
  it("adds a stacked bar chart over 表１ in the same 2 round trips, series named, coloured and bound to their cells", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const out = await hostOf(fake).writeReport(report());
    expect(out.roundTrips).toBe(2);
    expect(out.largestRequestBytes).toBeGreaterThanOrEqual(fake.largestRequestBytes);
    expect(out.largestRequestBytes).toBeLessThanOrEqual(4 * MB);

    const charts = summaryOf(fake).charts;
    expect(charts).toHaveLength(1);
    const c = charts[0];
    expect(c.type).toBe("BarStacked");
    expect(c.source).toEqual({ top: 4, left: 0, bottom: 6, right: 3 });
    expect(c.title).toBe("分野別の進捗状況");
    expect(c.legendPosition).toBe("Bottom");
    expect(c.labels).toEqual({ showValue: true, color: "#FFFFFF", numberFormat: LABEL_FORMAT });
    expect(c.reversePlotOrder).toBe(true);
    expect(c.position).toEqual({ top: 9, left: 0, bottom: 22, right: 3 });
    expect(c.series).toEqual(
      CHART.series.map((s) => ({ name: s.name, values: s.values, categories: CHART.categories, fill: "#" + s.colour })),
    );
    for (const name of ["評価結果", "検証結果", "取組一覧"]) expect(fake.workbook.sheet(name)?.charts).toEqual([]);
  });

  it("estimates the chart's request bytes never below what Office.js sends for them, and not far above", async () => {
    const plain = new FakeExcel(workbookWithRegister(f));
    const withChart = new FakeExcel(workbookWithRegister(f));
    const a = await hostOf(plain).writeReport({ sheets: [summarySheet(), ratingsSheet(), findingsSheet()] });
    const b = await hostOf(withChart).writeReport(report());
    // The first request (every sheet built) is the largest of a small report, in both runs.
    const estimated = b.largestRequestBytes - a.largestRequestBytes;
    const measured = withChart.syncs[0].requestBytes - plain.syncs[0].requestBytes;
    expect(measured).toBeGreaterThan(1000);
    expect(estimated).toBeGreaterThanOrEqual(measured);
    expect(estimated).toBeLessThan(measured * 1.4);
  });

  it("on ExcelApi 1.7 leaves the labels' number format alone (ExcelApi 1.8)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), { excelApi: "1.7" });
    await hostOf(fake).writeReport(report());
    expect(summaryOf(fake).charts[0].labels.numberFormat).toBeNull();
    expect(summaryOf(fake).charts[0].series.map((s) => s.fill)).toEqual(["#107C10", "#0F6CBD", "#BC4B09"]);
  });

  it("replaces the old report's chart with the sheet on a second run (one chart, not two)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    await hostOf(fake).writeReport(report());
    await hostOf(fake).writeReport(report());
    expect(summaryOf(fake).charts).toHaveLength(1);
  });

  it("rolls the report back when adding the chart or setting a series fails", async () => {
    const clean = new FakeExcel(workbookWithRegister(f));
    await hostOf(clean).writeReport(report());
    for (const label of ["ChartCollection.add", "ChartSeries.setValues", "ChartFill.setSolidColor"]) {
      const k = clean.operationLog.indexOf(label) + 1;
      expect(k).toBeGreaterThan(0);
      const fake = new FakeExcel(workbookWithRegister(f));
      const before = fake.workbook.snapshot();
      fake.failAt(k);
      await expect(hostOf(fake).writeReport(report())).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.workbook.snapshot()).toEqual(before);
    }
  });

  it("keeps the engine's whole report (chart included) of the bench's 62-item register within 3 round trips + 1 per 4 MB", async () => {
    const { write } = await measureOfficeRoundTrips(62);
    expect(write.roundTrips).toBeLessThanOrEqual(3 + Math.ceil(write.totalPayloadBytes / (4 * MB)));
    expect(write.roundTrips).toBe(2);
  }, 60000);
});
