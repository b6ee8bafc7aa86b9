/**
 * WorkbookHost.load over the fake Excel: the register grid read exactly
 * (values, errors vs text, dates as serials with their formats, merged
 * continuation cells, offset), markers, settings, and the round-trip budget.
 */
import { detectRegisterSheet } from "../../../src/core/register/detect";
import { createOfficeHost } from "../../../src/workbook/office";
import { READ_BLOCK_TARGET_BYTES } from "../../../src/workbook/office/register-reader";
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
