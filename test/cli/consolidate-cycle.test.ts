/**
 * `shinchoku consolidate` for the reporting cycle (contract §10): the 設定 sheet kept and
 * checked, the departments in and missing, and each row's source, so that `report` on the
 * merged register names the department's own cell. Department workbooks are generated here.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { CellValue } from "../../src/core/grid";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../src/workbook/xlsx/read-grid";
import { createWorkbook } from "../../src/workbook/xlsx/new-workbook";
import { runCli, workDir } from "./run-cli";

const SETTINGS: CellValue[][] = [
  ["計画名", "第３次行財政改革プラン"],
  ["対象年度", "令和6年度"],
  ["時点", "年度末"],
  ["分野", "Ⅰ 行政運営"],
  [null, "Ⅱ 財政運営"],
];

/** 財政課: the contract's columns. Rows 1–2 are a title and a blank row; the header is on row 3. */
function zaisei(): CellValue[][] {
  return [
    ["財政課 取組一覧"],
    [],
    ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "単位"],
    [1, "Ⅰ 行政運営", "事務事業の見直し", "財政課", "予定どおり", "見直し件数", 10, 12, "件"],
    [2, "Ⅱ 財政運営", "公共施設の維持管理", "財政課", "予定どおり", "削減額", 100, 80, "万円"],
    [null, null, null, null, null, "対象施設数", 5, 5, "施設"],
  ];
}

/** 企画課: another layout (概要 before 担当課, 実績値 in column J), header on row 1. */
function kikaku(actual: CellValue = 7): CellValue[][] {
  return [
    ["No", "分野", "項目名", "取組の概要", "担当課", "スケジュール", "成果指標", "単位", "目標値", "実績値"],
    [3, "Ⅰ 行政運営", "窓口のデジタル化", "オンライン申請", "企画課", "予定どおり", "申請件数", "件", 5, actual],
    [4, "Ⅱ 財政運営", "補助金の見直し", "", "企画課", "遅れ", "見直し件数", "件", 4, 1],
  ];
}

function write(dir: string, name: string, register: CellValue[][], settings: CellValue[][] | null = SETTINGS): string {
  const file = path.join(dir, name);
  const sheets = [{ name: "取組一覧", rows: register }, ...(settings === null ? [] : [{ name: "設定", rows: settings }])];
  fs.writeFileSync(file, createWorkbook(sheets));
  return file;
}

