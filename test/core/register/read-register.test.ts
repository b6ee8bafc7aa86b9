import { readRegister } from "../../../src/core/register/read-register";
import { plainItems } from "../../../src/core/register/entries";
import { cellAddress, type CellValue } from "../../../src/core/grid";
import type { Register } from "../../../src/core/register/types";
import { gridFromRows, merge } from "../../helpers/grid";

/** Columns A–I. */
const HEADER = ["No", "分野", "項目名", "スケジュール", "要因", "成果指標", "目標値", "実績値", "基準日"];
const SHEET = "取組一覧";

function read(rows: CellValue[][], opts: Parameters<typeof gridFromRows>[2] = {}): Register {
  return readRegister(gridFromRows(SHEET, [HEADER, ...rows], opts));
}

const codes = (reg: Register) => reg.findings.map((f) => f.code);

describe("items and their cells", () => {
  test("a cell keeps value, number format, address and absolute position", () => {
    const formats = [[], [null, null, null, null, null, null, "General", "#,##0\"人\""]];
    const reg = read([[1, "Ⅰ", "市民活動支援", "順調", null, "来場者数", "前年比5％以上", 9856]], { numberFormats: formats });
    expect(reg.findings).toEqual([]);
    const item = plainItems(reg)[0];
    expect(item.row).toBe(1);
    expect(item.no).toBe("1");
    expect(item.rows).toEqual([1]);
    const actual = item.indicators[0].cells.actual!;
    expect([actual.value, actual.format, actual.address, actual.row, actual.col]).toEqual([9856, '#,##0"人"', "取組一覧!H2", 1, 7]);
    expect(item.indicators[0].cells.target?.format).toBe("General");
    expect(item.fields.name?.format).toBeNull();
  });

  test("addresses are cellAddress's, also for a sheet name that must be quoted, and JSON carries them", () => {
    const reg = readRegister(gridFromRows("My sheet", [HEADER, [1, "Ⅰ", "x", "順調"]], { top: 4, left: 1 }));
    const no = plainItems(reg)[0].fields.no!;
    expect(no.address).toBe(cellAddress("My sheet", 5, 1));
    expect(no.address).toBe("'My sheet'!B6");
    expect(JSON.parse(JSON.stringify(no))).toEqual({ value: 1, format: null, address: "'My sheet'!B6", row: 5, col: 1 });
  });

  test("only non-blank cells are stored; an item without indicator values has no indicator row", () => {
    const reg = read([[1, "Ⅰ", "計画策定", "順調", "  ", null, "", null]]);
    expect(Object.keys(plainItems(reg)[0].fields).sort()).toEqual(["area", "name", "no", "schedule"]);
    expect(plainItems(reg)[0].indicators).toEqual([]);
  });

  test("No. written in different ways reads the same", () => {
    const reg = read([
      ["No.12", "Ⅰ", "a", "順調"],
      ["１３", "Ⅰ", "b", "順調"],
      [" 14 ", "Ⅰ", "c", "順調"],
      [15, "Ⅰ", "d", "順調"],
    ]);
    expect(plainItems(reg).map((i) => i.no)).toEqual(["12", "13", "14", "15"]);
    expect(plainItems(reg)[0].fields.no?.value).toBe("No.12");
  });
});

