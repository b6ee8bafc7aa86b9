/** `shinchoku consolidate` and `shinchoku export` on real .xlsx files (contract §8). */
import * as fs from "fs";
import * as path from "path";
import { unzipSync, strFromU8 } from "fflate";
import type { CellValue } from "../../src/core/grid";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../src/workbook/xlsx/read-grid";
import { createWorkbook } from "../../src/workbook/xlsx/new-workbook";
import { runCli, SAMPLE, workDir } from "./run-cli";

/** The sample register's header and body rows (title rows dropped). */
function sampleRows(): { header: CellValue[]; body: CellValue[][] } {
  const grid = readGrid(openPackage(fs.readFileSync(SAMPLE)), "取組一覧");
  const rows = grid.values.map((r) => [...r]);
  const h = rows.findIndex((r) => r[0] === "No");
  return { header: rows[h], body: rows.slice(h + 1) };
}

/** Rows of the sample whose item (No. carried down) satisfies `keep`. */
function rowsWhere(keep: (no: number) => boolean): CellValue[][] {
  const { header, body } = sampleRows();
  let no = 0;
  return [header, ...body.filter((r) => {
    if (typeof r[0] === "number") no = r[0];
    return keep(no);
  })];
}

describe("shinchoku consolidate", () => {
  it("merges departments' registers into one register with a source column, which rates like the original", async () => {
    const { dir } = workDir();
    const a = path.join(dir, "dept-a.xlsx");
    const b = path.join(dir, "dept-b.xlsx");
    fs.writeFileSync(a, createWorkbook([{ name: "取組一覧", rows: rowsWhere((n) => n <= 30) }]));
    // dept-b repeats No.30 unchanged (a shared item sent twice): kept once.
    fs.writeFileSync(b, createWorkbook([{ name: "取組一覧", rows: rowsWhere((n) => n >= 30) }]));
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).items).toBe(62);
    const grid = readGrid(openPackage(fs.readFileSync(out)), "取組一覧");
    // The source columns come last: the file (出典), then the department's sheet and row (出典行).
    expect(grid.values[0].slice(-2)).toEqual(["出典", "出典行"]);
    const sources = new Set(grid.values.slice(1).map((row) => row[row.length - 2]));
    expect(sources).toEqual(new Set(["dept-a.xlsx", "dept-b.xlsx"]));

    const rated = await runCli(["report", out, "--json", "--fiscal-year", "平成26年度"]);
    expect(rated.code).toBe(0);
    expect(JSON.parse(rated.out).totals).toEqual({ S: 3, A: 49, B: 10, notRated: 0 });
  });

  it("refuses the same No. with different content, naming both files and cells, and writes nothing", async () => {
    const { dir } = workDir();
    const a = path.join(dir, "dept-a.xlsx");
    const b = path.join(dir, "dept-b.xlsx");
    fs.writeFileSync(a, createWorkbook([{ name: "取組一覧", rows: rowsWhere((n) => n === 2) }]));
    const changed = rowsWhere((n) => n === 2);
    changed[1][2] = "庁内における協働推進体制の見直し";
    fs.writeFileSync(b, createWorkbook([{ name: "取組一覧", rows: changed }]));
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).findings[0];
    expect(f).toMatchObject({ severity: "error", code: "consolidate-conflict", cell: "取組一覧!C2" });
    expect(f.message).toContain("dept-a.xlsx");
    expect(f.message).toContain("dept-b.xlsx");
    expect(f.message).toContain("取組一覧!C2");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("needs -o", async () => {
    const { paths } = workDir(SAMPLE);
    expect((await runCli(["consolidate", paths[0]])).code).toBe(2);
  });
});

describe("shinchoku export", () => {
  it("makes the committee's copy: only the chosen report sheets, no formulas, no hyperlinks back to the register", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const report = path.join(dir, "report.xlsx");
    expect((await runCli(["report", paths[0], "-o", report])).code).toBe(0);
    const committee = path.join(dir, "committee.xlsx");
    const r = await runCli(["export", report, "-o", committee]);
    expect(r.code).toBe(0);
    const names = listSheets(openPackage(fs.readFileSync(committee))).map((s) => s.name);
    expect(names).toEqual(["進捗集計", "遅延取組一覧", "評価結果", "事例", "次年度新規"]);
    const parts = unzipSync(fs.readFileSync(committee));
    const xml = Object.entries(parts).filter(([p]) => p.endsWith(".xml")).map(([, v]) => strFromU8(v)).join("\n");
    expect(xml).not.toContain("<f>");
    expect(xml).not.toContain("<hyperlink ");
    expect(xml).not.toContain("取組一覧!");

    const chosen = path.join(dir, "chosen.xlsx");
    expect((await runCli(["export", report, "-o", chosen, "--sheets", "進捗集計,遅延取組一覧"])).code).toBe(0);
    expect(listSheets(openPackage(fs.readFileSync(chosen))).map((s) => s.name)).toEqual(["進捗集計", "遅延取組一覧"]);
  });

  it("refuses a sheet that is not a generated report sheet, and a workbook without any", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const report = path.join(dir, "report.xlsx");
    expect((await runCli(["report", paths[0], "-o", report])).code).toBe(0);
    expect((await runCli(["export", report, "-o", path.join(dir, "x.xlsx"), "--sheets", "取組一覧"])).code).toBe(2);
    expect((await runCli(["export", paths[0], "-o", path.join(dir, "y.xlsx")])).code).toBe(2);
    expect(fs.existsSync(path.join(dir, "x.xlsx")) || fs.existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });
});
