/**
 * readGrid and listSheets on real files: written by LibreOffice, by exceljs,
 * and by hand (what unusual writers do). Values, addresses (top/left),
 * merged areas, number formats and error values must come out exactly.
 */
import { longestTextOf, type Grid } from "../../../src/core/grid";
import { GENERATED_MARKER_NAME } from "../../../src/core/report/model";
import { createWorkbook, listSheets, openPackage, readGrid, XlsxError } from "../../../src/workbook/xlsx";
import { fixture, markGenerated, patchPackage } from "./helpers";

const HEADERS = ["No", "分野", "項目名", "担当課", "スケジュール", "成果指標", "目標値", "実績値", "前年度実績"];
const ITEMS = [
  [1, "Ⅰ 地域協働の推進", "市民活動の支援", "市民協働課", "予定どおり", "相談件数", "60件", 71, 41],
  [2, "Ⅰ 地域協働の推進", "地域情報の発信", "秘書広報課", "遅れ", "ホームページ閲覧数", "220万件", 2225188, 2100000],
  [3, "Ⅱ 行政サービスの向上", "窓口サービスの改善", "市民課", "予定以上", "平均待ち時間（分）", "15分以内", 12, 18],
  [4, "Ⅲ 財政の健全化", "市税収納率の向上", "収納課", "予定どおり", "収納率（％）", "98.5%", 98.7, 98.2],
];

/** The grid as read, its longestText checked against a scan of its values and left out (the tests below compare the rest). */
function read(name: string, sheet: string): Grid {
  return checkedLongest(readGrid(openPackage(fixture(name)), sheet));
}

function checkedLongest(grid: Grid): Grid {
  const { longestText, ...rest } = grid;
  expect(longestText).toBe(longestTextOf(grid.values));
  return rest;
}

describe("readGrid on LibreOffice files", () => {
  it("chart-pivot.xlsx: the register sheet next to a chart, a picture, a comment and a pivot table", () => {
    const grid = read("chart-pivot.xlsx", "取組一覧");
    expect(grid).toEqual({ sheet: "取組一覧", top: 0, left: 0, values: [HEADERS, ...ITEMS], merges: [] });
  });

  it("chart-default-ns.xlsx (the file exceljs crashes on) reads the same", () => {
    expect(read("chart-default-ns.xlsx", "取組一覧").values).toEqual([HEADERS, ...ITEMS]);
  });

  it("libreoffice-register.xlsx: title rows, shuffled columns, hidden row and column, dates, percentages, line breaks", () => {
    const grid = read("libreoffice-register.xlsx", "取組一覧");
    expect(grid.top).toBe(0);
    expect(grid.left).toBe(0);
    expect(grid.values).toEqual([
      ["第２次行財政再構築プラン 進捗管理表（平成26年度末）"],
      ["※ 単位は各指標による。数値は  速報値を含む"],
      ["項目名", "No", "担当課", "成果指標", "分野", "実績値", "目標値", "スケジュール", "前年度実績", "基準日", "備考"],
      ["市民活動の支援", 1, "市民協働課", "相談件数", "Ⅰ 地域協働の推進", "７１件", "60件", "予定どおり", "４１件", 42094, "A&B <社>"],
      [null, null, null, "登録団体数", null, "１１３団体", "120団体", null, 98, 42094],
      // the hidden row is read like any other
      ["地域情報の発信", 2, "秘書広報課", "閲覧数", "Ⅰ 地域協働の推進", "2,225,188件", "220万件", "遅れ", 2100000],
      ["収納率の向上", 4, "収納課", "収納率", "Ⅲ 財政の健全化", 0.987, "98.5%", "予定以上", 0.982],
      ["窓口サービスの改善\n（証明書コンビニ交付）", 3, "市民課", "  平均待ち時間", "Ⅱ 行政サービスの向上", "▲3分", "15分以内", "予定どおり", "約18分"],
    ]);
    // the title merged across the table
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 10 }]);
    const formats = grid.numberFormats;
    expect(formats).toBeDefined();
    expect(formats?.map((r, i) => r.length === grid.values[i].length)).toEqual(grid.values.map(() => true));
    expect(formats?.[3][9]).toBe("yyyy/mm/dd");
    expect(formats?.[4][9]).toBe("yyyy/mm/dd");
    expect(formats?.[6][5]).toBe("0.0%");
    expect(formats?.[6][8]).toBe("0.0%");
    expect(formats?.[3][5]).toBeNull();
  });

  it("english-headers.xlsx: a table starting at B2 gives top 1, left 1", () => {
    expect(read("english-headers.xlsx", "Programmes")).toEqual({
      sheet: "Programmes",
      top: 1,
      left: 1,
      values: [
        ["No", "Area", "Item", "Department", "Schedule", "Indicator", "Target", "Actual", "Prior"],
        [1, "I Community", "Support for civic groups", "Civic Affairs", "on track", "Consultations", "60", 71, 41],
        [2, "II Services", "Counter services", "Residents", "behind", "Waiting time (min)", "15", 18, 18],
      ],
      merges: [],
    });
  });

  it("error-values.xlsx: formula errors come as CellError with their cached text", () => {
    const grid = read("error-values.xlsx", "取組一覧");
    expect(grid.values.map((r) => r[7])).toEqual(["実績値", { error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }, 98.7]);
    expect(grid.values[1][8]).toBe(41);
  });
});