describe("continuation rows", () => {
  test("rows with a blank No. are more indicator rows of the item above", () => {
    const reg = read([
      [1, "Ⅰ", "市民活動支援", "順調", null, "来場者数", "前年比5％以上", "9,856人"],
      [null, null, null, null, null, "相談件数", "前年比10％以上", "71件"],
      [null, null, null, null, null, "登録団体数", "99団体以上", "113団体"],
      [2, "Ⅰ", "協働推進", "遅れ", "調整不足", "実施回数", "4回", "2回"],
    ]);
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg).map((i) => [i.no, i.rows, i.indicators.map((r) => r.row)])).toEqual([
      ["1", [1, 2, 3], [1, 2, 3]],
      ["2", [4], [4]],
    ]);
    expect(plainItems(reg)[0].indicators[1].cells.indicator?.address).toBe("取組一覧!F3");
  });

  test("rows repeating the item's No. (written differently) are continuation rows", () => {
    const reg = read([
      [1, "Ⅰ", "x", "順調", null, "a", 1, 1],
      ["No.1", "Ⅰ", "x", "順調", null, "b", 2, 2],
      ["１", null, null, null, null, "c", 3, 3],
    ]);
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg)).toHaveLength(1);
    expect(plainItems(reg)[0].indicators).toHaveLength(3);
  });

  test("blank rows are skipped and do not end an item", () => {
    const reg = read([
      [1, "Ⅰ", "x", "順調", null, "a", 1, 1],
      [],
      [null, null, null, null, "", null, "   "],
      [null, null, null, null, null, "b", 2, 2],
      [2, "Ⅰ", "y", "順調"],
    ]);
    expect(plainItems(reg).map((i) => i.rows)).toEqual([[1, 4], [5]]);
    expect(plainItems(reg)[0].indicators.map((r) => r.row)).toEqual([1, 4]);
  });

  test("values in unmapped columns alone do not make a row", () => {
    const reg = readRegister(gridFromRows(SHEET, [[...HEADER, "備考"], [1, "Ⅰ", "x", "順調"], [null, null, null, null, null, null, null, null, null, "メモ"]]));
    expect(plainItems(reg)[0].rows).toEqual([1]);
  });

  test("an item field blank on the first row is taken from the first continuation row that has it", () => {
    const reg = read([
      [1, "Ⅰ", "x", "遅れ", null, "a", 1, 1],
      [null, null, null, null, "人員不足のため", "b", 2, 2],
      [null, null, null, null, "人員不足のため", "c", 3, 3],
    ]);
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg)[0].fields.cause?.value).toBe("人員不足のため");
    expect(plainItems(reg)[0].fields.cause?.address).toBe("取組一覧!E3");
  });

  test("a continuation row contradicting the item is a duplicate-item error per field", () => {
    const reg = read([
      [5, "Ⅰ", "x", "順調", null, "a", 1, 1],
      [null, "Ⅱ", "ｘ", "遅れ", null, "b", 2, 2],
    ]);
    expect(reg.findings).toEqual([
      { severity: "error", code: "duplicate-item", cell: "取組一覧!B3", params: { no: "5", other: "取組一覧!B2", field: "area" } },
      { severity: "error", code: "duplicate-item", cell: "取組一覧!D3", params: { no: "5", other: "取組一覧!D2", field: "schedule" } },
    ]);
    // the first row's values stand
    expect(plainItems(reg)[0].fields.area?.value).toBe("Ⅰ");
    expect(plainItems(reg)[0].indicators).toHaveLength(2);
  });
});

