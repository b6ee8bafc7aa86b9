/**
 * The fake Excel itself behaves like Office.js where the adapter's
 * correctness depends on it: load/sync, null objects, payload limits,
 * partial application on failure, how written strings are stored.
 */
import { FakeExcel, FakeRequestContext, MB, fakeWorkbookFrom, installFakeExcel, storeWritten } from "../../fakes/excel";

function fakeOf() {
  return new FakeExcel(fakeWorkbookFrom({ 取組一覧: [["No", "分野"], [1, "Ⅰ"]], 設定: [] }));
}

describe("fake Excel: load and sync", () => {
  it("throws PropertyNotLoaded on a property read before load + sync, and gives a snapshot after", async () => {
    const fake = fakeOf();
    await fake.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("取組一覧").getRange("A1:B2");
      // Reading before load + sync is the point of this test.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["No", "分野"], [1, "Ⅰ"]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    });
  });

  it("applies queued operations only at sync, and sends nothing for an empty queue", async () => {
    const fake = fakeOf();
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("設定").getRange("A1").values = [["計画名"]];
      expect(fake.workbook.sheet("設定")!.cell("A1").value).toBeNull();
      await context.sync();
      expect(fake.workbook.sheet("設定")!.cell("A1").value).toBe("計画名");
      await context.sync();
    });
    expect(fake.roundTrips).toBe(1);
  });

  it("tells null objects apart only after sync; method calls on them fail", async () => {
    const fake = fakeOf();
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("無い");
        const there = context.workbook.worksheets.getItemOrNullObject("取組一覧");
        // eslint-disable-next-line office-addins/call-sync-before-read -- reading before sync is the point
        expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        expect(there.isNullObject).toBe(false);
        missing.activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses APIs above the host's requirement set", async () => {
    const fake = new FakeExcel(fakeWorkbookFrom({ a: [["x"]] }), { excelApi: "1.8" });
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("a").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Excel: limits and failures", () => {
  it("rejects a request above 5 MB and applies none of it", async () => {
    const fake = fakeOf();
    const big = Array.from({ length: 60_000 }, (_, i) => [`${"あ".repeat(30)}${i}`]);
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const ws = context.workbook.worksheets.getItem("設定");
        ws.getRange("C1").values = [["先に書いた"]];
        ws.getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(5 * MB);
    expect(fake.workbook.sheet("設定")!.usedRect(false)).toBeNull();
  });

  it("rejects a response above 5 MB", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`${"い".repeat(30)}${i}`]);
    const fake = new FakeExcel(fakeWorkbookFrom({ big: rows }));
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("big").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("failAt(k): operations before the k-th stay applied, the rest of that request is dropped", async () => {
    const fake = fakeOf();
    fake.failAt(3);
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const ws = context.workbook.worksheets.getItem("設定"); // 1
        ws.getRange("A1").values = [["one"]]; // 2 getRange, 3 values=
        ws.getRange("A2").values = [["two"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.operationsApplied).toBe(3);
    expect(fake.workbook.sheet("設定")!.usedRect(false)).toBeNull();

    const again = fakeOf();
    again.failAt(4);
    await expect(
      again.run(async (context: FakeRequestContext) => {
        const ws = context.workbook.worksheets.getItem("設定");
        ws.getRange("A1").values = [["one"]];
        ws.getRange("A2").values = [["two"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(again.workbook.sheet("設定")!.cell("A1").value).toBe("one");
    expect(again.workbook.sheet("設定")!.cell("A2").value).toBeNull();
  });
});

describe("fake Excel: what a written string becomes", () => {
  it.each([
    ["=SUM(A1)", "General", { value: null, formula: "=SUM(A1)", prefixed: false }],
    ["'=SUM(A1)", "General", { value: "=SUM(A1)", formula: null, prefixed: true }],
    ["=SUM(A1)", "@", { value: "=SUM(A1)", formula: null, prefixed: false }],
    ["-5項目", "General", { value: null, formula: "=-5項目", prefixed: false }],
    ["@home", "General", { value: null, formula: "=@home", prefixed: false }],
    ["+81", "General", { value: 81, formula: null, prefixed: false }],
    ["0123", "General", { value: 123, formula: null, prefixed: false }],
    ["#N/A", "General", { value: { error: "#N/A" }, formula: null, prefixed: false }],
    ["TRUE", "General", { value: true, formula: null, prefixed: false }],
    ["50%", "General", { value: 0.5, formula: null, prefixed: false, numberFormat: "0%" }],
    ["2015/4/1", "General", { value: 42095, formula: null, prefixed: false, numberFormat: "yyyy/m/d" }],
    ["取組一覧", "General", { value: "取組一覧", formula: null, prefixed: false }],
  ])("%j in a %s cell", (input, format, want) => {
    expect(storeWritten(input, format)).toEqual({ numberFormat: null, ...want });
  });

  it("records formulas separately from values", async () => {
    const fake = fakeOf();
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("設定").getRange("A1:B1").values = [["=SUM(A1)", "'=SUM(A1)"]];
    });
    const s = fake.workbook.sheet("設定")!;
    expect(s.cell("A1").formula).toBe("=SUM(A1)");
    expect(s.cell("B1")).toMatchObject({ formula: null, value: "=SUM(A1)", prefixed: true });
  });
});

describe("installFakeExcel", () => {
  it("defines Excel.run and a minimal Office on the given global", async () => {
    const g: Record<string, unknown> = {};
    installFakeExcel(g, fakeWorkbookFrom({ a: [["x"]] }), { excelApi: "1.9", displayLanguage: "en-US" });
    const office = g.Office as { onReady(): Promise<{ host: string }>; context: { displayLanguage: string; requirements: { isSetSupported(n: string, v: string): boolean } } };
    expect((await office.onReady()).host).toBe("Excel");
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    const excel = g.Excel as { run: FakeExcel["run"] };
    const name = await excel.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("a");
      ws.load("name");
      await context.sync();
      return ws.name;
    });
    expect(name).toBe("a");
  });
});