describe("readGrid on exceljs files", () => {
  it("merged-continuations.xlsx: item-level columns merged down over the indicator rows", () => {
    const grid = read("merged-continuations.xlsx", "取組一覧");
    expect(grid.values).toEqual([
      HEADERS,
      [1, "Ⅰ 地域協働の推進", "市民活動の支援", "市民協働課", "予定どおり", "相談件数", "60件", 71, 41],
      [null, null, null, null, null, "登録団体数", "120団体", 113, 98],
      [null, null, null, null, null, "講座参加者数", "300人", 286, 250],
      [2, "Ⅰ 地域協働の推進", "地域情報の発信", "秘書広報課", "遅れ", "閲覧数", "220万件", 2225188, 2100000],
      [3, "Ⅱ 行政サービスの向上", "窓口サービスの改善", "市民課", "予定以上", "待ち時間（分）", "15分以内", 12, 18],
      [null, null, null, null, null, "コンビニ交付率", "10%", 0.124, 0.08],
    ]);
    const expected = [];
    for (let col = 0; col <= 4; col++) expected.push({ top: 1, left: col, bottom: 3, right: col });
    for (let col = 0; col <= 4; col++) expected.push({ top: 5, left: col, bottom: 6, right: col });
    expect(grid.merges).toEqual(expected);
    expect(grid.numberFormats?.[6].slice(7)).toEqual(["0.0%", "0.0%"]);
    expect(grid.numberFormats?.[1].every((f) => f === null)).toBe(true);
  });

  it("missing-column.xlsx: no スケジュール column", () => {
    const grid = read("missing-column.xlsx", "取組一覧");
    expect(grid.values[0]).toEqual(["No", "分野", "項目名", "担当課", "成果指標", "目標値", "実績値", "前年度実績"]);
    expect(grid.values[4]).toEqual([4, "Ⅲ 財政の健全化", "市税収納率の向上", "収納課", "収納率（％）", "98.5%", 98.7, 98.2]);
    expect(grid.numberFormats).toBeUndefined();
  });

  it("formulas.xlsx: cached results of shared formulas, string and boolean results; no result, no value", () => {
    const grid = read("formulas.xlsx", "取組一覧");
    expect(grid.values[0]).toEqual([...HEADERS, "判定", "前年超", "上期", "下期"]);
    expect(grid.values.slice(1).map((r) => r[7])).toEqual([30 + 41, 1100000 + 1125188, 6 + 6, 49.3 + 49.4]);
    expect(grid.values.slice(1).map((r) => r[9])).toEqual(["達成", "達成", "未達", "達成"]);
    expect(grid.values.slice(1).map((r) => r[10])).toEqual([true, true, false, true]);
    // N2 holds =SUM(H2:H5) never calculated: nothing to read, so the row ends at M; the cell is listed as uncalculated.
    expect(grid.values[1]).toHaveLength(13);
    expect(grid.uncalculated).toEqual([{ row: 1, col: 13 }]);
  });

  it("uncalculated-formulas.xlsx: formulas saved without results read as null and are listed; one with its result is not", () => {
    const grid = read("uncalculated-formulas.xlsx", "取組一覧");
    expect(grid.values[1][7] ?? null).toBeNull();
    expect(grid.values[4][8]).toBe(98.2);
    expect(grid.uncalculated).toEqual([
      { row: 1, col: 7 },
      { row: 1, col: 9 },
      { row: 3, col: 7 },
    ]);
  });

  it("a sheet without formulas has no list of uncalculated cells", () => {
    expect(read("missing-column.xlsx", "取組一覧").uncalculated).toBeUndefined();
  });
});

