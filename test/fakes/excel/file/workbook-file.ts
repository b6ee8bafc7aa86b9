/**
 * The fake workbook saved as an .xlsx package, as the fake's
 * Office.context.document.getFileAsync(Office.FileType.Compressed) returns
 * it: every sheet's values (text in the shared-string table, as Excel saves
 * it; formulas with their cached values), merged areas, tab state, the
 * defined names (the sheets' own with localSheetId: the generated marker
 * among them) and the charts (chart-parts.ts). Cell formatting, column
 * widths, links and page setup are not saved: nothing that reads these bytes
 * in the tests looks at them. Written from the fake's state, without src/
 * helpers, so a bug there cannot hide itself here.
 */
import { strToU8, zipSync } from "fflate";
import { cellA1, rectA1 } from "../address";
import { isFakeError, type FakeName, type FakeSheet, type FakeValue, type FakeWorkbook } from "../state";
import { CHART_COLORS_XML, CHART_STYLE_XML, chartPartXml, CT_CHART_COLORS, CT_CHART_STYLE, drawingPartXml, REL_CHART_COLORS, REL_CHART_STYLE } from "./chart-parts";
import { escapeXml, XML_HEAD } from "./xml-text";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT = "application/vnd.openxmlformats-officedocument.";

const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function rels(items: readonly { id: string; type: string; target: string }[]): string {
  return XML_HEAD + `<Relationships xmlns="${NS_PKG_RELS}">${items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;
}

/** Shared strings in first-seen order. */
class StringTable {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const si = this.items.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("");
    return XML_HEAD + `<sst xmlns="${NS_MAIN}" count="${this.items.length}" uniqueCount="${this.items.length}">${si}</sst>`;
  }
}

function cellXml(ref: string, v: FakeValue, formula: string | null, sst: StringTable): string {
  const f = formula === null ? "" : `<f>${escapeXml(formula.replace(/^=/, ""))}</f>`;
  if (v === null) return f === "" ? "" : `<c r="${ref}">${f}</c>`;
  if (typeof v === "number") return `<c r="${ref}">${f}<v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (isFakeError(v)) return `<c r="${ref}" t="e">${f}<v>${escapeXml(v.error)}</v></c>`;
  if (f !== "") return `<c r="${ref}" t="str">${f}<v>${escapeXml(v)}</v></c>`;
  return `<c r="${ref}" t="s"><v>${sst.add(v)}</v></c>`;
}

function sheetXml(sheet: FakeSheet, sst: StringTable, hasDrawing: boolean): string {
  const rows: string[] = [];
  // A formula cell holds its cached value in `values` (null when there is none yet): the rows of values cover it.
  for (let r = 0; r < sheet.values.length; r++) {
    const cells: string[] = [];
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++) cells.push(cellXml(cellA1(r, c), sheet.getValue(r, c), sheet.getFormula(r, c), sst));
    const body = cells.join("");
    if (body !== "") rows.push(`<row r="${r + 1}">${body}</row>`);
  }
  const merges = sheet.merges.length === 0 ? "" : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rectA1(m)}"/>`).join("")}</mergeCells>`;
  const drawing = hasDrawing ? '<drawing r:id="rId1"/>' : "";
  return XML_HEAD + `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData>${rows.join("")}</sheetData>${merges}${drawing}</worksheet>`;
}

function definedNameXml(n: FakeName, localSheetId: number | null): string {
  const scope = localSheetId === null ? "" : ` localSheetId="${localSheetId}"`;
  return `<definedName name="${escapeXml(n.name)}"${scope}${n.visible ? "" : ' hidden="1"'}>${escapeXml(n.formula.replace(/^=/, ""))}</definedName>`;
}

