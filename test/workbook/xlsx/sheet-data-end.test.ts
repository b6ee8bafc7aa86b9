/**
 * Where readGrid takes sheetData to end (read-grid.ts sheetDataEnd): looked
 * for from the part's end, unless what follows could hold the end tag's text
 * too; then forward, as before. Each case reads the rows and merges Excel
 * would show, and no row from elsewhere.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createWorkbook, openPackage, readGrid } from "../../../src/workbook/xlsx";

const SHEET = "xl/worksheets/sheet1.xml";
const ROWS = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
const MERGE = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';

/** A one-sheet workbook whose sheetData and what follows it are `body`. */
function read(body: string) {
  const files = unzipSync(createWorkbook([{ name: "取組一覧", rows: [["x"]] }]));
  const xml = strFromU8(files[SHEET]);
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</worksheet>");
  files[SHEET] = strToU8(xml.slice(0, start) + body + xml.slice(end));
  const grid = readGrid(openPackage(zipSync(files)), "取組一覧");
  return { values: grid.values, merges: grid.merges };
}

describe("sheetData's end", () => {
  it("the plain case: the last end tag", () => {
    expect(read(`<sheetData>${ROWS}</sheetData>${MERGE}`)).toEqual({ values: [[1], [2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
  });

  it("a comment inside sheetData holding the end tag's text does not end it", () => {
    const body = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><!-- </sheetData> --><row r="2"><c r="A2"><v>2</v></c></row></sheetData>${MERGE}`;
    expect(read(body).values).toEqual([[1], [2]]);
  });

  it("a comment after sheetData holding the end tag's text: found forward, merges read", () => {
    const body = `<sheetData>${ROWS}</sheetData>${MERGE}<!-- </sheetData> -->`;
    expect(read(body)).toEqual({ values: [[1], [2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
  });

  it("an extension after sheetData with an element of that name: no row read from it, merges kept", () => {
    const ext =
      '<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><sheetData xmlns="urn:example"><row r="9"><c r="A9"><v>9</v></c></row></sheetData></ext></extLst>';
    expect(read(`<sheetData>${ROWS}</sheetData>${MERGE}${ext}`)).toEqual({ values: [[1], [2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
  });
});