describe("readGrid on an Excel table (ListObject) with a totals row", () => {
  it("table-totals.xlsx (exceljs): the table's rows are read, its totals row (計, SUBTOTAL) is not", () => {
    const grid = read("table-totals.xlsx", "取組一覧");
    expect(grid.top).toBe(0);
    expect(grid.values).toEqual([["第２次行財政再構築プラン 取組一覧"], [], HEADERS, ...ITEMS]);
  });

  it("only rows the table part counts as totals are skipped: without totalsRowCount the last row is data", () => {
    const bytes = patchPackage(fixture("table-totals.xlsx"), {
      "xl/tables/table1.xml": (xml) => xml.replace(/\stotalsRowCount="1"/, ""),
    });
    expect(readGrid(openPackage(bytes), "取組一覧").values[7]).toEqual(["計"]);
  });
});

describe("readGrid on CDATA sections", () => {
  it("cdata-strings.xlsx: <t><![CDATA[…]]></t> in shared and inline strings reads as the text, next to character data too", () => {
    const grid = read("cdata-strings.xlsx", "取組一覧");
    expect(grid.values.slice(0, 5)).toEqual([HEADERS, ...ITEMS]);
    expect(grid.values[6][10]).toBe("A&B <c>");
  });
});

describe("readGrid on a hand-written package (unusual writers)", () => {
  const grid = read("hand-written.xlsx", "取組一覧");

  it("prefixed elements, cells and rows without r, a stale <dimension>: addresses still right", () => {
    expect(grid.top).toBe(1); // B2, although <dimension ref="A1"/>
    expect(grid.left).toBe(1);
    expect(grid.values).toHaveLength(5);
    expect(grid.values[3]).toEqual([]); // row 5 is absent
  });

  it("rich text without its phonetic guide, xml:space, entities, numeric references, _xHHHH_ escapes", () => {
    expect(grid.values[0]).toEqual(["項目名", "市民協働課", "  前年比 ", "A & B <c> \n二行目あ", "CR\rLF and _x0041_"]);
  });

  it("inline rich text, booleans, error literals, ISO dates (t=d) as serials, formula string results", () => {
    expect(grid.values[1]).toEqual(["インライン 文字列", true, { error: "#N/A" }, 42094, "達成"]);
  });

  it("number formats: built-in date ids (Japanese codes), a custom format; styled empty cells stay empty", () => {
    expect(grid.values[2]).toEqual([42094, 42094.5, 0.987, null, "", -0.0015]);
    expect(grid.numberFormats).toEqual([
      [null, null, null, null, null],
      [null, null, null, "yyyy/m/d", null],
      ["yyyy/m/d", 'yyyy"年"m"月"d"日"', "0.0%", null, null, null],
      [],
      [null],
    ]);
  });

  it("merged areas in absolute coordinates; only the top-left cell holds the value", () => {
    expect(grid.merges).toEqual([{ top: 5, left: 1, bottom: 6, right: 2 }]);
    expect(grid.values[4]).toEqual(["結合"]);
  });
});

