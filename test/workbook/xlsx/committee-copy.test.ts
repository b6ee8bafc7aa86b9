/**
 * committeeCopy (the pane's 委員会用に書き出す) on a report the command line
 * wrote: the same sheets, cells and chart as `shinchoku export` without
 * --sheets — 前回比較 and the chart in, the register, 検証結果 and 評価履歴 out.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { committeeCopy } from "../../../src/workbook/xlsx/committee-copy";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../../src/workbook/xlsx/read-grid";
import { reportTwoPeriods, runCli, SAMPLE, workDir } from "../../cli/run-cli";

describe("committeeCopy matches shinchoku export", () => {
  it("a report with 前回比較: the same sheets, the same cells, a chart part", async () => {
    const { dir, next } = await reportTwoPeriods();
    const cliCopy = path.join(dir, "committee.xlsx");
    expect((await runCli(["export", next, "-o", cliCopy])).code).toBe(0);

    const copy = committeeCopy(fs.readFileSync(next));
    if (copy.kind !== "copy") throw new Error("no copy");
    const cli = openPackage(fs.readFileSync(cliCopy));
    const pane = openPackage(copy.bytes);
    const names = listSheets(pane).map((s) => s.name);
    expect(names).toEqual(listSheets(cli).map((s) => s.name));
    expect(names).toEqual(copy.sheets);
    expect(names).toEqual(expect.arrayContaining(["進捗集計", "前回比較"]));
    for (const absent of ["取組一覧", "検証結果", "評価履歴"]) expect(names).not.toContain(absent);
    for (const n of names) expect(readGrid(pane, n)).toEqual(readGrid(cli, n));
    const charts = (bytes: Uint8Array) => Object.keys(unzipSync(bytes)).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts(copy.bytes)).toHaveLength(1);
    expect(charts(copy.bytes)).toEqual(charts(fs.readFileSync(cliCopy)));
  });

  it("a register without a report: nothing to copy", () => {
    const { paths } = workDir(SAMPLE);
    expect(committeeCopy(fs.readFileSync(paths[0]))).toEqual({ kind: "noReport" });
  });
});
