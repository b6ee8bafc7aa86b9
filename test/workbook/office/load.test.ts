/**
 * WorkbookHost.load over the fake Excel: the register grid read exactly
 * (values, errors vs text, dates as serials with their formats, merged
 * continuation cells, offset), markers, settings, and the round-trip budget.
 */
import * as fs from "fs";
import * as path from "path";
import { consolidate } from "../../../src/core/consolidate";
import type { CellValue } from "../../../src/core/grid";
import { detectRegisterSheet } from "../../../src/core/register/detect";
import { readRegister } from "../../../src/core/register/read-register";
import { SOURCE_MARKER } from "../../../src/core/register/row-sources";
import { runEngine } from "../../../src/core/run";
import { createOfficeHost } from "../../../src/workbook/office";
import { READ_BLOCK_TARGET_BYTES } from "../../../src/workbook/office/register-reader";
import { withoutAreas } from "../../../src/workbook/office/table-totals";
import { openPackage, readGrid } from "../../../src/workbook/xlsx";
import { FakeExcel, MB, fakeWorkbookFrom, type CellInput } from "../../fakes/excel";
import { expectedGrid, fixtureOptions, registerFixture, workbookWithRegister, REGISTER_HEADERS } from "./register-fixture";

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

/** detect.ts is a stub until the lead fills it in; the detection tests run once it is. */
const detectionReady = ((): boolean => {
  try {
    detectRegisterSheet([]);
    return true;
  } catch {
    return false;
  }
})();
// TODO(lead): detection tests below are skipped while src/core/register/detect.ts still throws.
const itDetect = detectionReady ? it : it.skip;

