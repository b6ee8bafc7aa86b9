/** `shinchoku export` keeps the comparison (contract §10: the committee copy keeps the chart and the comparison). */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../src/workbook/xlsx/read-grid";
import { reportTwoPeriods, runCli } from "./run-cli";

describe("shinchoku export keeps the comparison", () => {
  it("a report with an earlier period in its history: the default copy holds 前回比較 and the chart, not 評価履歴", async () => {
    // The next period, reported on the copied workbook: its 評価履歴 holds 平成26年度, so 前回比較 is written.
    const { dir, next } = await reportTwoPeriods();
    expect(listSheets(openPackage(fs.readFileSync(next))).map((s) => s.name)).toContain("前回比較");
    const committee = path.join(dir, "committee.xlsx");
    expect((await runCli(["export", next, "-o", committee])).code).toBe(0);
    const pkg = openPackage(fs.readFileSync(committee));
    const names = listSheets(pkg).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["進捗集計", "前回比較"]));
    expect(names).not.toContain("評価履歴");
    expect(names).not.toContain("検証結果");
    expect(readGrid(pkg, "前回比較")).toEqual(readGrid(openPackage(fs.readFileSync(next)), "前回比較"));
    const parts = Object.keys(unzipSync(fs.readFileSync(committee)));
    expect(parts.some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    // The comparison names no cell of the register.
    const xml = parts.filter((p) => p.endsWith(".xml")).map((p) => strFromU8(unzipSync(fs.readFileSync(committee))[p])).join("\n");
    expect(xml).not.toContain("取組一覧!");
  });
});