describe("merged cells", () => {
  test("No., area and name merged over three rows make rows two and three continuation rows", () => {
    const rows: CellValue[][] = [
      [7, "Ⅱ", "HP充実", "順調", null, "アクセス件数", "220万件以上／年", "2,225,188件"],
      [null, null, null, "順調", null, "アプリ登録数", "1,000件", "1,200件"],
      [null, null, null, null, null, "アンケート数", "100件", "120件"],
    ];
    const reg = read(rows, { merges: [merge(1, 0, 3, 0), merge(1, 1, 3, 1), merge(1, 2, 3, 2)] });
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg)).toHaveLength(1);
    expect(plainItems(reg)[0].rows).toEqual([1, 2, 3]);
    expect(plainItems(reg)[0].indicators).toHaveLength(3);
  });

  test("an area merged over several items gives each its area, at the merged cell's address", () => {
    const rows: CellValue[][] = [
      [1, "Ⅰ 地域協働の推進", "a", "順調"],
      [2, null, "b", "順調"],
      [3, null, "c", "順調"],
      [4, "Ⅱ 情報の共有", "d", "順調"],
    ];
    const reg = read(rows, { merges: [merge(1, 1, 3, 1)] });
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg).map((i) => [i.fields.area?.value, i.fields.area?.address])).toEqual([
      ["Ⅰ 地域協働の推進", "取組一覧!B2"],
      ["Ⅰ 地域協働の推進", "取組一覧!B2"],
      ["Ⅰ 地域協働の推進", "取組一覧!B2"],
      ["Ⅱ 情報の共有", "取組一覧!B5"],
    ]);
  });

  test("a merged target is inherited by the indicator rows it covers", () => {
    const rows: CellValue[][] = [
      [1, "Ⅰ", "x", "順調", null, "男性", "50%以上", "55%"],
      [null, null, null, null, null, "女性", null, "61%"],
    ];
    const reg = read(rows, { merges: [merge(1, 6, 2, 6)] });
    const targets = plainItems(reg)[0].indicators.map((r) => [r.cells.target?.value, r.cells.target?.address]);
    expect(targets).toEqual([
      ["50%以上", "取組一覧!G2"],
      ["50%以上", "取組一覧!G2"],
    ]);
  });

  test("an as-of date merged down the whole table adds no indicator rows", () => {
    const rows: CellValue[][] = [
      [1, "Ⅰ", "x", "順調", null, "件数", 10, 12, "3月末現在"],
      [2, "Ⅰ", "計画策定", "順調"],
      [3, "Ⅰ", "z", "順調", null, "人数", 5, 6],
    ];
    const reg = read(rows, { merges: [merge(1, 8, 3, 8)] });
    expect(plainItems(reg).map((i) => i.indicators.length)).toEqual([1, 0, 1]);
    expect(plainItems(reg)[2].indicators[0].cells.asOf?.value).toBe("3月末現在");
  });

  test("a cell right of a merged area's left column reads blank", () => {
    // name merged across the name and schedule columns: the schedule stays blank
    const reg = read([[1, "Ⅰ", "長い項目名", null]], { merges: [merge(1, 2, 1, 3)] });
    expect(plainItems(reg)[0].fields.schedule).toBeUndefined();
  });
});

