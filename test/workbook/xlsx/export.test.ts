/**
 * exportSheets: the committee copy holds only the chosen generated sheets,
 * values and formatting, no formulas, no hyperlinks, nothing that leads back
 * into the register.
 */
import ExcelJS from "exceljs";
import { exportSheets, listSheets, openPackage, readGrid, writeReport, XlsxError } from "../../../src/workbook/xlsx";
import { entryText, fixture, libreOfficeConvert, markGenerated, patchPackage, unzipEntries, withSoffice } from "./helpers";
import { FINDINGS, MODEL, SUMMARY } from "./sample-model";

const report = writeReport(openPackage(fixture("chart-pivot.xlsx")), MODEL).bytes;

describe("exportSheets from a written report", () => {
  const copy = exportSheets(openPackage(report), ["検証結果", "進捗集計 (2)"]);

  it("holds only the chosen sheets, in the order asked", () => {
    const pkg = openPackage(copy);
    expect(listSheets(pkg).map((s) => s.name)).toEqual(["検証結果", "進捗集計 (2)"]);
    expect([...unzipEntries(copy).keys()].sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ].sort(),
    );
  });

  it("keeps the values and formatting", () => {
    const src = openPackage(report);
    const pkg = openPackage(copy);
    for (const name of ["検証結果", "進捗集計 (2)"]) expect(readGrid(pkg, name)).toEqual(readGrid(src, name));
    expect(entryText(copy, "xl/styles.xml")).toBe(entryText(report, "xl/styles.xml"));
  });

  it("drops the hyperlinks back into the register, and every defined name but the print titles", () => {
    expect(entryText(copy, "xl/worksheets/sheet1.xml")).not.toContain("hyperlink");
    const workbook = entryText(copy, "xl/workbook.xml");
    expect([...workbook.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0])).toEqual([
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'検証結果'!$2:$2</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'進捗集計 (2)'!$5:$5</definedName>`,
    ]);
  });

  it("exceljs reads it with its print setup and styles", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(copy) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("進捗集計 (2)") as ExcelJS.Worksheet;
    expect(ws.getCell("A5").font.bold).toBe(true);
    expect(ws.getCell("A5").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "5:5" });
    expect((wb.getWorksheet("検証結果") as ExcelJS.Worksheet).getCell("B3").value).toBe("取組一覧!H3");
  });

  withSoffice()("LibreOffice opens it", () => {
    const pkg = openPackage(libreOfficeConvert(copy, "xlsx"));
    expect(readGrid(pkg, "進捗集計 (2)").values[4]).toEqual(SUMMARY.rows.row(4));
    expect(readGrid(pkg, "検証結果").values[2]).toEqual(FINDINGS.rows.row(2));
  });
});

describe("exportSheets replaces formulas by their values", () => {
  // formulas.xlsx with its sheet marked as generated, a hyperlink, extensions and two conditional formats.
  const marked = patchPackage(fixture("formulas.xlsx"), {
    "xl/workbook.xml": (x) => markGenerated(x, 0),
    "xl/worksheets/sheet1.xml": (x) =>
      x
        .replace(
          "<pageMargins",
          `<conditionalFormatting sqref="H2:H5"><cfRule type="expression" dxfId="0" priority="1"><formula>H2&gt;'他'!A1</formula></cfRule></conditionalFormatting>` +
            `<conditionalFormatting sqref="I2:I5"><cfRule type="expression" dxfId="0" priority="2"><formula>I2&gt;100</formula></cfRule></conditionalFormatting>` +
            `<hyperlinks><hyperlink ref="C2" location="'取組一覧'!A1"/></hyperlinks><pageMargins`,
        )
        .replace("</worksheet>", '<extLst><ext uri="{A}"><extLst><ext uri="{B}"/></extLst></ext></extLst></worksheet>'),
  });
  const copy = exportSheets(openPackage(marked), ["取組一覧"]);
  const xml = entryText(copy, "xl/worksheets/sheet1.xml");

  it("values stay, formulas go: numbers, strings (as inline strings), booleans; uncalculated formulas leave nothing", () => {
    // The same grid, except that the uncalculated formula (N2) is no formula any more: an empty cell, not listed.
    const { uncalculated, ...original } = readGrid(openPackage(marked), "取組一覧");
    expect(uncalculated).toEqual([{ row: 1, col: 13 }]);
    expect(readGrid(openPackage(copy), "取組一覧")).toEqual(original);
    expect(xml).not.toMatch(/<f[\s>/]/);
    expect(xml).not.toContain('t="s"');
    expect(xml).not.toContain('t="str"');
    expect(xml).toContain('<c r="N2"/>');
    expect(unzipEntries(copy).has("xl/sharedStrings.xml")).toBe(false);
  });

  it("hyperlinks, extensions and conditional formats naming another sheet go; the others stay", () => {
    expect(xml).not.toContain("<hyperlinks");
    expect(xml).not.toContain("extLst");
    expect(xml).not.toContain("'他'");
    expect(xml).toContain("I2&gt;100");
    expect(xml).toContain("<pageSetup");
  });

  it("the theme comes along", () => {
    expect(entryText(copy, "xl/theme/theme1.xml")).toBe(entryText(marked, "xl/theme/theme1.xml"));
  });
});

describe("exportSheets refuses", () => {
  const pkg = openPackage(report);
  const code = (names: string[]): string | undefined => {
    try {
      exportSheets(pkg, names);
      return undefined;
    } catch (e) {
      return e instanceof XlsxError ? e.code : "not an XlsxError";
    }
  };

  it("a sheet that does not exist", () => {
    expect(code(["検証結果", "存在しない"])).toBe("export-sheet-missing");
  });

  it("a sheet the user made (even one named like a report sheet)", () => {
    expect(code(["進捗集計"])).toBe("export-sheet-not-generated");
    expect(code(["取組一覧"])).toBe("export-sheet-not-generated");
  });

  it("an empty list", () => {
    expect(code([])).toBe("no-sheets");
  });

  it("but takes a name twice as once, in any case", () => {
    expect(listSheets(openPackage(exportSheets(pkg, ["検証結果", "検証結果"]))).map((s) => s.name)).toEqual(["検証結果"]);
  });
});
