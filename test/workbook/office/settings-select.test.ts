/** WorkbookHost.writeSettings, select and createOfficeHost over the fake Excel. */
import { createOfficeHost, supportsOfficeHost } from "../../../src/workbook/office";
import { FakeExcel, fakeWorkbookFrom } from "../../fakes/excel";

function hostOf(fake: FakeExcel) {
  return createOfficeHost(fake.excelRun, { isSetSupported: fake.isSetSupported });
}

const ROWS = [
  ["計画名", "第２次行財政再構築プラン"],
  ["対象年度", "平成26年度"],
  ["時点", "年度末"],
  ["S判定の余裕", 0.2],
  ["分野", "Ⅰ 地域協働の推進"],
  ["", "Ⅱ 情報の共有と双方向のコミュニケーション"],
];

describe("writeSettings", () => {
  it("creates a visible, unmarked 設定 sheet at the end when there is none, text kept as text", async () => {
    const fake = new FakeExcel(fakeWorkbookFrom({ 取組一覧: [["No"]], 進捗集計: [["x"]] }, { generated: ["進捗集計"] }));
    await hostOf(fake).writeSettings(ROWS);
    expect(fake.workbook.sheetNames).toEqual(["取組一覧", "進捗集計", "設定"]);
    const s = fake.workbook.sheet("設定")!;
    expect(s.valuesIn({ top: 0, left: 0, bottom: 5, right: 1 })).toEqual(ROWS.map((r) => r.map((v) => (v === "" ? null : v))));
    expect(s.cell("B2").value).toBe("平成26年度");
    expect(s.cell("B4").value).toBe(0.2);
    expect(s.formulas.size).toBe(0);
    expect(s.names).toEqual([]);
    expect(s.visibility).toBe("Visible");
    expect(fake.roundTrips).toBe(2);
  });

  it("replaces the contents of an existing settings sheet, keeping its formatting", async () => {
    const wb = fakeWorkbookFrom({ 取組一覧: [["No"]], Settings: [["古い", "値"], ["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"], ["k", "l"]] });
    const s = wb.sheet("Settings")!;
    s.formats.push({ rect: { top: 0, left: 0, bottom: 0, right: 1 }, key: "font.bold", value: true });
    const fake = new FakeExcel(wb);
    await hostOf(fake).writeSettings(ROWS.slice(0, 2));
    expect(fake.workbook.sheetNames).toEqual(["取組一覧", "Settings"]);
    expect(s.usedRect(true)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(s.valuesIn({ top: 0, left: 0, bottom: 1, right: 1 })).toEqual(ROWS.slice(0, 2));
    expect(s.cell("A1").format["font.bold"]).toBe(true);
  });

  it("prefers 設定 over Settings when both exist", async () => {
    const wb = fakeWorkbookFrom({ Settings: [["x"]], 設定: [["y"]] });
    await hostOf(new FakeExcel(wb)).writeSettings([["計画名", "プラン"]]);
    expect(wb.sheet("設定")!.cell("B1").value).toBe("プラン");
    expect(wb.sheet("Settings")!.cell("A1").value).toBe("x");
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell, in one round trip", async () => {
    const wb = fakeWorkbookFrom({ 進捗集計: [["x"]], 取組一覧: [["No"]], "My sheet": [["y"]] });
    const fake = new FakeExcel(wb);
    const host = hostOf(fake);
    await host.select("取組一覧!H12");
    expect(wb.activeSheet?.name).toBe("取組一覧");
    expect(wb.selection?.address).toBe("取組一覧!H12");
    expect(fake.roundTrips).toBe(1);
    await host.select("'My sheet'!$B$3");
    expect(wb.activeSheet?.name).toBe("My sheet");
    expect(wb.selection?.address).toBe("'My sheet'!B3");
  });

  it("rejects what is not a cell address, and a sheet that does not exist", async () => {
    const host = hostOf(new FakeExcel(fakeWorkbookFrom({ 取組一覧: [] })));
    await expect(host.select("H12")).rejects.toThrow(/Not a cell address/);
    await expect(host.select("無い!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("createOfficeHost", () => {
  it("needs ExcelApi 1.7, and reports page layout (1.9) and merged areas (1.13) as features", () => {
    const at = (v: string) => new FakeExcel(fakeWorkbookFrom({ a: [] }), { excelApi: v });
    expect(supportsOfficeHost(at("1.6"))).toBe(false);
    expect(() => hostOf(at("1.6"))).toThrow(/1\.7/);
    expect(hostOf(at("1.7")).features).toEqual({ pageLayout: false, mergedAreas: false });
    expect(hostOf(at("1.9")).features).toEqual({ pageLayout: true, mergedAreas: false });
    expect(hostOf(at("1.13")).features).toEqual({ pageLayout: true, mergedAreas: true });
  });
});