describe("the same No. elsewhere", () => {
  test("after other items, with agreeing fields: folded in as more indicator rows", () => {
    const reg = read([
      [1, "Ⅰ", "x", "順調", null, "a", 1, 1],
      [2, "Ⅰ", "y", "順調", null, "b", 2, 2],
      [1, "Ⅰ", null, null, "要因", "c", 3, 3],
    ]);
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg).map((i) => [i.no, i.rows, i.indicators.length])).toEqual([
      ["1", [1, 3], 2],
      ["2", [2], 1],
    ]);
    expect(plainItems(reg)[0].fields.cause?.address).toBe("取組一覧!E4");
  });

  test("after other items, with conflicting fields: duplicate-item, kept as an item of its own", () => {
    const reg = read([
      [1, "Ⅰ", "x", "順調"],
      [2, "Ⅰ", "y", "順調"],
      [1, "Ⅰ", "全く別の取組", "順調"],
    ]);
    expect(reg.findings).toEqual([
      { severity: "error", code: "duplicate-item", cell: "取組一覧!C4", params: { no: "1", other: "取組一覧!C2", field: "name" } },
    ]);
    expect(plainItems(reg).map((i) => [i.no, i.fields.name?.value])).toEqual([
      ["1", "x"],
      ["2", "y"],
      ["1", "全く別の取組"],
    ]);
  });

  describe("re-listed entries", () => {
    const HEADER_R = ["No", "分野", "項目名", "スケジュール", "再掲"];
    const readR = (rows: CellValue[][]) => readRegister(gridFromRows(SHEET, [HEADER_R, ...rows]));

    test("the same No. under another area with 再掲 filled is a separate item", () => {
      const reg = readR([
        [12, "Ⅰ", "x", "順調"],
        [13, "Ⅰ", "y", "順調"],
        [12, "Ⅳ", "x", "順調", 12],
      ]);
      expect(reg.findings).toEqual([]);
      expect(plainItems(reg).map((i) => [i.no, i.fields.area?.value, i.fields.relistOf?.value])).toEqual([
        ["12", "Ⅰ", undefined],
        ["13", "Ⅰ", undefined],
        ["12", "Ⅳ", 12],
      ]);
    });

    test("a re-listed entry right below its original, and an original right below its re-listing", () => {
      const below = readR([
        [12, "Ⅰ", "x", "順調"],
        [12, "Ⅱ", "x", "順調", "No.12"],
      ]);
      expect(below.findings).toEqual([]);
      expect(plainItems(below).map((i) => i.fields.area?.value)).toEqual(["Ⅰ", "Ⅱ"]);
      const above = readR([
        [12, "Ⅰ", "x", "順調", 12],
        [12, "Ⅱ", "x", "順調"],
      ]);
      expect(above.findings).toEqual([]);
      expect(plainItems(above).map((i) => i.fields.area?.value)).toEqual(["Ⅰ", "Ⅱ"]);
    });

    test("a 再掲 column holding FALSE (an unticked checkbox) re-lists nothing", () => {
      const reg = readR([
        [12, "Ⅰ", "x", "順調", false],
        [13, "Ⅰ", "y", "順調", false],
        [12, "Ⅰ", "x", "順調", "FALSE"],
      ]);
      expect(reg.findings).toEqual([]);
      expect(plainItems(reg).map((i) => [i.no, i.rows])).toEqual([
        ["12", [1, 3]],
        ["13", [2]],
      ]);
    });

    test("a ticked 再掲 column (○) under another area is a re-listed entry of the same No.", () => {
      const reg = readR([
        [12, "Ⅰ", "x", "順調"],
        [13, "Ⅰ", "y", "順調"],
        [12, "Ⅳ", "x", "順調", "○"],
      ]);
      expect(reg.findings).toEqual([]);
      expect(plainItems(reg).map((i) => [i.no, i.fields.area?.value])).toEqual([
        ["12", "Ⅰ"],
        ["13", "Ⅰ"],
        ["12", "Ⅳ"],
      ]);
    });

    test("`12（再掲）` with the 再掲 column empty re-lists No. 12", () => {
      const reg = readR([
        [12, "Ⅰ", "x", "順調"],
        [13, "Ⅰ", "y", "順調"],
        ["12（再掲）", "Ⅳ", "x", "順調"],
      ]);
      expect(reg.findings).toEqual([]);
      const relisted = plainItems(reg)[2];
      expect(relisted.no).toBe("12");
      expect([relisted.fields.relistOf?.value, relisted.fields.relistOf?.address]).toEqual(["12", "取組一覧!A4"]);
      expect(relisted.fields.no?.value).toBe("12（再掲）");
    });
  });
});

