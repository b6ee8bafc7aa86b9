/**
 * `shinchoku report` on real .xlsx files (contract §8): exit codes, the JSON
 * result, nothing written on error, and the input never modified.
 */
import * as fs from "fs";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { openPackage } from "../../src/workbook/xlsx/package";
import { listSheets, readGrid } from "../../src/workbook/xlsx/read-grid";
import { fixture, runCli, SAMPLE, workDir } from "./run-cli";

function bytesOf(file: string): Buffer {
  return fs.readFileSync(file);
}

describe("shinchoku report on the bundled sample register", () => {
  it("reproduces the seed's 表１ and the delayed list, writes the report sheets, leaves the input byte-identical", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const before = bytesOf(paths[0]);
    const r = await runCli(["report", paths[0], "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.plan).toBe("第２次行財政再構築プラン");
    expect(json.period).toBe("平成26年度末");
    expect(json.total).toBe(62);
    expect(json.relisted).toBe(1);
    expect(json.tally.map((t: { S: number; A: number; B: number; items: number }) => [t.items, t.S, t.A, t.B])).toEqual([
      [15, 1, 10, 4],
      [5, 0, 5, 0],
      [7, 0, 5, 2],
      [18, 1, 13, 4],
      [17, 1, 16, 0],
    ]);
    expect(json.tally[0].area).toBe("Ⅰ 地域協働の推進");
    expect(json.totals).toEqual({ S: 3, A: 49, B: 10, notRated: 0 });
    expect(json.delayed).toEqual([2, 9, 12, 13, 21, 26, 33, 43, 44, 45]);
    expect(json.items).toHaveLength(62);
    expect(json.items[0]).toEqual({ no: 1, area: "Ⅰ 地域協働の推進", rating: "S", computed: "S" });
    // The seed's 相談件数: 71件 against 41人, and 約42.3%増 where 41 → 71 is 73.2%.
    const codes = json.findings.map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`);
    expect(codes).toContain("unit-mismatch 取組一覧!L5");
    expect(codes).toContain("stated-change-mismatch 取組一覧!N5");
    expect(json.findings.every((f: { severity: string }) => f.severity !== "error")).toBe(true);

    const out = path.join(dir, "kodaira-h26-report.xlsx");
    expect(json.output).toBe(out);
    const pkg = openPackage(bytesOf(out));
    const generated = listSheets(pkg).filter((s) => s.generated).map((s) => s.name);
    expect(generated).toEqual(["進捗集計", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規", "評価履歴"]);
    const summary = readGrid(pkg, "進捗集計").values.map((row) => row.filter((v) => v !== null));
    expect(summary).toContainEqual(["Ⅰ 地域協働の推進（15項目）", 1, 10, 4]);
    expect(summary).toContainEqual(["計", 3, 49, 10]);
    expect(summary.flat()).toContain(
      "平成26年度末の各プログラムの進捗状況について、スケジュールの進行状況及び成果指標に基づき評価を実施したところ、全 62 項目（再掲 1 項目）の取組のうち、3 項目が「予定以上に進捗」、49 項目が「予定どおりに進捗」、10 項目が「予定よりも遅れている」となりました。",
    );
    expect(bytesOf(paths[0]).equals(before)).toBe(true);
  });

  it("keeps the register and settings sheets of the input unchanged in the output", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const r = await runCli(["report", paths[0], "-o", path.join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    const a = unzipSync(bytesOf(paths[0]));
    const b = unzipSync(bytesOf(path.join(dir, "out.xlsx")));
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"]) {
      if (a[part]) expect(Buffer.from(b[part]).equals(Buffer.from(a[part]))).toBe(true);
    }
  });

  it("rerunning on its own output replaces only the generated sheets", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await runCli(["report", paths[0], "-o", first])).code).toBe(0);
    expect((await runCli(["report", first, "-o", second])).code).toBe(0);
    const names = listSheets(openPackage(bytesOf(second))).map((s) => s.name);
    expect(names).toEqual(["取組一覧", "設定", "進捗集計", "遅延取組一覧", "評価結果", "検証結果", "事例", "次年度新規", "評価履歴"]);
  });

  it("writes the report in English with --report-lang en", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const out = path.join(dir, "en.xlsx");
    const r = await runCli(["report", paths[0], "-o", out, "--report-lang", "en", "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).period).toBe("FY2014 year end");
    const names = listSheets(openPackage(bytesOf(out))).filter((s) => s.generated).map((s) => s.name);
    expect(names).toContain("Summary");
  });
});

describe("shinchoku report on registers written by other programs", () => {
  it("reads a LibreOffice register with title rows above the header and shuffled columns", async () => {
    const { paths } = workDir(fixture("libreoffice-register.xlsx"));
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBeGreaterThan(0);
    expect(json.totals.S + json.totals.A + json.totals.B).toBe(json.total);
  });

  it("reads English headers", async () => {
    const { paths } = workDir(fixture("english-headers.xlsx"));
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total).toBeGreaterThan(0);
  });

  it("finds --sheet in any case, as Excel names sheets (programmes → Programmes)", async () => {
    const { paths } = workDir(fixture("english-headers.xlsx"));
    const exact = JSON.parse((await runCli(["report", paths[0], "--json", "--fiscal-year", "2014", "--sheet", "Programmes"])).out);
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014", "--sheet", "programmes"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total).toBe(exact.total);
  });

  it("folds merged continuation rows into their items", async () => {
    const { paths } = workDir(fixture("merged-continuations.xlsx"));
    const grid = readGrid(openPackage(bytesOf(paths[0])), "取組一覧");
    const rows = grid.values.filter((row) => row.some((v) => v !== null)).length - 1;
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBeLessThan(rows);
    expect(json.findings.filter((f: { code: string }) => f.code === "duplicate-item")).toEqual([]);
  });

  it("reports #N/A in an actual as a finding with its cell, and still writes the report", async () => {
    const { paths } = workDir(fixture("error-values.xlsx"));
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const na = JSON.parse(r.out).findings.find((f: { code: string; message: string }) => f.code === "excel-error" && f.message.includes("#N/A"));
    expect(na).toMatchObject({ severity: "warning", cell: "取組一覧!H2" });
  });

  it("says which cells hold formulas saved without results (as openpyxl writes them), only in the register's columns", async () => {
    const { paths } = workDir(fixture("uncalculated-formulas.xlsx"));
    const before = bytesOf(paths[0]);
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.out).findings.filter((f: { code: string }) => f.code === "formula-without-result");
    expect(found.map((f: { cell: string; severity: string }) => [f.cell, f.severity])).toEqual([
      ["取組一覧!H2", "warning"],
      ["取組一覧!H4", "warning"],
    ]);
    expect(bytesOf(paths[0]).equals(before)).toBe(true);
  });

  it("reads a register kept as an Excel table with a totals row: the 計 row is no item; the input stays byte-identical", async () => {
    const { paths } = workDir(fixture("table-totals.xlsx"));
    const before = bytesOf(paths[0]);
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBe(4);
    expect(json.items.map((i: { no: number }) => i.no)).toEqual([1, 2, 3, 4]);
    expect(json.totals).toEqual({ S: 1, A: 2, B: 1, notRated: 0 });
    expect(json.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(bytesOf(paths[0]).equals(before)).toBe(true);
  });

  it("reads strings written as CDATA sections", async () => {
    const { paths } = workDir(fixture("cdata-strings.xlsx"));
    const r = await runCli(["report", paths[0], "--json", "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.tally.map((t: { area: string; items: number }) => [t.area, t.items])).toEqual([
      ["Ⅰ 地域協働の推進", 2],
      ["Ⅱ 行政サービスの向上", 1],
      ["Ⅲ 財政の健全化", 1],
    ]);
  });

  it("keeps every part of a workbook holding a chart and a pivot table byte for byte", async () => {
    const { dir, paths } = workDir(fixture("chart-pivot.xlsx"));
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["report", paths[0], "-o", out, "--fiscal-year", "2014"]);
    expect(r.code).toBe(0);
    const a = unzipSync(bytesOf(paths[0]));
    const b = unzipSync(bytesOf(out));
    const rewritten = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"]);
    const kept = Object.keys(a).filter((p) => !rewritten.has(p));
    expect(kept.some((p) => p.startsWith("xl/charts/"))).toBe(true);
    expect(kept.some((p) => p.startsWith("xl/pivotTables/"))).toBe(true);
    for (const p of kept) expect([p, Buffer.from(b[p] ?? []).equals(Buffer.from(a[p]))]).toEqual([p, true]);
  });
});

describe("shinchoku report when it must not write", () => {
  it("exits 1 and writes nothing when a required column is missing", async () => {
    const { dir, paths } = workDir(fixture("missing-column.xlsx"));
    const before = bytesOf(paths[0]);
    const r = await runCli(["report", paths[0], "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.findings[0]).toMatchObject({ severity: "error", code: "missing-column" });
    expect(json.findings[0].message).toContain("スケジュール");
    expect(fs.readdirSync(dir)).toEqual([path.basename(paths[0])]);
    expect(bytesOf(paths[0]).equals(before)).toBe(true);
  });

  it("exits 2 for bad usage and unreadable files, writing nothing", async () => {
    const { dir, paths } = workDir(SAMPLE);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(["report"])).code).toBe(2);
    expect((await runCli(["report", path.join(dir, "nope.xlsx")])).code).toBe(2);
    const notXlsx = path.join(dir, "notes.xlsx");
    fs.writeFileSync(notXlsx, "not a workbook");
    const r = await runCli(["report", notXlsx]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("notes.xlsx");
    expect((await runCli(["report", paths[0], "-o", paths[0]])).code).toBe(2);
    expect((await runCli(["report", paths[0], "--point", "三月"])).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(["kodaira-h26.xlsx", "notes.xlsx"]);
  });

  it("exits 1 with a finding when the named sheet does not exist", async () => {
    const { paths } = workDir(SAMPLE);
    const r = await runCli(["report", paths[0], "--sheet", "無いシート", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings[0].code).toBe("sheet-not-found");
  });

  it("prints help in Japanese or English", async () => {
    const ja = await runCli(["--help"], { LANG: "ja_JP.UTF-8" });
    expect(ja.code).toBe(0);
    expect(ja.out).toContain("取組一覧");
    const en = await runCli(["report", "--help"], { LANG: "C" });
    expect(en.code).toBe(0);
    expect(en.out).toContain("--json");
    expect(en.out).toContain("register");
  });
});

describe("shinchoku report never crashes on damaged input", () => {
  it("a truncated workbook, a zip without a workbook, and random bytes: exit 2, a message naming the file, the input unchanged", async () => {
    const { dir, paths } = workDir(SAMPLE);
    const whole = bytesOf(paths[0]);
    const cases: [string, Buffer][] = [
      ["truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2))],
      ["random.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
      ["empty.xlsx", Buffer.alloc(0)],
      ["no-workbook.xlsx", Buffer.from(zipSync({ "hello.txt": strToU8("not a workbook") }))],
    ];
    for (const [name, bytes] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const r = await runCli(["report", file]);
      expect([name, r.code]).toEqual([name, 2]);
      expect(r.err).toContain(name);
      expect(bytesOf(file).equals(bytes)).toBe(true);
      expect(fs.existsSync(path.join(dir, name.replace(".xlsx", "-report.xlsx")))).toBe(false);
    }
  });
});