describe("readGrid options and errors", () => {
  it("maxRows counts from the first row holding a value", () => {
    const pkg = openPackage(fixture("libreoffice-register.xlsx"));
    const grid = readGrid(pkg, "取組一覧", { maxRows: 3 });
    expect(grid.values).toHaveLength(3);
    expect(grid.values[2][0]).toBe("項目名");
    expect(readGrid(pkg, "取組一覧", { maxRows: 0 }).values).toEqual([]);
  });

  it("sheet names match case-insensitively, like Excel; the grid carries the real name", () => {
    expect(read("english-headers.xlsx", "PROGRAMMES").sheet).toBe("Programmes");
  });

  it("an unknown sheet is a typed error", () => {
    expect(() => read("english-headers.xlsx", "取組一覧")).toThrow(XlsxError);
    try {
      read("english-headers.xlsx", "取組一覧");
    } catch (e) {
      expect((e as XlsxError).code).toBe("sheet-not-found");
      expect((e as XlsxError).sheet).toBe("取組一覧");
    }
  });

  it("a chart sheet is listed (its name is taken) but has no grid", () => {
    const bytes = patchPackage(fixture("english-headers.xlsx"), {
      "xl/workbook.xml": (x) => x.replace("</sheets>", '<sheet name="グラフ1" sheetId="9" state="visible" r:id="rIdChart"/></sheets>'),
      "xl/_rels/workbook.xml.rels": (x) =>
        x.replace(
          "</Relationships>",
          '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
      "xl/chartsheets/sheet1.xml":
        '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    });
    const pkg = openPackage(bytes);
    expect(listSheets(pkg).map((s) => [s.name, s.kind])).toEqual([
      ["Programmes", "worksheet"],
      ["グラフ1", "chartsheet"],
    ]);
    expect(() => readGrid(pkg, "グラフ1")).toThrow(expect.objectContaining({ code: "not-a-worksheet" }));
  });

  it("an empty sheet gives an empty grid", () => {
    const pkg = openPackage(createWorkbook([{ name: "空", rows: [] }]));
    expect(readGrid(pkg, "空")).toEqual({ sheet: "空", top: 0, left: 0, values: [], merges: [], longestText: 0 });
  });
});

describe("listSheets", () => {
  it("lists every sheet in tab order with visibility and the generated marker", () => {
    const bytes = patchPackage(fixture("chart-pivot.xlsx"), {
      "xl/workbook.xml": (x) =>
        markGenerated(x.replace('name="分野別集計" sheetId="2" state="visible"', 'name="分野別集計" sheetId="2" state="hidden"'), 2).replace(
          'name="進捗集計" sheetId="3" state="visible"',
          'name="進捗集計" sheetId="3" state="veryHidden"',
        ),
    });
    expect(listSheets(openPackage(bytes))).toEqual([
      { name: "取組一覧", generated: false, hidden: false, kind: "worksheet" },
      { name: "分野別集計", generated: false, hidden: true, kind: "worksheet" },
      { name: "進捗集計", generated: true, hidden: true, kind: "worksheet" },
    ]);
  });

  it("the marker counts only when scoped to the sheet (a workbook-wide name of that name marks nothing)", () => {
    const bytes = patchPackage(fixture("chart-pivot.xlsx"), {
      "xl/workbook.xml": (x) =>
        x.replace("</definedNames>", `<definedName name="${GENERATED_MARKER_NAME}" hidden="1">"shinchoku"</definedName></definedNames>`),
    });
    expect(listSheets(openPackage(bytes)).map((s) => s.generated)).toEqual([false, false, false]);
  });
});