describe("load: a named register", () => {
  const f = registerFixture(62);

  it("reads the register exactly: values, errors, dates, merged and blank continuation rows, offset", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { generated: ["進捗集計"], sheets: { 進捗集計: [["古い集計"]] } }));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.registerSheet).toBe("取組一覧");
    expect(snap.register).toEqual(expectedGrid("取組一覧", f, true));
    expect(snap.sheets).toEqual([
      { name: "表紙", generated: false },
      { name: "取組一覧", generated: false },
      { name: "設定", generated: false },
      { name: "進捗集計", generated: true },
    ]);
  });

  it("tells the error #N/A from the text #N/A, and keeps dates as serials with their format", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const grid = (await hostOf(fake).load("取組一覧")).register!;
    const flat = grid.values.flat();
    expect(flat).toContainEqual({ error: "#N/A" });
    expect(flat).toContain("#N/A");
    const errorRow = grid.values.findIndex((r) => r.some((v) => typeof v === "object" && v !== null));
    const textRow = grid.values.findIndex((r) => r.includes("#N/A"));
    expect(grid.values[errorRow][8]).toEqual({ error: "#N/A" });
    expect(grid.values[textRow][11]).toBe("#N/A");
    // 基準日 column: serial numbers, told apart by the number format.
    expect(grid.values[3][10]).toBe(42095);
    expect(grid.numberFormats![3][10]).toBe("yyyy/m/d");
    expect(grid.numberFormats![3][9]).toBe("General");
  });

  it("takes 2 round trips for a 62-item register, and reads the settings sheet in them", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.roundTrips).toBe(2);
    expect(fake.roundTrips).toBe(2);
    expect(snap.settings).toEqual({
      sheet: "設定",
      top: 0,
      left: 0,
      values: [["計画名", "第２次行財政再構築プラン"], ["対象年度", "平成26年度"], ["S判定の余裕", 0.2]],
      numberFormats: [["General", "General"], ["General", "General"], ["General", "General"]],
    });
  });

  it("finds the named sheet whatever its case, and reports null for a sheet that does not exist", async () => {
    const wb = fakeWorkbookFrom({ Register: [REGISTER_HEADERS, [1, "Ⅰ", "x", "課", "", "予定どおり"]] });
    const host = hostOf(new FakeExcel(wb));
    expect((await host.load("register")).registerSheet).toBe("Register");
    const missing = await host.load("取組一覧");
    expect(missing.registerSheet).toBeNull();
    expect(missing.register).toBeNull();
    expect(missing.settings).toBeNull();
    expect(missing.sheets).toEqual([{ name: "Register", generated: false }]);
  });

  it("reads an empty register sheet as an empty grid", async () => {
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: [], 設定: [] }));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.register).toEqual({ sheet: "取組一覧", top: 0, left: 0, values: [], numberFormats: [] });
    expect(snap.settings).toEqual({ sheet: "設定", top: 0, left: 0, values: [], numberFormats: [] });
  });

  it("without ExcelApi 1.13 reads no merged areas (and never calls getMergedAreasOrNullObject)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), { excelApi: "1.12" });
    const host = hostOf(fake);
    expect(host.features).toEqual({ pageLayout: true, mergedAreas: false });
    const grid = (await host.load("取組一覧")).register!;
    expect(grid.merges).toBeUndefined();
    const { merges: _unused, ...rest } = expectedGrid("取組一覧", f, true);
    expect(grid).toEqual(rest);
    expect(fake.operationLog.filter((op) => op.includes("getMergedAreas"))).toEqual([]);
  });

  it("reads merged areas in parts small enough for Excel's 512-area limit, falling back to safe parts", async () => {
    // 600 rows × 20 columns, every pair of rows merged in every column: 10 areas per row.
    const rows: CellInput[][] = [Array.from({ length: 20 }, (_, c) => (c < REGISTER_HEADERS.length ? REGISTER_HEADERS[c] : `列${c}`))];
    const merges: { top: number; left: number; bottom: number; right: number }[] = [];
    for (let r = 1; r <= 600; r += 2) {
      rows.push(Array.from({ length: 20 }, (_, c) => `${r}-${c}`), Array.from({ length: 20 }, () => null));
      for (let c = 0; c < 20; c++) merges.push({ top: r, left: c, bottom: r + 1, right: c });
    }
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows }, { merges: { 取組一覧: merges } }));
    const grid = (await hostOf(fake).load("取組一覧")).register!;
    expect(grid.merges).toEqual(merges);
    expect(grid.values.length).toBe(600); // the last merged row is empty: the used range (values only) ends above it
    // The first request asked for too many areas at once and was sent again with safe parts.
    expect(fake.syncs.map((s) => s.failed)).toEqual([null, "GeneralException", null]);
  });

  it("shrinks a block the host rejects as too big and reads it again", async () => {
    const fake = new FakeExcel(workbookWithRegister(f), { payloadLimitBytes: 40 * 1024 });
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.register).toEqual(expectedGrid("取組一覧", f, true));
    expect(fake.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    for (const s of fake.syncs.filter((x) => x.failed === null)) expect(s.responseBytes).toBeLessThanOrEqual(40 * 1024);
  });
});

describe("load: register detection", () => {
  const f = registerFixture(62);

  itDetect("picks 取組一覧 and takes at most 3 round trips", async () => {
    const fake = new FakeExcel(workbookWithRegister(f));
    const snap = await hostOf(fake).load();
    expect(snap.registerSheet).toBe("取組一覧");
    expect(snap.register).toEqual(expectedGrid("取組一覧", f, true));
    expect(snap.roundTrips).toBeLessThanOrEqual(3);
    expect(fake.roundTrips).toBe(snap.roundTrips);
  });

  itDetect("picks the sheet holding the headers when no sheet is called 取組一覧, skipping generated sheets", async () => {
    const opts = fixtureOptions("R6台帳", f);
    const wb = fakeWorkbookFrom(
      { 表紙: [["表紙"]], 評価結果: [REGISTER_HEADERS], R6台帳: f.rows },
      { ...opts, generated: ["評価結果"] },
    );
    const snap = await hostOf(new FakeExcel(wb)).load(null);
    expect(snap.registerSheet).toBe("R6台帳");
    expect(snap.register).toEqual(expectedGrid("R6台帳", f, true));
  });

  itDetect("reports no register when no sheet has the headers", async () => {
    const snap = await hostOf(new FakeExcel(fakeWorkbookFrom({ Sheet1: [["a", "b"]] }))).load();
    expect(snap.registerSheet).toBeNull();
    expect(snap.register).toBeNull();
    expect(snap.roundTrips).toBe(2);
  });
});