describe("shinchoku consolidate for the cycle", () => {
  it("keeps the 設定 sheet, the 出典 / 出典行 columns and a hidden 出典列 sheet; lists the files' departments", async () => {
    const { dir } = workDir();
    const a = write(dir, "財政課.xlsx", zaisei());
    const b = write(dir, "企画課.xlsx", kikaku(), null);
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.items).toBe(4);
    expect(json.settingsFrom).toBe("財政課.xlsx");
    expect(json.departments).toEqual({
      files: [
        { file: "財政課.xlsx", departments: ["財政課"], items: 2 },
        { file: "企画課.xlsx", departments: ["企画課"], items: 2 },
      ],
      previous: null,
      missing: [],
    });
    const pkg = openPackage(fs.readFileSync(out));
    expect(listSheets(pkg).map((s) => s.name)).toEqual(["取組一覧", "設定", "出典列"]);
    expect(readGrid(pkg, "設定").values).toEqual(SETTINGS.map((row) => (row[0] === null ? [null, row[1]] : row)));
    const workbookXml = strFromU8(unzipSync(fs.readFileSync(out))["xl/workbook.xml"]);
    expect(workbookXml).toMatch(/<sheet name="出典列" sheetId="3" state="hidden"/);
    const grid = readGrid(pkg, "取組一覧").values;
    const header = grid[0];
    expect(header.slice(-2)).toEqual(["出典", "出典行"]);
    // Every merged row names its file and the department's own row.
    expect(grid.slice(1).map((row) => row.slice(-2))).toEqual([
      ["財政課.xlsx", "取組一覧!4"],
      ["財政課.xlsx", "取組一覧!5"],
      ["財政課.xlsx", "取組一覧!6"],
      ["企画課.xlsx", "取組一覧!2"],
      ["企画課.xlsx", "取組一覧!3"],
    ]);
    const table = readGrid(pkg, "出典列").values;
    expect(table[0]).toEqual(["shinchoku:sources", "出典", "出典行"]);
    expect(table[1].slice(2)).toEqual(["財政課.xlsx", "企画課.xlsx"]);
    expect(table.find((row) => row[0] === "actual")?.slice(2)).toEqual(["H", "J"]);
    expect(table.find((row) => row[0] === "overview")?.slice(2)).toEqual([null, "D"]);

    // The merged register rates as the departments' registers do.
    const rated = await runCli(["report", out, "--json"]);
    expect(rated.code).toBe(0);
    expect(JSON.parse(rated.out).items.map((i: { no: number }) => i.no).sort()).toEqual([1, 2, 3, 4]);
  });

  it("a finding on the merged register names the department's own cell, in --json and in 検証結果", async () => {
    const { dir } = workDir();
    const a = write(dir, "財政課.xlsx", zaisei());
    const b = write(dir, "企画課.xlsx", kikaku("#REF!×"));
    const out = path.join(dir, "register.xlsx");
    expect((await runCli(["consolidate", a, b, "-o", out])).code).toBe(0);
    const report = path.join(dir, "report.xlsx");
    const r = await runCli(["report", out, "-o", report, "--json"]);
    expect(r.code).toBe(0);
    const findings: { code: string; cell: string; source?: string }[] = JSON.parse(r.out).findings;
    const merged = readGrid(openPackage(fs.readFileSync(out)), "取組一覧").values;
    const actualCol = String.fromCharCode(65 + merged[0].indexOf("実績値"));
    const onActual = findings.find((f) => f.cell === `取組一覧!${actualCol}5`);
    expect(onActual).toBeDefined();
    expect(onActual!.source).toBe("企画課.xlsx 取組一覧!J2");
    // The text output names it after the cell.
    const text = await runCli(["report", out, "-o", path.join(dir, "report2.xlsx")]);
    expect(text.err + text.out).toContain(`取組一覧!${actualCol}5 (企画課.xlsx 取組一覧!J2)`);
    // Findings with no cell on the register have no source.
    for (const f of findings) if (f.cell === null || !f.cell.startsWith("取組一覧!")) expect(f.source).toBeUndefined();

    const sheet = readGrid(openPackage(fs.readFileSync(report)), "検証結果").values;
    const head = sheet.findIndex((row) => row.includes("出典（各課のセル）"));
    expect(head).toBeGreaterThan(-1);
    const col = sheet[head].indexOf("出典（各課のセル）");
    expect(sheet.slice(head + 1).some((row) => row[col] === "企画課.xlsx 取組一覧!J2")).toBe(true);
  });

  it("a 設定 that rates differently is an error naming both files and cells, and nothing is written", async () => {
    const { dir } = workDir();
    const a = write(dir, "財政課.xlsx", zaisei());
    const other = SETTINGS.map((row) => (row[0] === "対象年度" ? ["対象年度", "令和5年度"] : row));
    const b = write(dir, "企画課.xlsx", kikaku(), other);
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).findings.find((x: { code: string }) => x.code === "consolidate-settings-conflict");
    expect(f).toMatchObject({ severity: "error", cell: "設定!B2" });
    expect(f.message).toContain("企画課.xlsx");
    expect(f.message).toContain("財政課.xlsx");
    expect(f.message).toContain("設定!B2");
    expect(f.message).toContain("令和5年度");
    expect(f.message).toContain("令和6年度");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a 設定 that differs in 計画名 only is a warning; the first file's is kept", async () => {
    const { dir } = workDir();
    const a = write(dir, "財政課.xlsx", zaisei());
    const other = SETTINGS.map((row) => (row[0] === "計画名" ? ["計画名", "第２次行財政改革プラン"] : row));
    const b = write(dir, "企画課.xlsx", kikaku(), other);
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", code: "consolidate-settings-differ", cell: "設定!B1" });
    expect(readGrid(openPackage(fs.readFileSync(out)), "設定").values[0]).toEqual(["計画名", "第３次行財政改革プラン"]);
  });

  it("--previous: the previous period's departments that sent no file are listed (a warning), in --json and in the text", async () => {
    const { dir } = workDir();
    const a = write(dir, "財政課.xlsx", zaisei());
    const b = write(dir, "企画課.xlsx", kikaku());
    const previousRows = [...zaisei().slice(2), [9, "Ⅰ 行政運営", "人材育成", "人事課", "予定どおり", "研修回数", 3, 3, "回"]];
    const previous = write(dir, "R5.xlsx", previousRows);
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, b, "-o", out, "--previous", previous, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.departments.previous).toBe("R5.xlsx");
    expect(json.departments.missing).toEqual(["人事課"]);
    expect(json.findings).toEqual([expect.objectContaining({ severity: "warning", code: "consolidate-department-missing", cell: null })]);
    expect(json.findings[0].message).toContain("人事課");

    const text = await runCli(["consolidate", a, b, "-o", path.join(dir, "again.xlsx"), "--previous", previous]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("提出: 財政課.xlsx（財政課、2 項目）");
    expect(text.out).toContain("提出: 企画課.xlsx（企画課、2 項目）");
    expect(text.out).toContain("未提出（前回 R5.xlsx にあり）: 人事課");
    expect(text.err).toContain("consolidate-department-missing");

    const all = await runCli(["consolidate", a, b, "-o", path.join(dir, "all.xlsx"), "--previous", write(dir, "R5b.xlsx", zaisei())]);
    expect(all.out).toContain("前回 R5b.xlsx の担当課はすべて提出済みです。");
  });

  it("a file without 担当課 is the department its file name says", async () => {
    const { dir } = workDir();
    const rows = zaisei().map((row) => row.filter((_, c) => c !== 3));
    const a = write(dir, "総務課.xlsx", rows);
    const out = path.join(dir, "register.xlsx");
    const r = await runCli(["consolidate", a, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).departments.files).toEqual([{ file: "総務課.xlsx", departments: ["総務課"], items: 2 }]);
  });
});
