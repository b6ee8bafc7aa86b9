/**
 * The reporting cycle on real .xlsx files (contract §10, issue 12):
 * `report H27 --previous H26`, the same through the workbook's 評価履歴, the
 * 前回比較 sheet's cells, and the messages for a previous file that cannot be used.
 */
import * as fs from "fs";
import * as path from "path";
import type { ComparisonJson } from "../../src/core/cycle/comparison-json";
import type { CellValue } from "../../src/core/grid";
import type { ResultJson } from "../../src/core/result-json";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../src/workbook/xlsx/read-grid";
import { kizugawaWorkbook, nantoRows, nantoSettings, nantoWorkbook, withSheetRows } from "../helpers/cycle-registers";
import { runCli, SAMPLE, workDir } from "./run-cli";

function write(dir: string, name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function sheetRows(file: string, sheet: string): CellValue[][] {
  return readGrid(openPackage(fs.readFileSync(file)), sheet).values.map((r) => [...r]);
}

/** The rows of a sheet without their empty cells. */
function compact(rows: CellValue[][]): CellValue[][] {
  return rows.map((r) => r.filter((v) => v !== null && v !== ""));
}

/** 「A←B（6 件）」 and its Nos, read from the 前回比較 sheet's list (group in A, No in B). */
function groupsOf(rows: CellValue[][]): [string, CellValue[]][] {
  const out: [string, CellValue[]][] = [];
  const start = rows.findIndex((r) => r[0] === "評価の変化（今回←前回）");
  for (const r of rows.slice(start + 1)) {
    if (r[1] === null || r[1] === undefined) break;
    if (r[0] !== null && r[0] !== undefined) out.push([String(r[0]), []]);
    out[out.length - 1][1].push(r[1]);
  }
  return out;
}

const NANTO_GROUPS: [string, number[]][] = [
  ["A←B（6 件）", [1, 7, 14, 70, 76, 77]],
  ["A←C（2 件）", [43, 55]],
  ["C←A（2 件）", [38, 47]],
  ["C←B（2 件）", [46, 78]],
];

function expectNantoComparison(json: ResultJson & { comparison: ComparisonJson }, out: string): void {
  expect(json.period).toBe("平成27年度末");
  expect(json.totals).toEqual({ A: 59, B: 13, C: 9, D: 2, notRated: 0 });
  const c = json.comparison;
  expect(c.previousPeriod).toBe("平成26年度末");
  expect(c.previous.totals).toEqual({ A: 53, B: 21, C: 7, D: 2, notRated: 0 });
  expect([c.improved, c.worsened]).toEqual([8, 4]);
  const byGroup = new Map<string, string[]>();
  for (const x of c.changed) byGroup.set(`${x.to}←${x.from}`, [...(byGroup.get(`${x.to}←${x.from}`) ?? []), x.no]);
  expect(Object.fromEntries(byGroup)).toEqual(Object.fromEntries(NANTO_GROUPS.map(([g, nos]) => [g.slice(0, 3), nos.map(String)])));
  expect(c.changed).toHaveLength(12);
  expect([c.added, c.removed]).toEqual([[], []]);

  const rows = sheetRows(out, "前回比較");
  const flat = compact(rows);
  expect(flat[0]).toEqual(["南砺市行政改革実施計画の平成27年度末進捗状況　前回（平成26年度末）との比較"]);
  expect(flat).toContainEqual(["平成26年度末に比べて良くなった項目が 8 項目、悪くなった項目が 4 項目となりました。"]);
  expect(flat).toContainEqual(["分野", "前進（A）", "現状維持（B）", "後退（C）", "未着手（D）"]);
  expect(flat).toContainEqual(["今回", "前回", "増減", "今回", "前回", "増減", "今回", "前回", "増減", "今回", "前回", "増減"]);
  // 計: per level 今回, 前回, 増減.
  expect(rows.find((r) => r[0] === "計")).toEqual(["計", 59, 53, 6, 13, 21, -8, 9, 7, 2, 2, 2, 0]);
  expect(rows.find((r) => r[0] === "Ⅰ 行政運営の改革")).toEqual(["Ⅰ 行政運営の改革", 10, 7, 3, 8, 11, -3, 2, 2, 0, 0, 0, 0]);
  expect(flat).toContainEqual(["評価が変わった項目（12 件）"]);
  expect(groupsOf(rows)).toEqual(NANTO_GROUPS);
  expect(rows.find((r) => r[1] === 38)?.[2]).toBe("改革事項38");
}

describe("report H27 --previous H26 (Nanto-shaped, 83 self-rated items)", () => {
  it("gives 59/13/9/2 against 53/21/7/2, improved 8, worsened 4, exactly the published changes, in --json and 前回比較", async () => {
    const { dir } = workDir();
    const h26 = write(dir, "h26.xlsx", nantoWorkbook("h26"));
    const h27 = write(dir, "h27.xlsx", nantoWorkbook("h27"));
    const r = await runCli(["report", h27, "--previous", h26, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expectNantoComparison(json, json.output);
    expect(json.written).toEqual(["進捗集計", "前回比較", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規", "評価履歴"]);
    // The history now holds both periods, H26's from the --previous file.
    const history = compact(sheetRows(json.output, "評価履歴"));
    expect(history).toContainEqual(["平成26年度末（83 項目）"]);
    expect(history).toContainEqual(["平成27年度末（83 項目）"]);
    expect(history).toContainEqual(["平成26年度末", 1, "Ⅰ 行政運営の改革", "改革事項1", "B", "相談件数：90件"]);
    expect(history).toContainEqual(["平成27年度末", 1, "Ⅰ 行政運営の改革", "改革事項1", "A", "相談件数：120件"]);
  });

  it("prints the sentence on the terminal; without an earlier period there is no comparison and no 前回比較", async () => {
    const { dir } = workDir();
    const h26 = write(dir, "h26.xlsx", nantoWorkbook("h26"));
    const h27 = write(dir, "h27.xlsx", nantoWorkbook("h27"));
    const r = await runCli(["report", h27, "--previous", h26, "-o", path.join(dir, "a.xlsx")]);
    expect(r.out).toContain("前回比較: 平成26年度末に比べて良くなった項目が 8 項目、悪くなった項目が 4 項目となりました。");
    const alone = await runCli(["report", h26, "--json"]);
    const json = JSON.parse(alone.out);
    expect(json).not.toHaveProperty("comparison");
    expect(json.written).not.toContain("前回比較");
    expect(json.written[json.written.length - 1]).toBe("評価履歴");
  });
});

describe("the same through the workbook's 評価履歴 (no --previous)", () => {
  it("report H26, enter H27's values and 年度 in the same workbook, report again: 前回比較 from the history; a re-report replaces only its own block", async () => {
    const { dir } = workDir();
    const h26 = write(dir, "plan.xlsx", nantoWorkbook("h26"));
    const first = await runCli(["report", h26, "-o", path.join(dir, "plan-h26.xlsx"), "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).not.toHaveProperty("comparison");
    // Staff copy the reported workbook and type the next period's values and year into it.
    let book = fs.readFileSync(path.join(dir, "plan-h26.xlsx"));
    book = Buffer.from(withSheetRows(book, "取組一覧", nantoRows("h27")));
    book = Buffer.from(withSheetRows(book, "設定", nantoSettings("h27")));
    const h27 = write(dir, "plan-h27-input.xlsx", book);

    const second = await runCli(["report", h27, "-o", path.join(dir, "plan-h27.xlsx"), "--json"]);
    expect(second.err).toBe("");
    const json = JSON.parse(second.out);
    expectNantoComparison(json, json.output);
    const names = listSheets(openPackage(fs.readFileSync(json.output))).map((s) => s.name);
    expect(names.filter((n) => n === "評価履歴" || n === "前回比較")).toEqual(["評価履歴", "前回比較"]);

    // Reported again (its own output): still against H26, still two blocks.
    const third = await runCli(["report", json.output, "-o", path.join(dir, "plan-h27b.xlsx"), "--json"]);
    const again = JSON.parse(third.out);
    expect(again.comparison.previousPeriod).toBe("平成26年度末");
    expect([again.comparison.improved, again.comparison.worsened]).toEqual([8, 4]);
    const captions = compact(sheetRows(again.output, "評価履歴")).filter((r) => r.length === 1 && /項目）$/.test(String(r[0])));
    expect(captions).toEqual([["平成26年度末（83 項目）"], ["平成27年度末（83 項目）"]]);
  });
});

describe("Kizugawa-shaped pair: 令和2年度末 --previous 令和元年度末 (S/A/B/C + 対象外)", () => {
  it("gives the added items and every level change, to and from 対象外 included", async () => {
    const { dir } = workDir();
    const r1 = write(dir, "r1.xlsx", kizugawaWorkbook("r1"));
    const r2 = write(dir, "r2.xlsx", kizugawaWorkbook("r2"));
    const r = await runCli(["report", r2, "--previous", r1, "--json"]);
    expect(r.err).toBe("");
    const c = JSON.parse(r.out).comparison;
    expect(c.previousPeriod).toBe("令和元年度末");
    expect(c.previous.totals).toEqual({ S: 0, A: 46, B: 48, C: 5, notRated: 13 });
    expect(c.added).toEqual(["R2-1", "R2-2", "R2-3", "R2-4"]);
    expect(c.removed).toEqual([]);
    expect(c.changed).toEqual([
      { no: "1", from: "A", to: "S" },
      { no: "13", from: "B", to: "A" },
      { no: "23", from: "C", to: "B" },
      { no: "24", from: null, to: "A" },
      { no: "R1-1", from: "A", to: "C" },
      { no: "R1-5", from: "C", to: null },
    ]);
    expect([c.improved, c.worsened]).toEqual([3, 1]);

    const rows = sheetRows(JSON.parse(r.out).output, "前回比較");
    const flat = compact(rows);
    expect(flat).toContainEqual(["分野", "特に良好に進捗（S）", "良好に進捗（A）", "概ね進捗（B）", "進捗に課題あり（C）", "対象外・未評価"]);
    expect(groupsOf(rows)).toEqual([
      ["S←A（1 件）", [1]],
      ["A←B（1 件）", [13]],
      ["A←対象外・未評価（1 件）", [24]],
      ["B←C（1 件）", [23]],
      ["C←A（1 件）", ["R1-1"]],
      ["対象外・未評価←C（1 件）", ["R1-5"]],
    ]);
    expect(flat).toContainEqual(["今回新たに加わった項目（4 件）"]);
    const added = rows.findIndex((r) => r[0] === "今回新たに加わった項目（4 件）");
    expect(compact(rows.slice(added + 2, added + 6))).toEqual([
      ["R2-1", "取組R2-1"],
      ["R2-2", "取組R2-2"],
      ["R2-3", "取組R2-3"],
      ["R2-4", "取組R2-4"],
    ]);
  });
});

describe("in English (--report-lang en)", () => {
  it("names the sheets Comparison and Rating history, the periods FY…, and reads the English history back", async () => {
    const { dir } = workDir();
    const h26 = write(dir, "h26.xlsx", nantoWorkbook("h26"));
    const h27 = write(dir, "h27.xlsx", nantoWorkbook("h27"));
    const r = await runCli(["report", h27, "--previous", h26, "--report-lang", "en", "--json"]);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(json.comparison.previousPeriod).toBe("FY2014 year end");
    expect(json.written).toContain("Comparison");
    expect(json.written[json.written.length - 1]).toBe("Rating history");
    const flat = compact(sheetRows(json.output, "Comparison"));
    expect(flat).toContainEqual(["Compared with FY2014 year end, 8 items improved and 4 items worsened."]);
    expect(sheetRows(json.output, "Comparison").find((row) => row[0] === "Total")).toEqual(["Total", 59, 53, 6, 13, 21, -8, 9, 7, 2, 2, 2, 0]);
    // Reported again from its own output without --previous: the English history gives the earlier period.
    const again = await runCli(["report", json.output, "-o", path.join(dir, "again.xlsx"), "--report-lang", "en", "--json"]);
    const c = JSON.parse(again.out).comparison;
    expect([c.previousPeriod, c.improved, c.worsened]).toEqual(["FY2014 year end", 8, 4]);
  });
});

describe("a previous file that cannot be used: a message naming it, exit 2, nothing written", () => {
  it("missing, another scale, or not an earlier period", async () => {
    const { dir } = workDir(SAMPLE);
    const h26 = write(dir, "h26.xlsx", nantoWorkbook("h26"));
    const h27 = write(dir, "h27.xlsx", nantoWorkbook("h27"));
    const out = path.join(dir, "out.xlsx");

    const missing = await runCli(["report", h27, "--previous", path.join(dir, "nope.xlsx"), "-o", out]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("前回のファイル（--previous）を読めません");
    expect(missing.err).toContain("nope.xlsx");

    const kodaira = path.join(dir, path.basename(SAMPLE));
    const scale = await runCli(["report", h27, "--previous", kodaira, "-o", out]);
    expect(scale.code).toBe(2);
    expect(scale.err).toContain("評価区分（S/A/B）が今回の評価区分（A/B/C/D）と異なる");

    const later = await runCli(["report", h26, "--previous", h27, "-o", out]);
    expect(later.code).toBe(2);
    expect(later.err).toContain("時点（平成27年度末）が、今回の時点（平成26年度末）より前ではありません");

    const en = await runCli(["report", h27, "--previous", kodaira, "-o", out], { LANG: "en_US.UTF-8" });
    expect(en.err).toContain("rates on another scale (S/A/B) than this period (A/B/C/D)");
    expect(fs.existsSync(out)).toBe(false);
  });
});