describe("load: a register above the request budget", () => {
  it("reads 100,000 rows × 24 columns in row blocks, every request and response ≤ 4 MB", async () => {
    const rows: CellInput[][] = [Array.from({ length: 24 }, (_, c) => (c < REGISTER_HEADERS.length ? REGISTER_HEADERS[c] : `列${c}`))];
    const text = "市民との協働による地域課題の解決に向けた取組を推進する";
    for (let r = 1; r <= 100_000; r++) {
      const row: CellInput[] = new Array(24);
      for (let c = 0; c < 24; c++) row[c] = c % 3 === 0 ? r * 10 + c : c % 3 === 1 ? text.slice(0, 4 + ((r + c) % 20)) : null;
      rows.push(row);
    }
    const merges = Array.from({ length: 300 }, (_, i) => ({ top: 1 + i * 300, left: 1, bottom: 2 + i * 300, right: 1 }));
    for (const m of merges) rows[m.bottom][1] = null;
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows }, { merges: { 取組一覧: merges }, numberFormats: { 取組一覧: { "A2:A100001": "0" } } }));
    const snap = await hostOf(fake).load("取組一覧");
    const grid = snap.register!;

    expect(grid.values.length).toBe(100_001);
    for (let r = 0; r < rows.length; r += 997) {
      expect(grid.values[r]).toEqual(rows[r].map((v) => (v === undefined ? null : v)));
      expect(grid.numberFormats![r][0]).toBe(r === 0 ? "General" : "0");
    }
    expect(grid.values[100_000]).toEqual(rows[100_000].map((v) => (v === undefined ? null : v)));
    expect(grid.merges).toEqual(merges);

    const responses = fake.syncs.map((s) => s.responseBytes);
    const payload = responses.reduce((a, b) => a + b, 0);
    expect(fake.syncs.every((s) => s.failed === null)).toBe(true);
    expect(Math.max(...responses)).toBeLessThanOrEqual(4 * MB);
    expect(fake.largestRequestBytes).toBeLessThanOrEqual(4 * MB);
    expect(payload).toBeGreaterThan(20 * MB);
    // Blocks aim at READ_BLOCK_TARGET_BYTES (3.5 MB less a 5 % margin on the measured size), so
    // the count is bounded by the payload over ~3.3 MB, plus the list, the survey and a first conservative block.
    expect(snap.roundTrips).toBeLessThanOrEqual(3 + Math.ceil(payload / (READ_BLOCK_TARGET_BYTES / 1.05)));
    expect(snap.roundTrips).toBe(fake.roundTrips);
  });
});

