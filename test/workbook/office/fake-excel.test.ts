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

describe("fake Excel: tables (ListObjects)", () => {
  const tableBook = () =>
    new FakeExcel(
      fakeWorkbookFrom(
        { 取組一覧: [["No", "分野"], [1, "Ⅰ"], [2, "Ⅱ"], ["計", { formula: "=SUBTOTAL(103,取組[分野])", value: 2 }]], 設定: [["a"], ["b"]] },
        { tables: { 取組一覧: [{ range: "A1:B4", name: "取組", showTotals: true }], 設定: [{ range: "A1:A2" }] } },
      ),
    );

  it("loads a sheet's tables (items and their properties), found by id in later requests; unloaded properties throw", async () => {
    const fake = tableBook();
    await fake.run(async (context: FakeRequestContext) => {
      const tables = context.workbook.worksheets.getItem("取組一覧").tables;
      const other = context.workbook.worksheets.getItem("設定").tables;
      tables.load("items/showTotals");
      other.load("items/name,items/showTotals,items/showHeaders");
      expect(() => tables.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(tables.items.map((t) => t.showTotals)).toEqual([true]);
      expect(() => tables.items[0].name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(other.items.map((t) => [t.name, t.showHeaders, t.showTotals])).toEqual([["Table2", true, false]]);
      const total = tables.items[0].getTotalRowRange();
      total.load("address,rowIndex,columnIndex,rowCount,columnCount,values");
      const body = tables.items[0].getDataBodyRange();
      body.load("address");
      const byName = context.workbook.worksheets.getItem("取組一覧").tables.getItem("取組").getRange();
      byName.load("address");
      await context.sync();
      expect([total.address, total.rowIndex, total.columnIndex, total.rowCount, total.columnCount]).toEqual(["取組一覧!A4:B4", 3, 0, 1, 2]);
      expect(total.values).toEqual([["計", 2]]);
      expect(body.address).toBe("取組一覧!A2:B3");
      expect(byName.address).toBe("取組一覧!A1:B4");
    });
  });

  it("fails getTotalRowRange on a table that does not show its totals row", async () => {
    const fake = tableBook();
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const tables = context.workbook.worksheets.getItem("設定").tables;
        tables.load("items/showTotals");
        await context.sync();
        tables.items[0].getTotalRowRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("fake Excel: setCellProperties", () => {
  const link = (target: string, text?: string): Excel.SettableCellProperties => ({ hyperlink: text === undefined ? { documentReference: target } : { documentReference: target, textToDisplay: text } });

  it("sets each cell's hyperlink as the hyperlink setter does; {} leaves a cell as it was", async () => {
    const fake = new FakeExcel(fakeWorkbookFrom({ a: [["x"], [5], ["keep"], [null]] }), { excelApi: "1.9" });
    fake.workbook.sheet("a")!.setHyperlink(2, 0, { documentReference: "'a'!Z9" });
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("a").getRangeByIndexes(0, 0, 4, 1).setCellProperties([[link("'a'!B1", "見出し")], [link("'a'!B2")], [{}], [link("'a'!B4")]]);
      await context.sync();
    });
    const s = fake.workbook.sheet("a")!;
    expect(s.cell("A1")).toMatchObject({ value: "見出し", hyperlink: { documentReference: "'a'!B1", textToDisplay: "見出し" } });
    expect(s.cell("A2")).toMatchObject({ value: 5, hyperlink: { documentReference: "'a'!B2" } });
    expect(s.cell("A3")).toMatchObject({ value: "keep", hyperlink: { documentReference: "'a'!Z9" } });
    expect(s.cell("A4")).toMatchObject({ value: "'a'!B4", hyperlink: { documentReference: "'a'!B4" } });
  });

  it("needs ExcelApi 1.9, an array the shape of the range, and valid links; a bad call changes nothing", async () => {
    const attempt = async (excelApi: string, cells: Excel.SettableCellProperties[][], rows = 2) => {
      const fake = new FakeExcel(fakeWorkbookFrom({ a: [["x"], ["y"]] }), { excelApi });
      const before = fake.workbook.snapshot();
      const run = fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("a").getRangeByIndexes(0, 0, rows, 1).setCellProperties(cells);
        await context.sync();
      });
      return { run, unchanged: () => expect(fake.workbook.snapshot()).toEqual(before) };
    };
    let a = await attempt("1.8", [[link("'a'!B1")], [{}]]);
    await expect(a.run).rejects.toMatchObject({ code: "ApiNotFound" });
    a.unchanged();
    a = await attempt("1.9", [[link("'a'!B1")]]);
    await expect(a.run).rejects.toMatchObject({ code: "InvalidArgument" });
    a.unchanged();
    a = await attempt("1.9", [[link("'a'!B1")], [{ hyperlink: { textToDisplay: "no target" } }]]);
    await expect(a.run).rejects.toMatchObject({ code: "InvalidArgument" });
    a.unchanged();
    // Properties the fake does not model are refused, not ignored.
    a = await attempt("1.9", [[{ format: { wrapText: true } }], [{}]]);
    await expect(a.run).rejects.toThrow(/does not model "format"/);
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

/**
 * Request sizes as real Office.js sends them. Measured with the real library
 * (Office.js 16.00, excel-web-16.00.debug.js from @microsoft/office-js) in
 * headless Chromium: statements queued inside Excel.run, the context's request
 * executor replaced by a recorder of JSON.stringify(message body), one sync.
 * `marginal` is the bytes one more statement adds (two statements minus one)
 * with 1–2 digit Ids; `at4` / `at6` the same with the context's Id counter
 * started at 1,000 / 100,000 (the counter runs across the syncs of an
 * Excel.run, so a big write's later statements cost more). Setup as in the
 * measurement: `ws = worksheets.getItem("Sheet1")` (not for the sheet adds),
 * and for the "existing range" statements one `range = ws.getRangeByIndexes(0, 0, 1, 5)`.
 */
type Statement = (ws: Excel.Worksheet, i: number, range: Excel.Range, context: FakeRequestContext) => void;
interface Calibrated {
  readonly setup: "sheet" | "sheet and range" | "none";
  readonly statement: Statement;
  readonly marginal: number;
  readonly at4: number;
  readonly at6: number;
}
const CALIBRATED: Record<string, Calibrated> = {
  "getRangeByIndexes(...).format.rowHeight = 30": { setup: "sheet", statement: (ws, i) => void (ws.getRangeByIndexes(i, 0, 1, 1).format.rowHeight = 30), marginal: 563, at4: 600, at6: 636 },
  'getRangeByIndexes(...).values = [["x"]]': { setup: "sheet", statement: (ws, i) => void (ws.getRangeByIndexes(i, 0, 1, 1).values = [["x"]]), marginal: 435, at4: 460, at6: 484 },
  "getRangeByIndexes(...).values = 2×3 (33 B of JSON)": {
    setup: "sheet",
    statement: (ws, i) =>
      void (ws.getRangeByIndexes(i, 0, 2, 3).values = [
        ["ab", "取組", 1],
        [2.5, "", true],
      ]),
    marginal: 461,
    at4: 486,
    at6: 510,
  },
  "bold + fill.color + wrapText on a new range": {
    setup: "sheet",
    statement: (ws, i) => {
      const r = ws.getRangeByIndexes(i, 0, 1, 5);
      r.format.font.bold = true;
      r.format.fill.color = "#DDDDDD";
      r.format.wrapText = true;
    },
    marginal: 1024,
    at4: 1093,
    at6: 1161,
  },
  "bold + fill.color + wrapText on an existing range": {
    setup: "sheet and range",
    statement: (_ws, _i, range) => {
      range.format.font.bold = true;
      range.format.fill.color = "#DDDDDD";
      range.format.wrapText = true;
    },
    marginal: 289,
    at4: 301,
    at6: 313,
  },
  'borders.getItem("EdgeTop") style + weight + color on a new range': {
    setup: "sheet",
    statement: (ws, i) => {
      const b = ws.getRangeByIndexes(i, 0, 1, 5).format.borders.getItem("EdgeTop");
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    },
    marginal: 1061,
    at4: 1130,
    at6: 1198,
  },
  'borders.getItem("EdgeTop") style + weight + color on an existing range': {
    setup: "sheet and range",
    statement: (_ws, _i, range) => {
      const b = range.format.borders.getItem("EdgeTop");
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    },
    marginal: 469,
    at4: 493,
    at6: 517,
  },
  "getCell(r, 7).hyperlink = { documentReference, textToDisplay }": {
    setup: "sheet",
    statement: (ws, i) => void (ws.getCell(i, 7).hyperlink = { documentReference: "'取組一覧'!H12", textToDisplay: "取組一覧!H12" }),
    marginal: 494,
    at4: 519,
    at6: 543,
  },
  "getRangeByIndexes(r, 7, 1, 1).setCellProperties([[{ hyperlink }]])": {
    setup: "sheet",
    statement: (ws, i) => ws.getRangeByIndexes(i, 7, 1, 1).setCellProperties([[{ hyperlink: { documentReference: "'取組一覧'!H12", textToDisplay: "取組一覧!H12" } }]]),
    marginal: 534,
    at4: 559,
    at6: 583,
  },
  "getRangeByIndexes(r, 7, 3, 1).setCellProperties([[{ hyperlink }], [{}], [{ hyperlink }]])": {
    setup: "sheet",
    statement: (ws, i) => {
      const link = { hyperlink: { documentReference: "'取組一覧'!H12", textToDisplay: "取組一覧!H12" } };
      ws.getRangeByIndexes(i, 7, 3, 1).setCellProperties([[link], [{}], [link]]);
    },
    marginal: 633,
    at4: 658,
    at6: 682,
  },
  "getRangeByIndexes(...).merge(false)": { setup: "sheet", statement: (ws, i) => ws.getRangeByIndexes(i, 0, 1, 3).merge(false), marginal: 432, at4: 457, at6: 481 },
  'numberFormat = "0.0%" on a new range': {
    setup: "sheet",
    statement: (ws, i) => void (ws.getRangeByIndexes(i, 2, 1, 1).numberFormat = "0.0%" as unknown as string[][]),
    marginal: 440,
    at4: 465,
    at6: 489,
  },
  'numberFormat = "0.0%" on an existing range': { setup: "sheet and range", statement: (_ws, _i, range) => void (range.numberFormat = "0.0%" as unknown as string[][]), marginal: 102, at4: 107, at6: 111 },
  'worksheets.add(name) + ws.names.add("x", "=\\"y\\"")': {
    setup: "none",
    statement: (_ws, i, _range, context) => void context.workbook.worksheets.add(`name${i}`).names.add("x", '="y"'),
    marginal: 476,
    at4: 513,
    at6: 549,
  },
};

/** Request bytes of `n` statements in one sync, the context's Ids started at `startId`, statement index `fixedI` (else 0..n-1). */
async function requestBytes(c: Calibrated, n: number, startId = 0, fixedI: number | null = null): Promise<number> {
  const fake = new FakeExcel(fakeWorkbookFrom({ Sheet1: [["a"]] }));
  await fake
    .run(async (context: FakeRequestContext) => {
      context._wire.skipIdsTo(startId);
      const ws = (c.setup === "none" ? null : context.workbook.worksheets.getItem("Sheet1")) as unknown as Excel.Worksheet;
      const range = (c.setup === "sheet and range" ? ws.getRangeByIndexes(0, 0, 1, 5) : null) as unknown as Excel.Range;
      for (let k = 0; k < n; k++) c.statement(ws, fixedI ?? k, range, context);
    })
    .catch(() => undefined); // adding the same sheet name twice fails when applied: the request was measured before
  return fake.syncs[0].requestBytes;
}

describe("fake Excel: request bytes as Office.js sends them", () => {
  const within5 = (got: number, real: number) => expect(Math.abs(got - real) / real).toBeLessThanOrEqual(0.05);
  const cases = Object.entries(CALIBRATED);

  it.each(cases)("%s: marginal bytes within 5%% of Office.js", async (_name, c) => {
    within5((await requestBytes(c, 2)) - (await requestBytes(c, 1)), c.marginal);
  });

  it.each(cases)("%s: with 4- and 6-digit Ids, within 5%% of Office.js", async (_name, c) => {
    within5(((await requestBytes(c, 40, 1000, 5)) - (await requestBytes(c, 20, 1000, 5))) / 20, c.at4);
    within5(((await requestBytes(c, 40, 100_000, 5)) - (await requestBytes(c, 20, 100_000, 5))) / 20, c.at6);
  });

  it("costs ~426 B per sync besides the statements (body, workbook, worksheets, the sheet)", async () => {
    // Office.js: 989 B for one rowHeight statement, 563 B of it the statement.
    const c = CALIBRATED["getRangeByIndexes(...).format.rowHeight = 30"];
    within5((await requestBytes(c, 1)) - c.marginal, 426);
  });

  it("keeps counting Ids across the syncs of a run: the same statement costs more later", async () => {
    const fake = fakeOf();
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("設定");
      ws.getRangeByIndexes(0, 0, 1, 1).format.rowHeight = 30;
      await context.sync();
      for (let i = 0; i < 2000; i++) ws.getRangeByIndexes(i, 0, 1, 1).format.rowHeight = 30;
      await context.sync();
      ws.getRangeByIndexes(0, 0, 1, 1).format.rowHeight = 30;
      await context.sync();
    });
    const [first, , last] = fake.syncs.map((s) => s.requestBytes);
    // Ids went from 1–2 digits to 5: every Id, ObjectPathId, ParentObjectPathId and "L" entry is longer.
    expect(last - first).toBeGreaterThan(40);
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