describe("reading findings", () => {
  test("an item without area or name, at the item's area / name cell", () => {
    const reg = read([
      [1, null, "x", "順調"],
      [2, "Ⅰ", "　", "順調"],
    ]);
    expect(reg.findings).toEqual([
      { severity: "error", code: "item-missing-area", cell: "取組一覧!B2", params: { no: "1" } },
      { severity: "error", code: "item-missing-name", cell: "取組一覧!C3", params: { no: "2" } },
    ]);
  });

  test("an area given only on a continuation row counts", () => {
    const reg = read([
      [1, null, "x", "順調", null, "a", 1, 1],
      [null, "Ⅰ", null, null, null, "b", 2, 2],
    ]);
    expect(reg.findings).toEqual([]);
  });

  test("an area given where the same No. comes back further down counts; the findings stay in item order", () => {
    // Required fields are checked when the reader leaves an item, and again at the end for an item it came back to.
    const filled = read([
      [1, null, "x", "順調", null, "a", 1, 1],
      [2, "Ⅰ", "y", "順調", null, "b", 2, 2],
      [1, "Ⅰ", null, null, null, "c", 3, 3],
    ]);
    expect(filled.findings).toEqual([]);
    const notFilled = read([
      [1, null, "x", "順調", null, "a", 1, 1],
      [2, null, "y", "順調", null, "b", 2, 2],
      [1, null, null, null, "要因", "c", 3, 3],
      [3, "Ⅰ", null, "順調", null, "d", 4, 4],
    ]);
    expect(notFilled.findings).toEqual([
      { severity: "error", code: "item-missing-area", cell: "取組一覧!B2", params: { no: "1" } },
      { severity: "error", code: "item-missing-area", cell: "取組一覧!B3", params: { no: "2" } },
      { severity: "error", code: "item-missing-name", cell: "取組一覧!C5", params: { no: "3" } },
    ]);
  });

  test("rows with data but no No. right below the header: item-missing-no per item-like row, rows not read", () => {
    const reg = read([
      [null, "Ⅰ", "x", "順調", null, "a", 1, 1],
      [null, null, null, null, null, "b", 2, 2],
      [null, "Ⅰ", "z", "順調"],
      [1, "Ⅰ", "y", "順調"],
    ]);
    expect(reg.findings).toEqual([
      { severity: "error", code: "item-missing-no", cell: "取組一覧!A2", params: {} },
      { severity: "error", code: "item-missing-no", cell: "取組一覧!A4", params: {} },
    ]);
    expect(plainItems(reg).map((i) => i.no)).toEqual(["1"]);
  });

  test("an Excel error is no No., area or name: item-missing-no / -area / -name at the error's cell", () => {
    const ref = { error: "#REF!" };
    const reg = read([
      [1, "Ⅰ", "x", "順調"],
      [ref, "Ⅰ", "y", "順調"],
      [3, { error: "#N/A" }, "z", "順調"],
      [4, "Ⅰ", { error: "#VALUE!" }, "順調"],
    ]);
    expect(reg.findings).toEqual([
      { severity: "error", code: "item-missing-no", cell: "取組一覧!A3", params: {} },
      { severity: "error", code: "item-missing-area", cell: "取組一覧!B4", params: { no: "3" } },
      { severity: "error", code: "item-missing-name", cell: "取組一覧!C5", params: { no: "4" } },
    ]);
    // The row with the error No. is still an item of its own (not folded into No. 1), so its other cells are checked.
    expect(plainItems(reg).map((i) => i.no)).toEqual(["1", "#REF!", "3", "4"]);
  });

  test("an error No. merged over several rows is reported once, at the merge's top-left cell", () => {
    const reg = read(
      [
        [{ error: "#REF!" }, "Ⅰ", "x", "順調", null, "a", 1, 1],
        [null, null, null, null, null, "b", 2, 2],
      ],
      { merges: [merge(1, 0, 2, 0)] },
    );
    expect(reg.findings).toEqual([{ severity: "error", code: "item-missing-no", cell: "取組一覧!A2", params: {} }]);
  });

  test("a header with nothing below is no-items", () => {
    expect(read([]).findings).toEqual([{ severity: "error", code: "no-items", cell: "取組一覧!A1", params: {} }]);
    expect(codes(read([[], [null, null, "  "]]))).toEqual(["no-items"]);
  });

  test("the header repeated in the body (for printing) is skipped", () => {
    const reg = read([[1, "Ⅰ", "x", "順調"], HEADER, [2, "Ⅰ", "y", "順調"]]);
    expect(reg.findings).toEqual([]);
    expect(plainItems(reg).map((i) => i.no)).toEqual(["1", "2"]);
  });

  test("hidden rows are data like any other (the grid knows nothing of hiding) and error values are kept", () => {
    const reg = read([[1, "Ⅰ", "x", "順調", null, "a", 1, { error: "#N/A" }]]);
    expect(plainItems(reg)[0].indicators[0].cells.actual?.value).toEqual({ error: "#N/A" });
  });
});
