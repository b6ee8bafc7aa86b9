/** 進捗率 toward a final target and the table by band (contract §10, "Progress toward a final target"). */
import type { CellValue } from "../../../src/core/grid";
import { bandOf, countBands, elapsedShare, progressRate } from "../../../src/core/progress/progress-rate";
import { bracketYear, yearOfCell } from "../../../src/core/progress/progress-years";
import { rowsToArray } from "../../../src/core/report/model";
import { resultJson } from "../../../src/core/result-json";
import { runEngine } from "../../../src/core/run";
import { gridFromRows } from "../../helpers/grid";

describe("the formulas", () => {
  it("進捗率 = (actual − baseline) / (target − baseline), in percent", () => {
    expect(progressRate(100, 200, 160)).toBe(60);
    expect(progressRate(100, 200, 100)).toBe(0);
    expect(progressRate(100, 200, 90)).toBe(-10);
    expect(progressRate(100, 200, 250)).toBe(150);
  });

  it("works the same for a decreasing target (fewer is better)", () => {
    expect(progressRate(50, 30, 45)).toBe(25);
    expect(progressRate(50, 30, 30)).toBe(100);
    expect(progressRate(50, 30, 55)).toBe(-25);
  });

  it("has no 進捗率 when the target equals the baseline (never a silent zero)", () => {
    expect(progressRate(80, 80, 90)).toBeNull();
  });

  it("the share of the plan period elapsed, year end and half year, kept between 0 and 100", () => {
    expect(elapsedShare(2013, 2018, { fiscalYear: 2016, point: "yearEnd" })).toBe(60);
    expect(elapsedShare(2013, 2018, { fiscalYear: 2016, point: "half" })).toBe(50);
    expect(elapsedShare(2013, 2018, { fiscalYear: 2020, point: "yearEnd" })).toBe(100);
    expect(elapsedShare(2013, 2018, { fiscalYear: 2012, point: "yearEnd" })).toBe(0);
    expect(elapsedShare(2018, 2018, { fiscalYear: 2016, point: "yearEnd" })).toBeNull();
  });

  it("bands: 20 % 未満 (negatives too), 20 %–, 40 %–, 60 %–, 80 %–, 100 % 以上", () => {
    expect([-30, 0, 19.99, 20, 39.9, 40, 60, 79.99, 80, 99.99, 100, 250].map(bandOf)).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    expect(countBands([{ band: 0 }, { band: 5 }, { band: 5 }, { band: null }])).toEqual({ counts: [1, 0, 0, 0, 0, 2], notComputed: 1 });
  });

  it("reads years as staff write them, in a bracket or alone", () => {
    expect(bracketYear("1,200件（平成25年度）", 2016)).toBe(2013);
    expect(bracketYear("基準値(H25)", 2016)).toBe(2013);
    expect(bracketYear("2,000件以上（令和2年度目標）", 2016)).toBe(2020);
    expect(bracketYear("1,200件（3月末現在）", 2016)).toBeNull();
    expect(yearOfCell("平成25年度", null)).toBe(2013);
    expect(yearOfCell("2013", null)).toBe(2013);
    expect(yearOfCell("25年度", 2016)).toBe(2013);
    expect(yearOfCell("未定", 2016)).toBeNull();
  });
});

const HEADER: CellValue[] = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績", "基準値", "基準年度", "目標年度"];
// Columns:                   A     B       C         D         E              F           G         H         I             J         K          L

/** 平成28年度末 (FY2016): four years into a plan from 平成25年度 (2013) to 平成30年度 (2018) → 60 % elapsed. */
function rows(): CellValue[][] {
  return [
    HEADER,
    [1, "Ⅰ 協働", "参加促進", "協働課", "予定どおり", "参加者数", "200人以上", "160人", null, "100人", "平成25年度", "平成30年度"],
    [2, "Ⅰ 協働", "事故削減", "協働課", "予定どおり", "事故件数", "30件以下", "45件", null, "50件", "H25", "H30"],
    [3, "Ⅱ 財政", "収納率向上", "財政課", "予定どおり", "相談件数", "2,000件以上", "2,100件", null, "1,200件（平成25年度）", null, "令和2年度"],
    [4, "Ⅱ 財政", "年度なし", "財政課", "予定どおり", "件数", "20件以上", "15件", null, 10, null, "平成30年度"],
    [5, "Ⅱ 財政", "読めない", "財政課", "予定どおり", "件数", "20件以上", "15件", null, "不明", "平成25年度", "平成30年度"],
    [6, "Ⅲ 執行", "同じ値", "人事課", "予定どおり", "率", "80%以上", "90%", null, "80%", "平成25年度", "平成30年度"],
    [7, "Ⅲ 執行", "前年比", "人事課", "予定どおり", "利用者", "前年比5%以上", "110人", "100人", "90人", "平成25年度", "平成30年度"],
    [8, "Ⅲ 執行", "未測定", "人事課", "予定どおり", "件数", "20件以上", null, null, 10, "平成25年度", "平成30年度"],
    [9, "Ⅲ 執行", "基準値なし", "人事課", "予定どおり", "件数", "20件以上", "25件", null, null, null, null],
  ];
}

