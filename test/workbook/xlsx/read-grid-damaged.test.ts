/**
 * readGrid on damaged sheet parts (issue 9): what the old scanner looped on
 * forever, crashed on (arrays as long as a cell reference said) or read as a
 * silent number. Each is refused with the part and line, or read as an error
 * value at the cell's address. (The same files through the command line, in a
 * child process that a hang cannot stop: test/cli/hostile-corpus.test.ts.)
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Grid } from "../../../src/core/grid";
import { createWorkbook, openPackage, readGrid, XlsxError } from "../../../src/workbook/xlsx";

const SHEET = "xl/worksheets/sheet1.xml";

/** A one-sheet workbook whose sheetData is `sheetData` (on its own line, line 3 of the part); with `strings`, a shared-string table of them. */
function withSheetData(sheetData: string, strings?: readonly string[]): Uint8Array {
  const files = unzipSync(createWorkbook([{ name: "取組一覧", rows: [["x"]] }]));
  const xml = strFromU8(files[SHEET]).replace(/<sheetData>.*<\/sheetData>|<sheetData\/>/, () => "\n" + sheetData);
  files[SHEET] = strToU8(xml);
  if (strings !== undefined) {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    files["xl/sharedStrings.xml"] = strToU8(`<sst xmlns="${ns}">${strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`);
    const rels = "xl/_rels/workbook.xml.rels";
    const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    files[rels] = strToU8(strFromU8(files[rels]).replace("</Relationships>", `<Relationship Id="rIdS" Type="${type}" Target="sharedStrings.xml"/></Relationships>`));
  }
  return zipSync(files);
}

function read(sheetData: string, strings?: readonly string[]): Grid {
  return readGrid(openPackage(withSheetData(sheetData, strings)), "取組一覧");
}

function thrown(sheetData: string): XlsxError {
  try {
    read(sheetData);
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error("read without an error");
}

const ROW1 = '<row r="1"><c r="A1"><v>1</v></c></row>';

describe("readGrid refuses a sheet part that is not well-formed, naming the part and line", () => {
  it.each([
    ["a part ending in </", "<sheetData>" + ROW1 + "</"],
    ["an unquoted row attribute", '<sheetData><row r=1><c r="A1"><v>1</v></c></row></sheetData>'],
    ["an unquoted cell attribute", '<sheetData><row r="1"><c r=A1><v>1</v></c></row></sheetData>'],
    ["an unclosed comment inside sheetData", "<sheetData>" + ROW1 + '<!-- <row r="2"><c r="A2"><v>2</v></c></row></sheetData>'],
    ["a cell without its end tag", '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'],
    ["a value without its end tag", '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>'],
    ["sheetData without its end tag", "<sheetData>" + ROW1],
    ["a cell reference that is none", '<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>'],
  ])("%s", (_what, sheetData) => {
    const e = thrown(sheetData);
    expect(e.code).toBe("damaged-part");
    expect(e.detail.part).toBe(SHEET);
    expect(e.detail.line).toBe(3);
  });
});

describe("readGrid refuses cells past Excel's limits (XFD, row 1,048,576) without allocating them", () => {
  it.each([
    ["XFE1", '<c r="XFE1"><v>1</v></c>', "XFE1"],
    ["A1048577", '<c r="A1048577"><v>1</v></c>', "A1048577"],
    ["a reference of 20 digits", '<c r="A99999999999999999999"><v>1</v></c>', "A99999999999999999999"],
    ["a column of 9 letters", '<c r="ZZZZZZZZZ1"><v>1</v></c>', "ZZZZZZZZZ1"],
  ])("%s", (_what, cell, ref) => {
    const e = thrown(`<sheetData><row r="1"><c r="A1"><v>1</v></c>${cell}</row></sheetData>`);
    expect(e.code).toBe("cell-out-of-range");
    expect(e.sheet).toBe("取組一覧");
    expect(e.detail).toEqual({ part: SHEET, line: 3, cell: ref });
  });

  it("a row number past the last row, and rows without r counting past it", () => {
    expect(thrown('<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>').detail.cell).toBe("1048577:1048577");
    expect(thrown('<sheetData><row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>').detail.cell).toBe("1048577:1048577");
  });

  it("cells without r counting past XFD", () => {
    expect(thrown('<sheetData><row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row></sheetData>').detail.cell).toBe("XFE1");
  });

  it("the last cell Excel has is read", () => {
    const grid = read('<sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>');
    expect([grid.top, grid.left, grid.values]).toEqual([1048575, 16383, [[7]]]);
  });
});

describe("cells whose content is not what their type says read as an error value, never a silent number", () => {
  const VALUE = { error: "#VALUE!" };
  const row = (cells: string, strings?: readonly string[]) => read(`<sheetData><row r="1">${cells}</row></sheetData>`, strings).values[0];

  it("number cells: a space, a line end, hex, INF, text → #VALUE!; decimals, signs, exponents and surrounding space → numbers", () => {
    expect(row('<c r="A1"><v> </v></c><c r="B1"><v>\n</v></c><c r="C1"><v>0x1F</v></c><c r="D1"><v>INF</v></c><c r="E1"><v>abc</v></c>')).toEqual([
      VALUE,
      VALUE,
      VALUE,
      VALUE,
      VALUE,
    ]);
    expect(row('<c r="A1"><v>-1.5</v></c><c r="B1"><v>1E-3</v></c><c r="C1"><v>+2</v></c><c r="D1"><v> 3 </v></c><c r="E1"><v>.5</v></c>')).toEqual([
      -1.5, 0.001, 2, 3, 0.5,
    ]);
  });

  it("an empty <v> stays an empty cell", () => {
    expect(read('<sheetData><row r="1"><c r="A1"><v></v></c><c r="B1"><v/></c><c r="C1"><v>1</v></c></row></sheetData>').values).toEqual([[1]]);
  });

  it("booleans other than 0/1/true/false, and shared-string indexes that are no index or past the table", () => {
    expect(row('<c r="A1" t="b"><v>2</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v>true</v></c>')).toEqual([VALUE, false, true]);
    expect(row('<c r="A1" t="s"><v>x</v></c><c r="B1" t="s"><v>99</v></c><c r="C1" t="s"><v>0</v></c>', ["あ"])).toEqual([VALUE, VALUE, "あ"]);
  });

  it("shared-string cells in a package without a shared-string table: missing-shared-strings, naming the sheet and part", () => {
    const e = thrown('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>');
    expect([e.code, e.sheet, e.detail.part]).toEqual(["missing-shared-strings", "取組一覧", SHEET]);
  });
});
