/**
 * writeReport edits workbook.xml, its relationships, the content types and
 * styles.xml namespace-correctly, whatever prefixes and declarations the
 * producer used. Each case is one way a real producer writes these parts
 * (see the producer corpus, test/corpus); each output part is parsed by a
 * namespace-aware parser (saxes), which refuses an unbound prefix.
 */
import { listSheets, openPackage, readGrid, writeReport } from "../../../src/workbook/xlsx";
import { escapeAttr, escapeXml } from "../../../src/workbook/xlsx/xml";
import { attrOf, kids, parseDom, partText, type El } from "../../corpus/producers";
import { entryText, fixture, patchPackage, unzipEntries } from "./helpers";
import { FINDINGS, MODEL } from "./sample-model";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const BASE = fixture("english-headers.xlsx");

/** english-headers.xlsx with its workbook.xml (and other parts) as a given producer writes them. */
function producedAs(edits: Record<string, string | ((x: string) => string)>): Uint8Array {
  return patchPackage(BASE, edits);
}

const workbookXml = (root: string, sheets: string, rest = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}${sheets}${rest}`;

/** Every XML part of the output parsed namespace-aware: throws on an unbound prefix or anything not well-formed. */
function parsedParts(bytes: Uint8Array): Map<string, El> {
  const out = new Map<string, El>();
  for (const [name, data] of unzipEntries(bytes)) if (/\.(xml|rels)$/.test(name)) out.set(name, parseDom(partText(data)));
  return out;
}

/** The report's sheets read back through our own reader. */
function reportSheets(bytes: Uint8Array): string[] {
  return listSheets(openPackage(bytes))
    .filter((s) => s.generated)
    .map((s) => s.name);
}

describe("writeReport: namespace-correct edits of the workbook's parts", () => {
  it("openpyxl: xmlns:r declared on each <sheet>, not on the root — the new <sheet>s declare it too", () => {
    const input = producedAs({
      "xl/workbook.xml": workbookXml(
        `<workbook xmlns="${MAIN}"><workbookPr/>`,
        `<sheets><sheet xmlns:r="${REL}" name="Programmes" sheetId="1" state="visible" r:id="rId2"/></sheets>`,
        "<calcPr/></workbook>",
      ),
    });
    const out = writeReport(openPackage(input), MODEL);
    const wb = parsedParts(out.bytes).get("xl/workbook.xml") as El;
    const sheets = kids(kids(wb, "sheets")[0], "sheet");
    expect(sheets.map((s) => [attrOf(s, "name"), attrOf(s, "id", REL)])).toEqual([
      ["Programmes", "rId2"],
      ["進捗集計", "rId4"],
      ["検証結果", "rId5"],
    ]);
    expect(reportSheets(out.bytes)).toEqual(["進捗集計", "検証結果"]);
  });

  it("ClosedXML / OpenXML SDK: x:-prefixed main namespace — new elements take x:, defined names stay with their sheets", () => {
    const input = producedAs({
      "xl/workbook.xml": workbookXml(
        `<x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}">`,
        `<x:sheets><x:sheet name="Programmes" sheetId="1" r:id="rId2"/></x:sheets>`,
        `<x:definedNames><x:definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Programmes!$A$1:$C$3</x:definedName>` +
          `<x:definedName name="_xlnm.Print_Titles" localSheetId="0">Programmes!$1:$1</x:definedName></x:definedNames></x:workbook>`,
      ),
    });
    const out = writeReport(openPackage(input), MODEL);
    const wbText = entryText(out.bytes, "xl/workbook.xml");
    expect(wbText).toContain('<x:sheet name="進捗集計" sheetId="2" r:id="rId4"/>');
    expect(wbText).toContain('<x:definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Programmes!$A$1:$C$3</x:definedName>');
    const wb = parsedParts(out.bytes).get("xl/workbook.xml") as El;
    const names = kids(kids(wb, "definedNames")[0], "definedName").map((d) => `${attrOf(d, "name")}@${attrOf(d, "localSheetId")}`);
    expect(names).toEqual([
      "_xlnm._FilterDatabase@0",
      "_xlnm.Print_Titles@0",
      "_xlnm.Print_Titles@1",
      "shinchoku_generated@1",
      "_xlnm.Print_Titles@2",
      "shinchoku_generated@2",
    ]);
  });

  it("a ns:-prefixed relationship namespace and prefixed rels / content types roots", () => {
    const input = producedAs({
      "xl/workbook.xml": workbookXml(
        `<s:workbook xmlns:s="${MAIN}" xmlns:ns="${REL}">`,
        `<s:sheets><s:sheet name="Programmes" sheetId="1" ns:id="rId2"/></s:sheets>`,
        "</s:workbook>",
      ),
      "xl/_rels/workbook.xml.rels": (x) => x.replace(/<(\/?)Relationship/g, "<$1pr:Relationship").replace(`xmlns="${PKG_REL}"`, `xmlns:pr="${PKG_REL}"`),
      "[Content_Types].xml": (x) => x.replace(/<(\/?)(Types|Default|Override)/g, "<$1ct:$2").replace(`xmlns="${CT_NS}"`, `xmlns:ct="${CT_NS}"`),
    });
    const out = writeReport(openPackage(input), MODEL);
    const parts = parsedParts(out.bytes);
    expect(entryText(out.bytes, "xl/workbook.xml")).toContain('<s:sheet name="進捗集計" sheetId="2" ns:id="rId4"/>');
    const rels = kids(parts.get("xl/_rels/workbook.xml.rels") as El, "Relationship");
    expect(rels.map((r) => r.uri)).toEqual(rels.map(() => PKG_REL));
    expect(rels.map((r) => attrOf(r, "Id"))).toEqual(["rId1", "rId2", "rId3", "rId4", "rId5"]);
    const overrides = kids(parts.get("[Content_Types].xml") as El, "Override");
    expect(overrides.filter((o) => attrOf(o, "ContentType") === SHEET_CT).map((o) => attrOf(o, "PartName"))).toEqual([
      "/xl/worksheets/sheet1.xml",
      "/xl/worksheets/sheet2.xml",
      "/xl/worksheets/sheet3.xml",
    ]);
    expect(reportSheets(out.bytes)).toEqual(["進捗集計", "検証結果"]);
  });

  it("a prefix bound to another namespace where the new elements go is not reused", () => {
    // r: means something else on the root; the relationships namespace is bound as rel: on the user's <sheet> only.
    const input = producedAs({
      "xl/workbook.xml": workbookXml(
        `<workbook xmlns="${MAIN}" xmlns:r="urn:not-relationships">`,
        `<sheets><sheet xmlns:rel="${REL}" name="Programmes" sheetId="1" rel:id="rId2"/></sheets>`,
        "</workbook>",
      ),
    });
    const out = writeReport(openPackage(input), MODEL);
    const wb = parsedParts(out.bytes).get("xl/workbook.xml") as El;
    expect(kids(kids(wb, "sheets")[0], "sheet").map((s) => attrOf(s, "id", REL))).toEqual(["rId2", "rId4", "rId5"]);
  });

  it("a self-closing <styleSheet/> (PHPExcel-style writers): the styles go inside it", () => {
    const input = producedAs({ "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN}" xml:space="preserve"/>` });
    const out = writeReport(openPackage(input), MODEL);
    const styles = parsedParts(out.bytes).get("xl/styles.xml") as El;
    expect(styles.children.map((c) => c.local)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    const xfs = kids(kids(styles, "cellXfs")[0], "xf");
    expect(attrOf(kids(styles, "cellXfs")[0], "count")).toBe(String(xfs.length));
    expect(readGrid(openPackage(out.bytes), "検証結果").values[0]).toEqual([FINDINGS.rows.row(0)[0]]);
  });

  it("style records inside mc:AlternateContent (Hancell) count once: new indexes follow the last record", () => {
    const alt = (sz: number): string =>
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<mc:Choice Requires="hs" xmlns:hs="urn:hs"><x:font hs:extension="1"><x:sz val="${sz}"/><x:name val="Dotum"/></x:font></mc:Choice>` +
      `<mc:Fallback><x:font><x:sz val="${sz}"/><x:name val="Dotum"/></x:font></mc:Fallback></mc:AlternateContent>`;
    const input = producedAs({
      "xl/styles.xml":
        `<?xml version="1.0" encoding="UTF-8"?>\n<x:styleSheet xmlns:x="${MAIN}">` +
        `<x:fonts count="3"><x:font><x:sz val="11"/><x:name val="Dotum"/></x:font>${alt(9)}${alt(6)}</x:fonts>` +
        `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
        `<x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>` +
        `<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs></x:styleSheet>`,
    });
    const out = writeReport(openPackage(input), MODEL);
    const styles = parsedParts(out.bytes).get("xl/styles.xml") as El;
    const fonts = kids(styles, "fonts")[0];
    const fontCount = fonts.children.length;
    expect(attrOf(fonts, "count")).toBe(String(fontCount));
    const fontIds = kids(kids(styles, "cellXfs")[0], "xf").map((xf) => Number(attrOf(xf, "fontId") ?? 0));
    expect(Math.max(...fontIds)).toBe(fontCount - 1);
    expect(Math.max(...fontIds)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["with a byte-order mark", true],
    ["without one", false],
  ])("a UTF-16 workbook.xml (%s) is written back as UTF-8 with its declaration saying so", (_label, bom) => {
    const text = workbookXml(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">`,
      `<sheets><sheet name="Programmes" sheetId="1" r:id="rId2"/></sheets>`,
      "</workbook>",
    ).replace('encoding="UTF-8"', 'encoding="UTF-16BE"');
    const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    const input = patchPackage(BASE, {}); // a copy, then the UTF-16 part by hand
    const entries = unzipEntries(input);
    entries.set("xl/workbook.xml", new Uint8Array(le));
    const { zipSync } = jest.requireActual<typeof import("fflate")>("fflate");
    const utf16 = zipSync(Object.fromEntries(entries));
    const out = writeReport(openPackage(utf16), MODEL);
    const bytes = unzipEntries(out.bytes).get("xl/workbook.xml") as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x3c, 0x3f]); // "<?": UTF-8, no byte-order mark
    const written = Buffer.from(bytes).toString("utf8");
    expect(written).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
    expect(kids(kids(parseDom(written), "sheets")[0], "sheet").map((s) => attrOf(s, "name"))).toEqual(["Programmes", "進捗集計", "検証結果"]);
  });

  it("Strict OOXML: new sheets in the Strict namespaces", () => {
    const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const input = producedAs({
      "xl/workbook.xml": workbookXml(
        `<workbook xmlns="${STRICT_MAIN}">`,
        `<sheets><sheet xmlns:r="${STRICT_REL}" name="Programmes" sheetId="1" r:id="rId2"/></sheets>`,
        "</workbook>",
      ),
    });
    const out = writeReport(openPackage(input), MODEL);
    const wb = parsedParts(out.bytes).get("xl/workbook.xml") as El;
    expect(kids(kids(wb, "sheets")[0], "sheet").map((s) => [s.uri, attrOf(s, "id", STRICT_REL)])).toEqual([
      [STRICT_MAIN, "rId2"],
      [STRICT_MAIN, "rId4"],
      [STRICT_MAIN, "rId5"],
    ]);
  });
});

describe("text the writer escapes never holds a character XML forbids", () => {
  it("maps control characters, U+FFFE/U+FFFF and lone surrogates to U+FFFD; tab and line ends survive as references", () => {
    expect(escapeAttr("a\u0001b\u001Fc\uFFFEd\uD800e\t\n")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe&#9;&#10;");
    expect(escapeXml("x\u0000<y>\uDC00😀")).toBe("x\uFFFD&lt;y&gt;\uFFFD😀");
  });

  it("a sheet name holding a control character gives a well-formed hyperlink in 検証結果", () => {
    const linked = { ...FINDINGS, links: [{ row: 1, col: 0, target: "'取組\u0001一覧'!A5" }] };
    const out = writeReport(openPackage(BASE), { sheets: [linked] });
    const sheet = parseDom(entryText(out.bytes, "xl/worksheets/sheet2.xml"));
    const link = kids(kids(sheet, "hyperlinks")[0], "hyperlink")[0];
    expect(attrOf(link, "location")).toBe("'取組\uFFFD一覧'!A5");
  });
});