const SETTINGS: CellValue[][] = [["対象年度", "平成28年度"], ["時点", "年度末"]];

function run(register: CellValue[][] = rows(), extra: { department?: string; previousProgress?: { period: string; bands: { counts: number[]; notComputed: number } } } = {}) {
  return runEngine({ register: gridFromRows("取組一覧", register), settingsSheet: gridFromRows("設定", SETTINGS), ...extra });
}

describe("進捗率 of a register with 基準値", () => {
  const r = run();
  const p = r.evaluation.progress!;
  const byNo = new Map(p.indicators.map((i) => [i.no, i]));

  it("computes each indicator's 進捗率 and the share elapsed", () => {
    expect(p.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(byNo.get(1)).toMatchObject({ baseline: 100, baselineYear: 2013, target: 200, targetYear: 2018, actual: 160, rate: 60, elapsed: 60, band: 3, onPace: true, cell: "取組一覧!J2" });
    // decreasing: 50 → 30, now 45
    expect(byNo.get(2)).toMatchObject({ rate: 25, band: 1, elapsed: 60, onPace: false });
    // the year read from the 基準値 cell, 2013 → 2020
    expect(byNo.get(3)).toMatchObject({ baseline: 1200, baselineYear: 2013, targetYear: 2020, rate: 112.5, band: 5, onPace: true });
    expect(byNo.get(3)!.elapsed).toBeCloseTo((3 / 7) * 100, 9);
  });

  it("makes a finding at the cell for every value it misses, and counts the indicator as not computed", () => {
    const at = (code: string) => r.evaluation.findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(at("progress-missing-baseline-year")).toEqual(["取組一覧!K5"]);
    expect(byNo.get(4)).toMatchObject({ rate: 50, baselineYear: null, elapsed: null, onPace: null });
    expect(at("unreadable-number")).toContain("取組一覧!J6");
    expect(byNo.get(5)).toMatchObject({ baseline: null, rate: null, band: null });
    expect(at("progress-target-equals-baseline")).toEqual(["取組一覧!G7"]);
    expect(byNo.get(6)!.rate).toBeNull();
    expect(at("progress-not-applicable")).toEqual(["取組一覧!J8"]);
    expect(byNo.get(8)).toMatchObject({ actual: null, rate: null });
    expect(at("not-measured")).toContain("取組一覧!H9");
    const msg = r.evaluation.findings.find((f) => f.code === "progress-missing-baseline-year")!;
    expect(msg.severity).toBe("warning");
  });

  it("counts the indicators by band", () => {
    expect(p.bands).toEqual({ counts: [0, 1, 1, 1, 0, 1], notComputed: 4 });
  });

  it("puts the band table and the list in 進捗集計 below the tallies", () => {
    const sheet = r.report!.sheets.find((s) => s.key === "summary")!;
    const values = rowsToArray(sheet.rows).map((row) => row.filter((v) => v !== null && v !== undefined));
    const caption = values.findIndex((row) => row[0] === "【進捗率】成果指標の最終目標に対する進捗率");
    expect(caption).toBeGreaterThan(values.findIndex((row) => row[0] === "【担当課別】担当課別の進捗状況"));
    expect(String(values[caption + 1][0])).toContain("基準値のある成果指標 8 件のうち、進捗率を算出できたものは 4 件で、そのうち 2 件が");
    expect(values.slice(caption + 2, caption + 11)).toEqual([
      ["進捗率", "平成28年度末"],
      ["20%未満", 0],
      ["20%以上40%未満", 1],
      ["40%以上60%未満", 1],
      ["60%以上80%未満", 1],
      ["80%以上100%未満", 0],
      ["100%以上", 1],
      ["算出できないもの", 4],
      ["計", 8],
    ]);
    const list = values.findIndex((row) => row[0] === "成果指標ごとの進捗率");
    expect(values[list + 2]).toEqual(["No.1 参加者数（平成25年度→平成30年度）", 100, 160, 200, 0.6, 0.6]);
    expect(values[list + 5]).toEqual(["No.4 件数（？→平成30年度）", 10, 15, 20, 0.5]);
    expect(sheet.columnWidths.length).toBe(6);
  });

  it("goes into --json: progress with each indicator and the bands", () => {
    const json = resultJson(r.evaluation, "ja");
    expect(json.progress!.bands).toEqual([
      { from: null, to: 20, count: 0 },
      { from: 20, to: 40, count: 1 },
      { from: 40, to: 60, count: 1 },
      { from: 60, to: 80, count: 1 },
      { from: 80, to: 100, count: 0 },
      { from: 100, to: null, count: 1 },
    ]);
    expect(json.progress!.notComputed).toBe(4);
    expect(json.progress!.indicators[0]).toEqual({
      no: 1, item: "参加促進", indicator: "参加者数", cell: "取組一覧!J2", baseline: 100, baselineYear: 2013, target: 200, targetYear: 2018, actual: 160, rate: 60, elapsed: 60, band: 3, onPace: true,
    });
    expect(json.progress!.previous).toBeUndefined();
  });
});

describe("進捗率 with the previous period and other sources of the years", () => {
  it("sets this period beside the previous one with 増減 when the previous bands are given", () => {
    const r = run(rows(), { previousProgress: { period: "平成27年度末", bands: { counts: [2, 1, 1, 0, 0, 0], notComputed: 4 } } });
    const sheet = r.report!.sheets.find((s) => s.key === "summary")!;
    const values = rowsToArray(sheet.rows).map((row) => row.filter((v) => v !== null && v !== undefined));
    const head = values.findIndex((row) => row[0] === "進捗率");
    expect(values[head]).toEqual(["進捗率", "平成28年度末", "平成27年度末", "増減"]);
    expect(values[head + 1]).toEqual(["20%未満", 0, 2, -2]);
    expect(values[head + 6]).toEqual(["100%以上", 1, 0, 1]);
    expect(values[head + 8]).toEqual(["計", 8, 8, 0]);
    expect(resultJson(r.evaluation, "ja").progress!.previous).toEqual({
      period: "平成27年度末",
      notComputed: 4,
      bands: [
        { from: null, to: 20, count: 2 },
        { from: 20, to: 40, count: 1 },
        { from: 40, to: 60, count: 1 },
        { from: 60, to: 80, count: 0 },
        { from: 80, to: 100, count: 0 },
        { from: 100, to: null, count: 0 },
      ],
    });
  });

  it("reads the years from the headers (基準値（H25）, 目標値（H30）) and a 最終目標値 column before 目標値", () => {
    const register: CellValue[][] = [
      ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "基準値（H25）", "最終目標値（H30）"],
      [1, "Ⅰ 協働", "参加", "予定どおり", "参加者数", "150人以上", "160人", "100人", "200人"],
    ];
    const p = run(register).evaluation.progress!;
    expect(p.indicators[0]).toMatchObject({ baselineYear: 2013, targetYear: 2018, target: 200, rate: 60, elapsed: 60 });
    expect(run(register).evaluation.findings.filter((f) => f.code.startsWith("progress-"))).toEqual([]);
  });

  it("is absent without a 基準値 column, and follows --department", () => {
    const plain = rows().map((row) => row.slice(0, 9));
    expect(run(plain).evaluation.progress).toBeUndefined();
    expect("progress" in resultJson(run(plain).evaluation, "ja")).toBe(false);
    const own = run(rows(), { department: "協働課" }).evaluation;
    expect(own.progress!.indicators.map((i) => i.no)).toEqual([1, 2]);
    expect(own.findings.some((f) => f.code.startsWith("progress-"))).toBe(false);
  });
});

