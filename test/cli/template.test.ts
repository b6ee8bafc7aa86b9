/**
 * `shinchoku template` (issue 12): the template round-trips — made by the
 * command, filled by the test as a department would, rated by `shinchoku
 * report` exactly like the register it was filled from; an empty template is
 * a no-items finding (exit 1), never a crash.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { CellValue } from "../../src/core/grid";
import { matchHeader } from "../../src/core/register/aliases";
import { openPackage } from "../../src/workbook/xlsx/package";
import { readGrid } from "../../src/workbook/xlsx/read-grid";
import { libreOfficeConvert, withSoffice } from "../workbook/xlsx/helpers";
import { runCli, SAMPLE, workDir } from "./run-cli";

const AREAS = ["Ⅰ 地域協働の推進", "Ⅱ 情報の共有と双方向のコミュニケーション", "Ⅲ ＰＤＣＡサイクルの構築", "Ⅳ 財政基盤の強化", "Ⅴ 執行体制の再構築"];
const KODAIRA = ["--plan", "第２次行財政再構築プラン", "--fiscal-year", "平成26年度", ...AREAS.flatMap((a) => ["--area", a])];

/** The sample register's header and body rows (its title rows dropped). */
function sampleRows(): { header: CellValue[]; body: CellValue[][] } {
  const rows = readGrid(openPackage(fs.readFileSync(SAMPLE)), "取組一覧").values.map((r) => [...r]);
  const h = rows.findIndex((r) => r[0] === "No");
  return { header: rows[h], body: rows.slice(h + 1) };
}

/** Fills the template's register sheet with `body` (columns matched by header, as a person copying them would). */
async function fill(template: string, sheet: string, header: CellValue[], body: CellValue[][], out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const target = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => target.set(matchHeader(String(cell.value))!.key, col));
  body.forEach((row, r) => {
    header.forEach((h, c) => {
      const key = typeof h === "string" ? matchHeader(h)?.key : undefined;
      const col = key === undefined ? undefined : target.get(key);
      if (col !== undefined && row[c] !== null && row[c] !== undefined) ws.getCell(r + 2, col).value = row[c] as ExcelJS.CellValue;
    });
  });
  await wb.xlsx.writeFile(out);
}

/** The part of --json that says how items are rated. */
function ratings(json: { total: number; tally: unknown; totals: unknown; items: unknown; delayed: unknown }) {
  return { total: json.total, tally: json.tally, totals: json.totals, items: json.items, delayed: json.delayed };
}

