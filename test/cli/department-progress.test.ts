/** `report --department NAME` and 進捗率 through the command line (contract §10). */
import * as fs from "fs";
import * as path from "path";
import { createWorkbook, openPackage, readGrid } from "../../src/workbook/xlsx";
import { listSheets } from "../../src/workbook/xlsx/read-grid";
import { runCli, SAMPLE, workDir } from "./run-cli";

describe("report --department on the bundled sample", () => {
  it("writes 行政経営課's own report beside the input (REGISTER-report-行政経営課.xlsx): its 11 items only", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const r = await runCli(["report", paths[0], "--department", "行政経営課", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.department).toBe("行政経営課");
    expect(json.total).toBe(11);
    expect(json.totals).toEqual({ S: 0, A: 9, B: 2, notRated: 0 });
    expect(json.delayed).toEqual([21, 26]);
    expect(json.departments).toEqual([{ department: "行政経営課", items: 11, S: 0, A: 9, B: 2, notRated: 0 }]);
    const out = path.join(dir, "kodaira-h26-report-行政経営課.xlsx");
    expect(json.output).toBe(out);
    const pkg = openPackage(new Uint8Array(fs.readFileSync(out)));
    expect(listSheets(pkg).filter((s) => s.generated).map((s) => s.name)).toContain("進捗集計");
    const summary = readGrid(pkg, "進捗集計").values.map((row) => row.filter((v) => v !== null));
    expect(summary[0]).toEqual(["第２次行財政再構築プランの平成26年度末進捗状況（行政経営課）"]);
    expect(summary).toContainEqual(["計", 0, 9, 2]);
    const ratings = readGrid(pkg, "評価結果").values.slice(1).filter((row) => typeof row[0] === "number");
    expect(new Set(ratings.map((row) => row[3]))).toEqual(new Set(["行政経営課"]));
  });

  it("the whole report's 進捗集計 holds the 担当課別 table, one row per department of the register", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const out = path.join(dir, "whole.xlsx");
    expect((await runCli(["report", paths[0], "-o", out, "-q"])).code).toBe(0);
    const summary = readGrid(openPackage(new Uint8Array(fs.readFileSync(out))), "進捗集計").values.map((row) => row.filter((v) => v !== null));
    const caption = summary.findIndex((row) => row[0] === "【担当課別】担当課別の進捗状況");
    expect(caption).toBeGreaterThan(0);
    expect(summary[caption + 2]).toEqual(["市民協働・男女参画推進課", 1, 3, 3, 7]);
    expect(summary.slice(caption + 2).filter((row) => row.length === 5)).toHaveLength(23);
  });

  it("exits 2 naming the departments there are when none of the items has the department; nothing written", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const r = await runCli(["report", paths[0], "--department", "企画課"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("担当課「企画課」の取組は取組一覧にありません");
    expect(r.err).toContain("行政経営課、収納課");
    expect(fs.readdirSync(dir)).toEqual(["kodaira-h26.xlsx"]);
    const en = await runCli(["--lang", "en", "report", paths[0], "--department", "企画課"]);
    expect(en.err).toContain('No item of the register has the department "企画課"');
  });

  it("says there is no department column when the register has none", async () => {
    const { dir } = workDir();
    const input = path.join(dir, "plain.xlsx");
    fs.writeFileSync(input, createWorkbook([{ name: "取組一覧", rows: [["No", "分野", "項目名", "スケジュール"], [1, "Ⅰ 協働", "取組", "予定どおり"]] }]));
    const r = await runCli(["report", input, "--department", "企画課"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("担当課の列");
  });
});

describe("report on a register with 基準値: 進捗率 in --json and in 進捗集計", () => {
  it("computes the rates, makes a finding at a missing year's cell, writes the band table", async () => {
    const { dir } = workDir();
    const input = path.join(dir, "baseline.xlsx");
    fs.writeFileSync(
      input,
      createWorkbook([
        {
          name: "取組一覧",
          rows: [
            ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "基準値", "基準年度", "目標年度"],
            [1, "Ⅰ 協働", "参加促進", "協働課", "予定どおり", "参加者数", "200人以上", "160人", "100人", "平成25年度", "平成30年度"],
            [2, "Ⅰ 協働", "事故削減", "協働課", "予定どおり", "事故件数", "30件以下", "45件", "50件", null, "平成30年度"],
          ],
        },
        { name: "設定", rows: [["対象年度", "平成28年度"], ["時点", "年度末"]] },
      ]),
    );
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["report", input, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.progress.indicators.map((i: { no: number; rate: number; band: number }) => [i.no, i.rate, i.band])).toEqual([
      [1, 60, 3],
      [2, 25, 1],
    ]);
    expect(json.progress.bands.map((b: { count: number }) => b.count)).toEqual([0, 1, 0, 1, 0, 0]);
    const f = json.findings.find((x: { code: string }) => x.code === "progress-missing-baseline-year");
    expect(f).toMatchObject({ severity: "warning", cell: "取組一覧!J3" });
    expect(f.message).toContain("基準値の年度がわかりません");
    const summary = readGrid(openPackage(new Uint8Array(fs.readFileSync(out))), "進捗集計").values.map((row) => row.filter((v) => v !== null));
    expect(summary).toContainEqual(["60%以上80%未満", 1]);
    expect(summary).toContainEqual(["No.1 参加者数（平成25年度→平成30年度）", 100, 160, 200, 0.6, 0.6]);
  });

  it("--previous: the band table has the previous period beside this one, rated with its actuals", async () => {
    const { dir } = workDir();
    const header = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "基準値", "基準年度", "目標年度"];
    const book = (year: string, actual1: string, actual2: string) =>
      createWorkbook([
        {
          name: "取組一覧",
          rows: [
            header,
            [1, "Ⅰ 協働", "参加促進", "協働課", "予定どおり", "参加者数", "200人以上", actual1, "100人", "平成25年度", "平成30年度"],
            [2, "Ⅰ 協働", "事故削減", "協働課", "予定どおり", "事故件数", "30件以下", actual2, "50件", "平成25年度", "平成30年度"],
          ],
        },
        { name: "設定", rows: [["対象年度", year], ["時点", "年度末"]] },
      ]);
    const earlier = path.join(dir, "h27.xlsx");
    const input = path.join(dir, "h28.xlsx");
    fs.writeFileSync(earlier, book("平成27年度", "130人", "48件"));
    fs.writeFileSync(input, book("平成28年度", "160人", "45件"));
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["report", input, "--previous", earlier, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.progress.previous.period).toBe("平成27年度末");
    expect(json.progress.previous.bands.map((b: { count: number }) => b.count)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(json.progress.bands.map((b: { count: number }) => b.count)).toEqual([0, 1, 0, 1, 0, 0]);
    const summary = readGrid(openPackage(new Uint8Array(fs.readFileSync(out))), "進捗集計").values.map((row) => row.filter((v) => v !== null));
    expect(summary).toContainEqual(["進捗率", "平成28年度末", "平成27年度末", "増減"]);
    expect(summary).toContainEqual(["20%未満", 0, 1, -1]);
    // One department's report with --previous: compared, 評価履歴 not written.
    const own = path.join(dir, "own.xlsx");
    const d = await runCli(["report", input, "--previous", earlier, "--department", "協働課", "-o", own, "--json"]);
    expect(d.code).toBe(0);
    const dj = JSON.parse(d.out);
    expect(dj.comparison).toBeDefined();
    expect(dj.written).not.toContain("評価履歴");
  });
});