describe("the previous period's bands from its block (評価履歴 or --previous)", () => {
  it("rates this period's indicators again with the earlier actuals, 「指標名：実績」 read in either language", async () => {
    const { previousBands, actualIn } = await import("../../../src/core/progress/previous-progress");
    expect(actualIn(["参加者数：１２０人", "登録団体数：5団体"], "参加者数")).toBe(120);
    expect(actualIn(["Participants: 120"], "Participants")).toBe(120);
    expect(actualIn(["未集計"], "")).toBeNull();
    expect(actualIn(["45件"], "")).toBe(45);
    const p = run().evaluation.progress!;
    const block = {
      period: "平成27年度末",
      fiscalYear: 2015,
      point: "yearEnd" as const,
      items: [
        { no: "1", name: "参加促進", area: "Ⅰ 協働", level: "A" },
        { no: "2", name: "事故削減", area: "Ⅰ 協働", level: "A" },
        { no: "3", name: "収納率向上", area: "Ⅱ 財政", level: "A" },
      ],
      actuals: (k: number) => ["参加者数：130人", "事故件数：48件", "相談件数：未集計"][k],
    };
    // No.1: (130 − 100) / 100 = 30 % → 20 %–; No.2: (48 − 50) / (30 − 50) = 10 % → 20 % 未満; the rest not computed.
    expect(previousBands(p.indicators, block)).toEqual({ counts: [1, 1, 0, 0, 0, 0], notComputed: 6 });
  });
});
