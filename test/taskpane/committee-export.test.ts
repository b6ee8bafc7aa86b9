/**
 * exportCommitteeCopy, the pane's 委員会用に書き出す over a WorkbookHost:
 * every way it cannot make the copy ends in an outcome (the pane's note),
 * never a throw, and nothing is opened then; the copy it opens is the one
 * committeeCopy makes of the host's bytes.
 */
import * as fs from "fs";
import * as path from "path";
import type { WorkbookHost } from "../../src/workbook/host";
import { exportCommitteeCopy, type CommitteeStep } from "../../src/taskpane/committee-export";
import { committeeCopy } from "../../src/workbook/xlsx/committee-copy";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets } from "../../src/workbook/xlsx/read-grid";
import { runCli, SAMPLE, workDir } from "../cli/run-cli";

const unused = () => Promise.reject(new Error("not used"));

function host(parts: { file?: () => Promise<Uint8Array>; create?: boolean }): { host: WorkbookHost; opened: string[] } {
  const opened: string[] = [];
  const h: WorkbookHost = {
    features: { pageLayout: true, mergedAreas: true },
    load: unused,
    writeReport: unused,
    writeSettings: unused,
    select: unused,
    ...(parts.create === false ? {} : { createWorkbook: async (b64: string) => void opened.push(b64) }),
    ...(parts.file === undefined ? {} : { documentFile: parts.file }),
  };
  return { host: h, opened };
}

let report: Uint8Array;
let register: Uint8Array;
beforeAll(async () => {
  const { dir, paths } = workDir(SAMPLE);
  const out = path.join(dir, "report.xlsx");
  expect((await runCli(["report", paths[0], "-o", out])).code).toBe(0);
  report = fs.readFileSync(out);
  register = fs.readFileSync(paths[0]);
});

describe("exportCommitteeCopy", () => {
  it("reads the file, makes the copy, opens it as a new workbook", async () => {
    const { host: h, opened } = host({ file: async () => report });
    const steps: CommitteeStep[] = [];
    const outcome = await exportCommitteeCopy(h, (s) => steps.push(s));
    const expected = committeeCopy(report);
    if (expected.kind !== "copy") throw new Error("no copy");
    expect(outcome).toEqual({ kind: "created", sheets: expected.sheets });
    expect(steps).toEqual(["readingFile", "exporting"]);
    expect(opened).toHaveLength(1);
    expect(listSheets(openPackage(Buffer.from(opened[0], "base64"))).map((s) => s.name)).toEqual(expected.sheets);
  });

  it("without Excel.createWorkbook or without the file: a note, and the file is not even read", async () => {
    let reads = 0;
    const file = async () => (reads++, report);
    expect(await exportCommitteeCopy(host({ file, create: false }).host)).toEqual({ kind: "noNewWorkbook" });
    expect(await exportCommitteeCopy(host({}).host)).toEqual({ kind: "noFile" });
    expect(reads).toBe(0);
  });

  it("a host that refuses the file, bytes that are no workbook, a workbook without a report: notes, nothing opened", async () => {
    const refused = host({ file: () => Promise.reject(new Error("An internal error has occurred.")) });
    expect(await exportCommitteeCopy(refused.host)).toEqual({ kind: "fileRefused", message: "An internal error has occurred." });
    const garbage = host({ file: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    expect((await exportCommitteeCopy(garbage.host)).kind).toBe("unreadable");
    const plain = host({ file: async () => register });
    expect(await exportCommitteeCopy(plain.host)).toEqual({ kind: "noReport" });
    expect([...refused.opened, ...garbage.opened, ...plain.opened]).toEqual([]);
  });
});