describe("load: a register in an Excel table (ListObject)", () => {
  // test/fixtures/table-totals.xlsx as Excel holds it: a title in A1, the table 取組 in A3:I8 whose
  // totals row (row 8) holds 計 and SUBTOTAL(103,取組[実績値]), which Excel has calculated (4).
  const HEADERS = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績"];
  const ITEMS: CellInput[][] = [
    [1, "Ⅰ 地域協働の推進", "市民活動の支援", "市民協働課", "予定どおり", "相談件数", "60件", 71, 41],
    [2, "Ⅰ 地域協働の推進", "地域情報の発信", "秘書広報課", "遅れ", "ホームページ閲覧数", "220万件", 2225188, 2100000],
    [3, "Ⅱ 行政サービスの向上", "窓口サービスの改善", "市民課", "予定以上", "平均待ち時間（分）", "15分以内", 12, 18],
    [4, "Ⅲ 財政の健全化", "市税収納率の向上", "収納課", "予定どおり", "収納率（％）", "98.5%", 98.7, 98.2],
  ];
  const TOTALS: CellInput[] = ["計", null, null, null, null, null, null, { formula: "=SUBTOTAL(103,取組[実績値])", value: 4 }, null];
  const TITLE: CellInput[] = ["第２次行財政再構築プラン 取組一覧"];
  const sheetRows = (...below: CellInput[][]): CellInput[][] => [TITLE, [], HEADERS, ...ITEMS, ...below];
  const table = (showTotals: boolean, range = showTotals ? "A3:I8" : "A3:I7") => ({ range, name: "取組", showTotals });
  const settings = { 設定: [["計画名", "第２次行財政再構築プラン"]] as CellInput[][] };

  /** Rows as readGrid gives them: each ends at its last value (the Office grid is a rectangle padded with null). */
  const trimmed = (values: readonly (readonly unknown[])[]): unknown[][] =>
    values.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      return row.slice(0, end);
    });

  it("reads the totals row as empty: the same grid as the table without it, and as the .xlsx reader gives for table-totals.xlsx", async () => {
    const withTotals = new FakeExcel(fakeWorkbookFrom({ 取組一覧: sheetRows(TOTALS), ...settings }, { tables: { 取組一覧: [table(true)] } }));
    const without = new FakeExcel(fakeWorkbookFrom({ 取組一覧: sheetRows(), ...settings }, { tables: { 取組一覧: [table(false)] } }));
    const snap = await hostOf(withTotals).load("取組一覧");
    const plain = await hostOf(without).load("取組一覧");
    expect(snap.register).toEqual(plain.register);
    expect(snap.register!.values).toHaveLength(7);
    expect(snap.roundTrips).toBe(2);
    expect(withTotals.roundTrips).toBe(2);

    const xlsx = readGrid(openPackage(new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "table-totals.xlsx")))), "取組一覧");
    expect({ top: snap.register!.top, left: snap.register!.left }).toEqual({ top: xlsx.top, left: xlsx.left });
    expect(trimmed(snap.register!.values)).toEqual(xlsx.values);
  });

  itDetect("reads the totals row as empty when the register is detected, in 3 round trips", async () => {
    const withTotals = new FakeExcel(fakeWorkbookFrom({ 表紙: [["表紙"]], 取組一覧: sheetRows(TOTALS), ...settings }, { tables: { 取組一覧: [table(true)] } }));
    const plain = new FakeExcel(fakeWorkbookFrom({ 表紙: [["表紙"]], 取組一覧: sheetRows(), ...settings }));
    const snap = await hostOf(withTotals).load();
    expect(snap.registerSheet).toBe("取組一覧");
    expect(snap.register).toEqual((await hostOf(plain).load()).register);
    expect(snap.roundTrips).toBe(3);
    expect(withTotals.roundTrips).toBe(3);
  });

  it("keeps a totals row with rows below it as an empty row: null values, no number format", async () => {
    const note: CellInput[] = ["※ 実績値は速報値を含む"];
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: sheetRows(TOTALS, [], note) }, { tables: { 取組一覧: [table(true)] }, numberFormats: { 取組一覧: { H8: "#,##0" } } }));
    const grid = (await hostOf(fake).load("取組一覧")).register!;
    expect(grid.values).toHaveLength(10);
    expect(grid.values[7]).toEqual(new Array(9).fill(null));
    expect(grid.numberFormats![7]).toEqual(new Array(9).fill(null));
    expect(grid.numberFormats![6]).toEqual(new Array(9).fill("General"));
    expect(grid.values[9][0]).toBe(note[0]);
  });

  it("reads a table without a totals row whole, its last row included", async () => {
    const last: CellInput[] = [5, "Ⅲ 財政の健全化", "計", "収納課", "予定どおり", "件数", "10件", 12, 9];
    const inTable = new FakeExcel(fakeWorkbookFrom({ 取組一覧: sheetRows(last) }, { tables: { 取組一覧: [table(false, "A3:I8")] } }));
    const asRange = new FakeExcel(fakeWorkbookFrom({ 取組一覧: sheetRows(last) }));
    const grid = (await hostOf(inTable).load("取組一覧")).register!;
    expect(grid).toEqual((await hostOf(asRange).load("取組一覧")).register);
    expect(grid.values[7]).toEqual(last);
    // Nothing is asked of a table without totals.
    expect(inTable.operationLog.filter((op) => op.includes("getTotalRowRange"))).toEqual([]);
  });

  it("ignores a table on another sheet, even at the same address", async () => {
    const rows = sheetRows(TOTALS);
    const other = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows, 集計メモ: rows }, { tables: { 集計メモ: [table(true)] } }));
    const none = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows, 集計メモ: rows }));
    const grid = (await hostOf(other).load("取組一覧")).register!;
    expect(grid).toEqual((await hostOf(none).load("取組一覧")).register);
    expect(grid.values[7][0]).toBe("計");
    expect(other.roundTrips).toBe(2);
  });

  it("reads totals rows of several tables, and of a register read in many blocks, in the same round trips", async () => {
    // A 1,500-item register (two blocks) inside a table with a totals row, and a small table beside it with one too.
    const f = registerFixture(1500, { top: 0, left: 0 });
    const bottom = f.rows.length; // the register table's totals row, 0-based
    const rows: CellInput[][] = [...f.rows.map((r) => [...r]), ["計", null, null, null, null, null, null, null, { formula: "=SUBTOTAL(109,x)", value: 1 }]];
    const plainRows = f.rows.map((r) => [...r]);
    const side: CellInput[][] = [["区分", "件数"], ["窓口", 3], ["計", { formula: "=SUBTOTAL(109,y)", value: 3 }]];
    side.forEach((r, i) => {
      rows[i][14] = r[0];
      rows[i][15] = r[1];
      if (i < 2) [plainRows[i][14], plainRows[i][15]] = r;
    });
    const opts = fixtureOptions("取組一覧", { ...f, rows });
    const tables = { 取組一覧: [{ range: `A3:M${bottom + 1}`, showTotals: true }, { range: "O1:P3", showTotals: true }] };
    const withTotals = new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows }, { ...opts, tables }));
    const without = new FakeExcel(fakeWorkbookFrom({ 取組一覧: plainRows }, opts));
    const snap = await hostOf(withTotals).load("取組一覧");
    const plain = await hostOf(without).load("取組一覧");
    const grid = snap.register!;
    const expected = plain.register!;
    expect([grid.top, grid.left, grid.values, grid.merges]).toEqual([expected.top, expected.left, expected.values, expected.merges]);
    expect(grid.numberFormats![2].slice(14)).toEqual([null, null]);
    expect(grid.numberFormats!.slice(3)).toEqual(expected.numberFormats!.slice(3));
    expect(snap.roundTrips).toBe(plain.roundTrips);
    expect(snap.roundTrips).toBeGreaterThan(2);
  });
});