function workbookXml(wb: FakeWorkbook): string {
  const state = (s: FakeSheet) => (s.visibility === "Hidden" ? ' state="hidden"' : s.visibility === "VeryHidden" ? ' state="veryHidden"' : "");
  const sheets = wb.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${state(s)} r:id="rId${i + 1}"/>`).join("");
  const names = [...wb.names.map((n) => definedNameXml(n, null)), ...wb.sheets.flatMap((s, i) => s.names.map((n) => definedNameXml(n, i)))];
  const definedNames = names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`;
  return XML_HEAD + `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>${sheets}</sheets>${definedNames}</workbook>`;
}

/** The package's parts, path → text. */
function parts(wb: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  const sst = new StringTable();
  const overrides: [string, string][] = [["/xl/workbook.xml", CT + "spreadsheetml.sheet.main+xml"], ["/xl/styles.xml", CT + "spreadsheetml.styles+xml"], ["/xl/sharedStrings.xml", CT + "spreadsheetml.sharedStrings+xml"]];
  let chartNo = 0;
  wb.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const hasDrawing = sheet.charts.length > 0;
    out.set(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, sst, hasDrawing));
    overrides.push([`/xl/worksheets/sheet${n}.xml`, CT + "spreadsheetml.worksheet+xml"]);
    if (!hasDrawing) return;
    out.set(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels([{ id: "rId1", type: REL + "drawing", target: `../drawings/drawing${n}.xml` }]));
    out.set(`xl/drawings/drawing${n}.xml`, drawingPartXml(sheet.charts));
    overrides.push([`/xl/drawings/drawing${n}.xml`, CT + "drawing+xml"]);
    const chartRels = sheet.charts.map((chart, k) => {
      const c = ++chartNo;
      out.set(`xl/charts/chart${c}.xml`, chartPartXml(sheet, chart));
      out.set(`xl/charts/style${c}.xml`, CHART_STYLE_XML);
      out.set(`xl/charts/colors${c}.xml`, CHART_COLORS_XML);
      out.set(`xl/charts/_rels/chart${c}.xml.rels`, rels([{ id: "rId1", type: REL_CHART_STYLE, target: `style${c}.xml` }, { id: "rId2", type: REL_CHART_COLORS, target: `colors${c}.xml` }]));
      overrides.push([`/xl/charts/chart${c}.xml`, CT + "drawingml.chart+xml"], [`/xl/charts/style${c}.xml`, CT_CHART_STYLE], [`/xl/charts/colors${c}.xml`, CT_CHART_COLORS]);
      return { id: `rId${k + 1}`, type: REL + "chart", target: `../charts/chart${c}.xml` };
    });
    out.set(`xl/drawings/_rels/drawing${n}.xml.rels`, rels(chartRels));
  });
  out.set("xl/workbook.xml", workbookXml(wb));
  out.set("xl/styles.xml", STYLES_XML);
  out.set("xl/sharedStrings.xml", sst.xml());
  const sheetRels = wb.sheets.map((_s, i) => ({ id: `rId${i + 1}`, type: REL + "worksheet", target: `worksheets/sheet${i + 1}.xml` }));
  const k = wb.sheets.length;
  out.set("xl/_rels/workbook.xml.rels", rels([...sheetRels, { id: `rId${k + 1}`, type: REL + "styles", target: "styles.xml" }, { id: `rId${k + 2}`, type: REL + "sharedStrings", target: "sharedStrings.xml" }]));
  out.set("_rels/.rels", rels([{ id: "rId1", type: REL + "officeDocument", target: "xl/workbook.xml" }]));
  const types =
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("");
  out.set("[Content_Types].xml", XML_HEAD + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>`);
  return out;
}

/** The workbook as the .xlsx bytes Excel would save. */
export function savedWorkbookBytes(wb: FakeWorkbook): Uint8Array {
  const all = parts(wb);
  // [Content_Types].xml first, as Excel writes it.
  const files: Record<string, Uint8Array> = { "[Content_Types].xml": strToU8(all.get("[Content_Types].xml") as string) };
  for (const [path, text] of all) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}
