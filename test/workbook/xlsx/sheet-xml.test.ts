/**
 * The cells worksheetXml writes, value kind by value kind, with and without a
 * style: the exact XML, so that a faster way of building it cannot change a byte.
 */
import type { CellValue } from "../../../src/core/grid";
import { worksheetXml } from "../../../src/workbook/xlsx/sheet-xml";

/** The sheetData of a one-row sheet holding `value` in B1 (style `style`, 0: none). */
function sheetData(value: CellValue, style: number): string {
  const xml = worksheetXml({
    rows: { length: 1, row: () => [null, value] },
    styles: { ids: Int32Array.of(0, style), rows: 1, cols: 2 },
  });
  const m = /<sheetData\/>|<sheetData>.*<\/sheetData>/s.exec(xml);
  return m === null ? "(none)" : m[0];
}

const row = (cells: string) => `<sheetData><row r="1">${cells}</row></sheetData>`;

describe.each<[string, CellValue, string, string]>([
  ["text", "達成", '<c r="B1" t="inlineStr"><is><t>達成</t></is></c>', '<c r="B1" s="7" t="inlineStr"><is><t>達成</t></is></c>'],
  [
    "text kept as typed (line feed, edge spaces)",
    " 利用者数：2,417人\n経費 ",
    '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> 利用者数：2,417人\n経費 </t></is></c>',
    '<c r="B1" s="7" t="inlineStr"><is><t xml:space="preserve"> 利用者数：2,417人\n経費 </t></is></c>',
  ],
  [
    "text to escape",
    "a<b & _x0041_ \u0001",
    '<c r="B1" t="inlineStr"><is><t>a&lt;b &amp; _x005F_x0041_ _x0001_</t></is></c>',
    '<c r="B1" s="7" t="inlineStr"><is><t>a&lt;b &amp; _x005F_x0041_ _x0001_</t></is></c>',
  ],
  ["text that looks like a formula", "=SUM(A1)", '<c r="B1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>', '<c r="B1" s="7" t="inlineStr"><is><t>=SUM(A1)</t></is></c>'],
  ["a number", 1.25, '<c r="B1"><v>1.25</v></c>', '<c r="B1" s="7"><v>1.25</v></c>'],
  ["minus zero", -0, '<c r="B1"><v>0</v></c>', '<c r="B1" s="7"><v>0</v></c>'],
  ["not a number", NaN, '<c r="B1" t="e"><v>#NUM!</v></c>', '<c r="B1" s="7" t="e"><v>#NUM!</v></c>'],
  ["true", true, '<c r="B1" t="b"><v>1</v></c>', '<c r="B1" s="7" t="b"><v>1</v></c>'],
  ["false", false, '<c r="B1" t="b"><v>0</v></c>', '<c r="B1" s="7" t="b"><v>0</v></c>'],
  ["an error", { error: "#N/A" }, '<c r="B1" t="e"><v>#N/A</v></c>', '<c r="B1" s="7" t="e"><v>#N/A</v></c>'],
])("%s", (_kind, value, plain, styled) => {
  it("without a style", () => expect(sheetData(value, 0)).toBe(row(plain)));
  it("with a style", () => expect(sheetData(value, 7)).toBe(row(styled)));
});

describe.each<[string, CellValue]>([
  ["null", null],
  ["the empty string", ""],
])("an empty cell (%s)", (_kind, value) => {
  it("is left out without a style", () => expect(sheetData(value, 0)).toBe("<sheetData/>"));
  it("is written with its style alone", () => expect(sheetData(value, 7)).toBe(row('<c r="B1" s="7"/>')));
});

it("columns past Z and rows past 9 are addressed as Excel does", () => {
  const values = Array.from({ length: 30 }, (_, c) => (c === 27 ? "AB" : null));
  const xml = worksheetXml({ rows: { length: 12, row: (i) => (i === 11 ? values : []) } });
  expect(xml).toContain('<row r="12"><c r="AB12" t="inlineStr"><is><t>AB</t></is></c></row>');
  expect(xml).toContain('<dimension ref="A1:AB12"/>');
});