describe("withoutAreas (the cells of totals rows, absolute)", () => {
  const grid = { sheet: "s", top: 2, left: 1, values: [["No", "分野"], [1, "Ⅰ"], ["計", 1]], numberFormats: [["General", "General"], ["General", "0"], ["General", "0"]], merges: [] };

  it("empties the cells and cuts the grid to the values left, on any side", () => {
    expect(withoutAreas(grid, [{ top: 4, left: 0, bottom: 4, right: 5 }])).toEqual({ ...grid, values: grid.values.slice(0, 2), numberFormats: grid.numberFormats.slice(0, 2) });
    expect(withoutAreas(grid, [{ top: 2, left: 1, bottom: 4, right: 1 }])).toEqual({ ...grid, left: 2, values: [["分野"], ["Ⅰ"], [1]], numberFormats: [["General"], ["0"], ["0"]] });
    expect(withoutAreas(grid, [{ top: 3, left: 2, bottom: 3, right: 2 }])).toEqual({ ...grid, values: [["No", "分野"], [1, null], ["計", 1]], numberFormats: [["General", "General"], ["General", null], ["General", "0"]] });
  });

  it("gives an empty grid when nothing is left, and the grid itself when no area touches it", () => {
    expect(withoutAreas(grid, [{ top: 0, left: 0, bottom: 9, right: 9 }])).toEqual({ sheet: "s", top: 0, left: 0, values: [], numberFormats: [], merges: [] });
    expect(withoutAreas(grid, [{ top: 5, left: 1, bottom: 5, right: 2 }])).toBe(grid);
    expect(grid.values[2]).toEqual(["計", 1]); // never changed in place
  });
});