describe("shinchoku template", () => {
  it("round-trips: template → filled with the sample's rows → report rates it exactly as the sample (exit 0)", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "取組一覧.xlsx");
    const made = await runCli(["template", "-o", tpl, ...KODAIRA]);
    expect(made).toMatchObject({ code: 0, err: "" });
    expect(made.out).toContain("平成26年度末");

    const { header, body } = sampleRows();
    const filled = path.join(dir, "returned.xlsx");
    await fill(tpl, "取組一覧", header, body, filled);
    const r = await runCli(["report", filled, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.totals).toEqual({ S: 3, A: 49, B: 10, notRated: 0 });
    expect(json.plan).toBe("第２次行財政再構築プラン");
    expect(json.period).toBe("平成26年度末");
    // The template's 設定 (plan, year, areas) and columns give the same ratings as the sample itself.
    const original = await runCli(["report", SAMPLE, "-o", path.join(dir, "sample-report.xlsx"), "--json"]);
    expect(ratings(json)).toEqual(ratings(JSON.parse(original.out)));
    expect(json.tally.map((t: { area: string }) => t.area)).toEqual(AREAS);
  });

  it("an empty template reports the no-items finding at the header and exit 1 (nothing written), not a crash", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "empty.xlsx");
    expect((await runCli(["template", "-o", tpl, ...KODAIRA])).code).toBe(0);
    const out = path.join(dir, "empty-report.xlsx");
    const r = await runCli(["report", tpl, "-o", out, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toEqual([expect.objectContaining({ severity: "error", code: "no-items", cell: "取組一覧!A1" })]);
    expect(r.err).toContain("エラーが 1 件");
    expect(fs.existsSync(out)).toBe(false);
    const plain = await runCli(["report", tpl, "-o", out]);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain("見出し行の下に取組の行がありません");
  });

  it("writes lists, hints, the frozen header and the print setup; 設定 holds the scale and the fiscal year", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "t.xlsx");
    expect((await runCli(["template", "-o", tpl, "--scale", "sabc", ...KODAIRA])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tpl);
    const ws = wb.getWorksheet("取組一覧") as ExcelJS.Worksheet;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 8)).toEqual(["No", "分野", "項目名", "担当課", "取組の概要", "年度計画", "進捗状況", "スケジュール"]);
    const col = (h: string) => String.fromCharCode(65 + headers.indexOf(h));
    // exceljs 4.4.0 has worksheet.dataValidations; its typings do not list it.
    const rules = (ws as unknown as { dataValidations: { find(address: string): unknown } }).dataValidations;
    const dv = (h: string, row = 2) => rules.find(`${col(h)}${row}`) as ExcelJS.DataValidation & { prompt?: string };
    expect(dv("スケジュール").formulae).toEqual(['"予定以上,予定どおり,遅れ,対象外,評価対象外,未評価,完了,廃止,休止"']);
    expect(dv("スケジュール", 1001).errorStyle).toBe("stop");
    expect(dv("自己評価").formulae).toEqual(['"S,A,B,C"']);
    expect(dv("自己評価").prompt).toContain("C 進捗に課題あり");
    expect(dv("確定評価").formulae).toEqual(['"S,A,B,C"']);
    expect(dv("項目名").prompt).toMatch(/^【必須】/);
    expect(ws.getCell("A1").note).toBeDefined();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getColumn(3).width).toBe(28);
    const settings = readGrid(openPackage(fs.readFileSync(tpl)), "設定").values;
    expect(settings.slice(0, 3)).toEqual([["計画名", "第２次行財政再構築プラン"], ["対象年度", "平成26年度"], ["時点", "年度末"]]);
    const at = settings.findIndex((r) => r[0] === "評価区分");
    expect(settings.slice(at + 1, at + 5)).toEqual([
      [null, "S", "特に良好に進捗", 120],
      [null, "A", "良好に進捗", 100],
      [null, "B", "概ね進捗", 80],
      [null, "C", "進捗に課題あり", null, "遅延"],
    ]);
    expect(settings.slice(-6).map((r) => r[0] ?? r[1])).toEqual(["分野", ...AREAS]);
    // 分野's list is the areas' cells on 設定 (rows below the key), so editing 設定 edits the list.
    const areasRow = settings.length - 4;
    expect(dv("分野").formulae).toEqual([`'設定'!$B$${areasRow}:$B$${areasRow + 4}`]);
    expect(dv("分野").errorStyle).toBe("warning");
    // The print titles repeat the header row on every page.
    const workbookXml = strFromU8(unzipSync(fs.readFileSync(tpl))["xl/workbook.xml"]);
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;取組一覧&apos;!$1:$1</definedName>`);
  });

  it("a self-rated scale from --scale and --method: the report tallies the departments' ratings", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "t.xlsx");
    const scale = "A:前進:100,B:現状維持:50,C:後退:0:遅延,D:未着手::遅延";
    expect((await runCli(["template", "-o", tpl, "--scale", scale, "--method", "自己評価", "--fiscal-year", "令和6年度"])).code).toBe(0);
    const header = ["No", "分野", "項目名", "スケジュール", "成果指標", "目標値", "実績値", "自己評価", "要因", "今後の対応"];
    const body: CellValue[][] = [
      [1, "Ⅰ 行政改革", "窓口の改善", "予定どおり", "満足度", "80%以上", "85%", "A", null, null],
      [2, "Ⅰ 行政改革", "事務の見直し", "予定どおり", "見直し件数", "10件以上", "6件", "B", null, null],
      [3, "Ⅰ 行政改革", "施設の統合", "遅れ", "統合", "令和6年度末までに完了", "未実施", "C", "用地の調整", "再協議"],
      [4, "Ⅱ 財政", "公共施設の計画", "対象外", null, null, null, null, null, null],
    ];
    const filled = path.join(dir, "returned.xlsx");
    await fill(tpl, "取組一覧", header, body, filled);
    const r = await runCli(["report", filled, "--json", "-o", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.method).toBe("self");
    expect(json.scale.map((l: { code: string }) => l.code)).toEqual(["A", "B", "C", "D"]);
    expect(json.totals).toEqual({ A: 1, B: 1, C: 1, D: 0, notRated: 1 });
    const settings = readGrid(openPackage(fs.readFileSync(tpl)), "設定").values;
    expect(settings).toContainEqual(["評価方法", "自己評価"]);
    const ws = new ExcelJS.Workbook();
    await ws.xlsx.readFile(tpl);
    // 自己評価 is required on a self-rated plan: its header says so.
    const sheet = ws.getWorksheet("取組一覧") as ExcelJS.Worksheet;
    const selfCol = (sheet.getRow(1).values as unknown[]).indexOf("自己評価");
    expect(String(sheet.getCell(1, selfCol).note)).toMatch(/^【必須】/);
  });

  it("in English (--lang en): English headers, sheets Register and Settings, rated as written", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "register.xlsx");
    const made = await runCli(["template", "--lang", "en", "-o", tpl, "--fiscal-year", "2024"]);
    expect(made.code).toBe(0);
    expect(made.out).toContain("Wrote the register template");
    const header = ["No", "Area", "Item", "Schedule", "Indicator", "Target type", "Target", "Actual"];
    const body: CellValue[][] = [
      [1, "I Reform", "Counter service", "ahead", "Visitors", "at least", 100, 130],
      [2, "I Reform", "Paperless office", "on track", "Forms online", "at most", 10, 9],
      [3, "I Reform", "Facility merger", "behind", "Merged", null, "2024年度末までに完了", "未実施"],
    ];
    const filled = path.join(dir, "filled.xlsx");
    await fill(tpl, "Register", header, body, filled);
    const r = await runCli(["report", filled, "--json", "-o", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.items.map((i: { rating: string }) => i.rating)).toEqual(["S", "A", "B"]);
    expect(readGrid(openPackage(fs.readFileSync(tpl)), "Settings").values[1]).toEqual(["Fiscal year", "FY2024"]);
  });

  it("refuses an unreadable --scale or --method and an existing output (exit 2); --force replaces it", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "t.xlsx");
    const bad = await runCli(["template", "-o", tpl, "--scale", "S:良い:80,A:普通:100,B:遅い::遅延"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--scale");
    expect(fs.existsSync(tpl)).toBe(false);
    expect((await runCli(["template", "-o", tpl, "--method", "くじ引き"])).code).toBe(2);
    expect((await runCli(["template", "-o", tpl])).code).toBe(0);
    const again = await runCli(["template", "-o", tpl]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect((await runCli(["template", "-o", tpl, "--force"])).code).toBe(0);
  });

  withSoffice()("LibreOffice opens the template and prints it; saved by LibreOffice, it still reports as written", async () => {
    const { dir } = workDir();
    const tpl = path.join(dir, "t.xlsx");
    expect((await runCli(["template", "-o", tpl, ...KODAIRA])).code).toBe(0);
    const pdf = libreOfficeConvert(fs.readFileSync(tpl), "pdf");
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    const saved = path.join(dir, "saved.xlsx");
    fs.writeFileSync(saved, libreOfficeConvert(fs.readFileSync(tpl), "xlsx"));
    const { header, body } = sampleRows();
    const filled = path.join(dir, "filled.xlsx");
    await fill(saved, "取組一覧", header, body, filled);
    const r = await runCli(["report", filled, "--json", "-o", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).totals).toEqual({ S: 3, A: 49, B: 10, notRated: 0 });
  });
});

