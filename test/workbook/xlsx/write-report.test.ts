/**
 * writeReport on real packages: the user's parts stay byte for byte, the
 * report sheets read back, only marked sheets are replaced, and three
 * independent readers accept the result (our own readGrid, exceljs, and
 * LibreOffice where it is installed).
 */
import { rowsToArray, sheetRowsOf } from "../../../src/core/report/model";
import ExcelJS from "exceljs";
import { strFromU8 } from "fflate";
import type { ReportModel, ReportSheet } from "../../../src/core/report/model";
import { nodeCodec } from "../../../src/cli/node-codec";
import { createWorkbook, listSheets, openPackage, readGrid, writeReport, XlsxError } from "../../../src/workbook/xlsx";
import { writeReportAsync } from "../../../src/workbook/xlsx/write-report";
import {
  entryText,
  fixture,
  libreOfficeConvert,
  markGenerated,
  patchPackage,
  sameBytes,
  unzipEntries,
  withSoffice,
} from "./helpers";
import { FINDINGS, MODEL, SUMMARY } from "./sample-model";

/** Parts writeReport may change; every other part of the user's package must come back byte for byte. */
const MAY_CHANGE = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"]);

/** Model rows as readGrid gives them back: no trailing empties, "" as empty. */
function asRead(rows: ReportSheet["rows"]): unknown[][] {
  return rowsToArray(rows).map((r) => {
    let end = r.length;
    while (end > 0 && (r[end - 1] === null || r[end - 1] === "")) end--;
    return r.slice(0, end).map((v) => (v === "" ? null : v));
  });
}

function definedNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b[^>]*>[^<]*<\/(?:\w+:)?definedName>/g)].map((m) => m[0]);
}