describe("load: a consolidated register's 出典列", () => {
  /** What `shinchoku consolidate` writes for two departments: the register with 出典 / 出典行, and 出典列. */
  function consolidated(): { rows: CellInput[][]; table: CellInput[][] } {
    const dept = (rows: CellValue[][]) => readRegister({ sheet: "取組一覧", top: 0, left: 0, values: rows });
    const a = dept([REGISTER_HEADERS, [1, "Ⅰ", "見直し", "財政課", "", "予定どおり"]]);
    const b = dept([["概要", ...REGISTER_HEADERS], ["", 2, "Ⅱ", "削減", "企画課", "", "遅れ"]]);
    const c = consolidate([{ label: "財政課.xlsx", register: a }, { label: "企画課.xlsx", register: b }], { file: "出典", row: "出典行" });
    return { rows: c.rows as CellInput[][], table: c.sourceTable as CellInput[][] };
  }

  it("is read in the settings' request (no extra round trip), named or detected, and its findings name the departments' cells", async () => {
    const { rows, table } = consolidated();
    const named = await hostOf(new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows, 出典列: table }))).load("取組一覧");
    const plain = await hostOf(new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows }))).load("取組一覧");
    expect(named.roundTrips).toBe(plain.roundTrips);
    expect(plain.sources).toBeNull();
    // Cell for cell (the used range pads shorter rows with blanks).
    const got = named.sources!.values;
    expect(got.length).toBe(table.length);
    table.forEach((row, r) => row.forEach((v, c) => expect(got[r][c] ?? null).toEqual(v)));
    const detected = await hostOf(new FakeExcel(fakeWorkbookFrom({ 取組一覧: rows, 出典列: table }))).load(null);
    expect(detected.registerSheet).toBe("取組一覧");
    expect(detected.sources!.values[0][0]).toBe(SOURCE_MARKER);

    const ev = runEngine({ register: named.register!, settingsSheet: null, sourcesSheet: named.sources, overrides: { fiscalYear: 2014 } }).evaluation;
    const sources = ev.findings.filter((x) => x.source !== undefined).map((x) => x.source);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => /^(財政課|企画課)\.xlsx 取組一覧![A-Z]+2$/.test(s!))).toBe(true);
  });
});

describe("load: the marked 評価履歴 (contract §10)", () => {
  const f = registerFixture(62);
  const history: CellInput[][] = [
    ["評価履歴", null, null],
    ["平成25年度末", "No", "評価"],
    [null, 1, "A"],
    [null, 2, "B"],
  ];

  it("reads it in one more trip: its extent comes with the markers (named register: 3 trips)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { generated: ["評価履歴"], sheets: { 評価履歴: history } }));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.history).toEqual({ sheet: "評価履歴", top: 0, left: 0, values: history, numberFormats: history.map((r) => r.map(() => "General")) });
    expect(snap.register).toEqual(expectedGrid("取組一覧", f, true));
    expect(snap.roundTrips).toBe(3);
    expect(fake.roundTrips).toBe(3);
  });

  it("leaves a user's sheet named 評価履歴 unread, at no trip of its own", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { sheets: { 評価履歴: history } }));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.history).toBeNull();
    expect(snap.roundTrips).toBe(2);
  });

  it("takes an empty marked 評価履歴 as an empty grid, at no trip of its own", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { generated: ["評価履歴"], sheets: { 評価履歴: [] } }));
    const snap = await hostOf(fake).load("取組一覧");
    expect(snap.history).toEqual({ sheet: "評価履歴", top: 0, left: 0, values: [], numberFormats: [] });
    expect(snap.roundTrips).toBe(2);
  });

  itDetect("reads it when the register is detected, its extent from the survey (4 trips)", async () => {
    const fake = new FakeExcel(workbookWithRegister(f, { generated: ["評価履歴"], sheets: { 評価履歴: history } }));
    const snap = await hostOf(fake).load(null);
    expect(snap.registerSheet).toBe("取組一覧");
    expect(snap.history?.values).toEqual(history);
    expect(snap.roundTrips).toBe(4);
  });
});