async function loadWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("writeReport on a workbook with a chart, a pivot table, a picture and a comment", () => {
  const input = fixture("chart-pivot.xlsx");
  const pristine = input.slice();
  const result = writeReport(openPackage(input), MODEL);
  const before = unzipEntries(pristine);
  const after = unzipEntries(result.bytes);

  it("never modifies the input bytes", () => {
    expect(sameBytes(input, pristine)).toBe(true);
  });

  it("does not touch the user's sheet named 進捗集計: the report goes to 進捗集計 (2)", () => {
    expect(result.written).toEqual(["進捗集計 (2)", "検証結果"]);
    expect(listSheets(openPackage(result.bytes))).toEqual([
      { name: "取組一覧", generated: false, hidden: false, kind: "worksheet" },
      { name: "分野別集計", generated: false, hidden: false, kind: "worksheet" },
      { name: "進捗集計", generated: false, hidden: false, kind: "worksheet" },
      { name: "進捗集計 (2)", generated: true, hidden: false, kind: "worksheet" },
      { name: "検証結果", generated: true, hidden: false, kind: "worksheet" },
    ]);
    expect(readGrid(openPackage(result.bytes), "進捗集計").values).toEqual([["担当者メモ（手入力）"], ["集計は来週"], [42]]);
  });

  it("keeps every other part byte for byte, at its path, in its order; new parts come last", () => {
    const changed: string[] = [];
    for (const [name, data] of before) {
      const now = after.get(name);
      if (now === undefined) changed.push("missing " + name);
      else if (!MAY_CHANGE.has(name) && !sameBytes(now, data)) changed.push("changed " + name);
    }
    expect(changed).toEqual([]);
    // charts, pivot table and cache, picture, comments and drawings are all among them
    const kept = [...before.keys()].join(" ");
    for (const part of ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/media/image1.png", "xl/comments1.xml"]) {
      expect(kept).toContain(part);
    }
    const names = [...after.keys()];
    expect(names.slice(0, before.size)).toEqual([...before.keys()]);
    expect(names.slice(before.size)).toEqual(["xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"]);
  });

  it("reads back: values, merges and number formats of the report sheets", () => {
    const pkg = openPackage(result.bytes);
    const summary = readGrid(pkg, "進捗集計 (2)");
    expect(summary.top).toBe(0);
    expect(summary.left).toBe(0);
    expect(summary.values).toEqual(asRead(SUMMARY.rows));
    expect(summary.merges).toEqual(SUMMARY.merges);
    expect(summary.numberFormats?.[5].slice(1)).toEqual(["0", "0", "0", "0", "0.0%"]);
    const findings = readGrid(pkg, "検証結果");
    expect(findings.values).toEqual(asRead(FINDINGS.rows));
    // text that looks like a formula stays text
    expect(findings.values[3][2]).toBe("=SUM(A1) のような数式は書けません");
  });

  it("writes inline strings, in-workbook hyperlinks without relationships, print and view settings", () => {
    const sheet = strFromU8(after.get("xl/worksheets/sheet5.xml") as Uint8Array);
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toContain('t="inlineStr"><is><t>=SUM(A1) のような数式は書けません</t></is>');
    expect(sheet).toContain(`<hyperlink ref="B3" location="'取組一覧'!H3" display="取組一覧!H3"/>`);
    expect(sheet).toContain(`<hyperlink ref="B4" location="'取組一覧'!H4" display="'取組一覧'!H4"/>`);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(after.has("xl/worksheets/_rels/sheet4.xml.rels")).toBe(false);
    expect(after.has("xl/worksheets/_rels/sheet5.xml.rels")).toBe(false);
  });

  it("adds the marker and absolute print titles, scoped to the new sheets; the user's names stay", () => {
    const names = definedNames(entryText(result.bytes, "xl/workbook.xml"));
    expect(names).toEqual([
      '<definedName function="false" hidden="false" localSheetId="0" name="_xlnm.Print_Area" vbProcedure="false">取組一覧!$A$1:$I$5</definedName>',
      '<definedName function="false" hidden="false" name="実績" vbProcedure="false">取組一覧!$H$2:$H$5</definedName>',
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'進捗集計 (2)'!$5:$5</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="3" hidden="1">"shinchoku"</definedName>',
      `<definedName name="_xlnm.Print_Titles" localSheetId="4">'検証結果'!$2:$2</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="4" hidden="1">"shinchoku"</definedName>',
    ]);
    const rels = entryText(result.bytes, "xl/_rels/workbook.xml.rels");
    expect(rels).toContain('Target="worksheets/sheet4.xml"');
    expect(rels).toContain('Target="worksheets/sheet5.xml"');
    const types = entryText(result.bytes, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
  });

  it("appends styles without moving the existing ones", () => {
    const section = (xml: string, name: string): string => {
      const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
      if (m === null) throw new Error("no " + name);
      return m[1];
    };
    const old = strFromU8(before.get("xl/styles.xml") as Uint8Array);
    const now = strFromU8(after.get("xl/styles.xml") as Uint8Array);
    for (const name of ["fonts", "fills", "borders", "cellXfs"]) {
      expect(section(now, name).startsWith(section(old, name))).toBe(true);
      expect(section(now, name).length).toBeGreaterThan(section(old, name).length);
    }
    expect(section(now, "cellStyleXfs")).toBe(section(old, "cellStyleXfs"));
    const count = (xml: string, name: string): number => Number(new RegExp(`<${name} count="(\\d+)"`).exec(xml)?.[1]);
    expect(count(now, "cellXfs")).toBe((section(now, "cellXfs").match(/<xf\b/g) ?? []).length);
  });

  it("exceljs reads the result and sees the formatting (an independent check of validity)", async () => {
    const wb = await loadWithExceljs(result.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["取組一覧", "分野別集計", "進捗集計", "進捗集計 (2)", "検証結果"]);
    const ws = wb.getWorksheet("進捗集計 (2)") as ExcelJS.Worksheet;
    const header = ws.getCell("A5");
    expect(header.value).toBe("分野");
    expect(header.font.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(header.border).toMatchObject({ left: { style: "thin" }, right: { style: "thin" }, top: { style: "thin" }, bottom: { style: "thin" } });
    // exceljs names a vertical "center" "middle"
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A1").font.size).toBe(14);
    expect(ws.getCell("F6").numFmt).toBe("0.0%");
    expect(ws.getCell("B6").numFmt).toBe("0");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "5:5" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.getColumn(1).width).toBe(34);
    expect(ws.getRow(2).height).toBe(48);
    expect(ws.getCell("A1").isMerged && ws.getCell("F1").isMerged).toBe(true);
    const findings = wb.getWorksheet("検証結果") as ExcelJS.Worksheet;
    expect(findings.getCell("B3").font.color).toEqual({ argb: "FF0563C1" });
    expect(findings.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
  });

  withSoffice()("LibreOffice opens the result, keeps the chart and pivot table, and reads the report", () => {
    const reexported = libreOfficeConvert(result.bytes, "xlsx");
    const names = [...unzipEntries(reexported).keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\//.test(n))).toBe(true);
    const pkg = openPackage(reexported);
    expect(listSheets(pkg).map((s) => s.name)).toEqual(["取組一覧", "分野別集計", "進捗集計", "進捗集計 (2)", "検証結果"]);
    expect(readGrid(pkg, "進捗集計 (2)").values).toEqual(asRead(SUMMARY.rows));
    expect(readGrid(pkg, "検証結果").values).toEqual(asRead(FINDINGS.rows));
    expect(readGrid(pkg, "進捗集計 (2)").merges).toEqual(SUMMARY.merges);
    expect(libreOfficeConvert(result.bytes, "pdf").length).toBeGreaterThan(1000);
  });
});

describe("writeReport run again", () => {
  const changed: ReportModel = {
    sheets: [
      { ...SUMMARY, rows: sheetRowsOf([["令和6年度上半期末の進捗状況"], ...rowsToArray(SUMMARY.rows).slice(1, 6)]) },
      { ...FINDINGS, rows: sheetRowsOf(rowsToArray(FINDINGS.rows).slice(0, 3)), links: FINDINGS.links.slice(0, 1) },
    ],
  };

  it("replaces the marked sheets in place and leaves the user's parts alone", () => {
    const first = writeReport(openPackage(fixture("english-headers.xlsx")), MODEL);
    const second = writeReport(openPackage(first.bytes), changed);
    expect(second.written).toEqual(["進捗集計", "検証結果"]);
    const pkg = openPackage(second.bytes);
    expect(listSheets(pkg).map((s) => [s.name, s.generated])).toEqual([
      ["Programmes", false],
      ["進捗集計", true],
      ["検証結果", true],
    ]);
    expect(readGrid(pkg, "進捗集計").values).toEqual(asRead(changed.sheets[0].rows));
    expect(readGrid(pkg, "検証結果").values).toEqual(asRead(changed.sheets[1].rows));

    const a = unzipEntries(first.bytes);
    const b = unzipEntries(second.bytes);
    expect([...b.keys()]).toEqual([...a.keys()]); // same parts, same places: nothing added, nothing orphaned
    expect(sameBytes(b.get("xl/worksheets/sheet1.xml") as Uint8Array, a.get("xl/worksheets/sheet1.xml") as Uint8Array)).toBe(true);
    expect(definedNames(entryText(second.bytes, "xl/workbook.xml"))).toEqual([
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'進捗集計'!$5:$5</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="1" hidden="1">"shinchoku"</definedName>',
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'検証結果'!$2:$2</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="2" hidden="1">"shinchoku"</definedName>',
    ]);
    // no style is added twice
    expect(entryText(second.bytes, "xl/styles.xml")).toBe(entryText(first.bytes, "xl/styles.xml"));
  });

  it("keeps the tab position of a replaced sheet, so other sheets' scoped names keep their index", () => {
    const base = createWorkbook([
      { name: "取組一覧", rows: [["No"], [1]] },
      { name: "進捗集計", rows: [["前回の集計"]] },
      { name: "メモ", rows: [["担当", "合計"], ["山田", 3]] },
    ]);
    const bytes = patchPackage(base, {
      "xl/workbook.xml": (x) =>
        markGenerated(x, 1).replace(
          "</definedNames>",
          `<definedName name="_xlnm.Print_Titles" localSheetId="1">'進捗集計'!$1:$1</definedName>` +
            `<definedName name="_xlnm.Print_Area" localSheetId="2">'メモ'!$A$1:$B$2</definedName>` +
            `<definedName name="合計">'メモ'!$B$2</definedName></definedNames>`,
        ),
      // Someone added a comment to the generated sheet: its relationships part goes with the sheet.
      "xl/worksheets/_rels/sheet2.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
      "xl/comments1.xml": '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    const out = writeReport(openPackage(bytes), MODEL);
    expect(out.written).toEqual(["進捗集計", "検証結果"]);
    const pkg = openPackage(out.bytes);
    expect(listSheets(pkg).map((s) => [s.name, s.generated])).toEqual([
      ["取組一覧", false],
      ["進捗集計", true],
      ["メモ", false],
      ["検証結果", true],
    ]);
    expect(definedNames(entryText(out.bytes, "xl/workbook.xml"))).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'メモ'!$A$1:$B$2</definedName>`,
      `<definedName name="合計">'メモ'!$B$2</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'進捗集計'!$5:$5</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="1" hidden="1">"shinchoku"</definedName>',
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'検証結果'!$2:$2</definedName>`,
      '<definedName name="shinchoku_generated" localSheetId="3" hidden="1">"shinchoku"</definedName>',
    ]);
    expect(readGrid(pkg, "進捗集計").values).toEqual(asRead(SUMMARY.rows));
    expect(readGrid(pkg, "メモ").values).toEqual([["担当", "合計"], ["山田", 3]]);
    const entries = unzipEntries(out.bytes);
    expect(entries.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(false);
    // a part only the old sheet pointed at stays, unreferenced (Excel ignores it)
    expect(entries.has("xl/comments1.xml")).toBe(true);
  });

  it("drops calcChain.xml only when it lists cells of a replaced sheet", () => {
    const withChain = (sheetId: number): Uint8Array =>
      patchPackage(createWorkbook([{ name: "取組一覧", rows: [[1]] }, { name: "進捗集計", rows: [[2]] }]), {
        "xl/workbook.xml": (x) => markGenerated(x, 1),
        "xl/calcChain.xml": `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="${sheetId}"/><c r="A2"/></calcChain>`,
        "xl/_rels/workbook.xml.rels": (x) =>
          x.replace(
            "</Relationships>",
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
          ),
        "[Content_Types].xml": (x) =>
          x.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
      });
    // sheetId 2 = 進捗集計, replaced: its formulas are gone, so is the chain
    const dropped = writeReport(openPackage(withChain(2)), MODEL).bytes;
    expect(unzipEntries(dropped).has("xl/calcChain.xml")).toBe(false);
    expect(entryText(dropped, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(entryText(dropped, "[Content_Types].xml")).not.toContain("calcChain");
    // sheetId 1 = the register: the chain stays as it was
    const input = withChain(1);
    const kept = writeReport(openPackage(input), MODEL).bytes;
    expect(entryText(kept, "xl/calcChain.xml")).toBe(entryText(input, "xl/calcChain.xml"));
    expect(entryText(kept, "xl/_rels/workbook.xml.rels")).toContain("calcChain.xml");
  });

  // placement.ts: a marked `進捗集計 (2)` from an earlier run is replaced, so reruns do not pile up (3), (4), ...
  it("a rerun next to the user's 進捗集計 replaces 進捗集計 (2) instead of adding 進捗集計 (3)", () => {
    const first = writeReport(openPackage(fixture("chart-pivot.xlsx")), MODEL);
    const second = writeReport(openPackage(first.bytes), MODEL);
    expect(second.written).toEqual(["進捗集計 (2)", "検証結果"]);
    const pkg = openPackage(second.bytes);
    expect(listSheets(pkg).map((s) => [s.name, s.generated])).toEqual([
      ["取組一覧", false],
      ["分野別集計", false],
      ["進捗集計", false],
      ["進捗集計 (2)", true],
      ["検証結果", true],
    ]);
    expect([...unzipEntries(second.bytes).keys()]).toEqual([...unzipEntries(first.bytes).keys()]);
    expect(readGrid(pkg, "進捗集計").values).toEqual([["担当者メモ（手入力）"], ["集計は来週"], [42]]);
  });
});

describe("writeReport on unusual packages", () => {
  it("creates styles.xml when the package has none", async () => {
    const out = writeReport(openPackage(fixture("minimal-no-styles.xlsx")), MODEL);
    const entries = unzipEntries(out.bytes);
    expect(entries.has("xl/styles.xml")).toBe(true);
    expect(entryText(out.bytes, "xl/_rels/workbook.xml.rels")).toMatch(/relationships\/styles" Target="styles.xml"/);
    expect(entryText(out.bytes, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    const pkg = openPackage(out.bytes);
    expect(readGrid(pkg, "取組一覧").values).toEqual([["No", "項目名"], [1, "市民活動の支援"]]);
    expect(readGrid(pkg, "進捗集計").numberFormats?.[5][5]).toBe("0.0%");
    const wb = await loadWithExceljs(out.bytes);
    expect((wb.getWorksheet("進捗集計") as ExcelJS.Worksheet).getCell("A5").font.bold).toBe(true);
  });

  it("writes into a workbook whose XML uses prefixes (x:, rel:) and absolute targets", () => {
    const input = fixture("hand-written.xlsx");
    const out = writeReport(openPackage(input), MODEL);
    const workbook = entryText(out.bytes, "xl/workbook.xml");
    expect(workbook).toContain('<x:sheet name="進捗集計" sheetId="8" rel:id="rId1"/>');
    expect(workbook).toContain('<x:definedName name="shinchoku_generated" localSheetId="1" hidden="1">"shinchoku"</x:definedName>');
    expect(entryText(out.bytes, "xl/styles.xml")).toContain("<x:font><x:b/><x:sz val=\"14\"/>");
    const pkg = openPackage(out.bytes);
    expect(listSheets(pkg).map((s) => s.generated)).toEqual([false, true, true]);
    expect(readGrid(pkg, "進捗集計").values).toEqual(asRead(SUMMARY.rows));
    expect(readGrid(pkg, "取組一覧")).toEqual(readGrid(openPackage(input), "取組一覧"));
  });

  it("writes Strict OOXML sheets into a Strict workbook (Excel's \"Strict Open XML\" format)", () => {
    const strict = (x: string): string =>
      x
        .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
    const source = fixture("english-headers.xlsx");
    const edits: Record<string, (x: string) => string> = {};
    for (const name of unzipEntries(source).keys()) if (/\.(xml|rels)$/.test(name)) edits[name] = strict;
    const out = writeReport(openPackage(patchPackage(source, edits)), MODEL);
    expect(entryText(out.bytes, "xl/worksheets/sheet2.xml")).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(entryText(out.bytes, "xl/_rels/workbook.xml.rels")).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"',
    );
    const pkg = openPackage(out.bytes);
    expect(listSheets(pkg).map((s) => [s.name, s.generated])).toEqual([
      ["Programmes", false],
      ["進捗集計", true],
      ["検証結果", true],
    ]);
    expect(readGrid(pkg, "進捗集計").values).toEqual(asRead(SUMMARY.rows));
  });

  withSoffice()("LibreOffice opens the prefixed and the style-less results", () => {
    for (const name of ["hand-written.xlsx", "minimal-no-styles.xlsx"]) {
      const out = writeReport(openPackage(fixture(name)), MODEL);
      const pkg = openPackage(libreOfficeConvert(out.bytes, "xlsx"));
      expect(readGrid(pkg, "検証結果").values).toEqual(asRead(FINDINGS.rows));
    }
  });

  it("quotes sheet names in print titles (a name with an apostrophe)", () => {
    const out = writeReport(openPackage(fixture("english-headers.xlsx")), { sheets: [{ ...SUMMARY, name: "Mayor's summary" }] });
    expect(entryText(out.bytes, "xl/workbook.xml")).toContain(`'Mayor''s summary'!$5:$5`);
    expect(listSheets(openPackage(out.bytes)).map((s) => s.name)).toEqual(["Programmes", "Mayor's summary"]);
  });

  it("refuses a sheet name Excel would refuse, before anything is written", () => {
    const bad: ReportModel = { sheets: [{ ...SUMMARY, name: "集計/2024" }] };
    expect(() => writeReport(openPackage(fixture("english-headers.xlsx")), bad)).toThrow(
      expect.objectContaining({ code: "invalid-sheet-name", sheet: "集計/2024" }),
    );
  });

  it("refuses overlapping merged areas (Excel would call the file damaged)", () => {
    const bad: ReportModel = { sheets: [{ ...SUMMARY, merges: [...SUMMARY.merges, { top: 0, left: 2, bottom: 1, right: 3 }] }] };
    expect(() => writeReport(openPackage(fixture("english-headers.xlsx")), bad)).toThrow(XlsxError);
  });
});

describe("why the adapter works on the package and not through exceljs (facts about exceljs 4.4.0)", () => {
  it("exceljs reads LibreOffice's chart-pivot.xlsx but writes it back without the chart and the pivot table", async () => {
    const wb = await loadWithExceljs(fixture("chart-pivot.xlsx"));
    const back = unzipEntries(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect([...back.keys()].some((n) => n.startsWith("xl/charts/"))).toBe(false);
    expect([...back.keys()].some((n) => n.startsWith("xl/pivotTables/"))).toBe(false);
  });

  it("exceljs crashes on a drawing written with a default namespace (as openpyxl writes them); writeReport keeps it", async () => {
    await expect(loadWithExceljs(fixture("chart-default-ns.xlsx"))).rejects.toThrow(/anchors/);
    const input = fixture("chart-default-ns.xlsx");
    const out = unzipEntries(writeReport(openPackage(input), MODEL).bytes);
    for (const [name, data] of unzipEntries(input)) {
      if (!MAY_CHANGE.has(name)) expect(sameBytes(out.get(name) as Uint8Array, data)).toBe(true);
    }
  });
});

describe("writeReportAsync (the command line's save: large sheets deflated while they are built)", () => {
  // Some 6 MB of sheet XML: blocks of 1 MiB are handed to the codec as they fill.
  const rows = Array.from({ length: 20000 }, (_, i) => [i + 1, `取組${i + 1}の推進`, `担当課${i % 40}`, "予定どおりに進捗", `利用者数 ${i * 7}人`]);
  const LARGE: ReportSheet = { ...FINDINGS, name: "評価結果", rows: sheetRowsOf(rows), merges: [], links: [] };
  const model: ReportModel = { sheets: [SUMMARY, LARGE] };

  afterEach(() => jest.restoreAllMocks());

  it("gives writeReport's bytes, with the large sheet's blocks deflated ahead and each block deflated once", async () => {
    const ahead = jest.spyOn(nodeCodec, "deflateAhead");
    // The module object itself (an `import * as` namespace cannot be spied on): the codec's jobs call through it.
    const jobs = jest.spyOn(jest.requireActual<typeof import("zlib")>("zlib"), "deflateRaw");
    const input = fixture("chart-pivot.xlsx");
    const later = await writeReportAsync(openPackage(input, nodeCodec), model);
    expect(ahead.mock.calls.length).toBeGreaterThanOrEqual(4);
    // The save took the jobs started ahead: no block went to zlib twice (were the blocks joined or copied on the
    // way, each block handed over ahead would be deflated again at save).
    const deflated = jobs.mock.calls.map((c) => c[0]);
    expect(new Set(deflated).size).toBe(deflated.length);
    for (const [block] of ahead.mock.calls) expect(deflated.filter((b) => b === block)).toHaveLength(1);
    const now = writeReport(openPackage(input, nodeCodec), model);
    expect(later.written).toEqual(now.written);
    expect(sameBytes(later.bytes, now.bytes)).toBe(true);
    const back = readGrid(openPackage(later.bytes), "評価結果").values;
    expect(back.length).toBe(20000);
    expect(back[19999]).toEqual([20000, "取組20000の推進", "担当課39", "予定どおりに進捗", "利用者数 139993人"]);
  });

  it("with a codec that deflates only on the main thread (fflate), gives the same bytes too", async () => {
    const input = fixture("chart-pivot.xlsx");
    expect(sameBytes((await writeReportAsync(openPackage(input), model)).bytes, writeReport(openPackage(input), model).bytes)).toBe(true);
  });
});
