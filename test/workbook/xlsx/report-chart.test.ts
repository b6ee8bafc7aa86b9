/**
 * The report sheet's chart in the .xlsx writer: chart, drawing and
 * relationship parts that a namespace-aware parser accepts (every prefix
 * bound), reached sheet → drawing → chart with their content types, new part
 * names beside the user's charts and drawings, the chart's references and
 * cached values, and on re-report the old report chart replaced while the
 * user's charts stay byte for byte.
 */
import type { ReportChart, ReportModel, ReportSheet } from "../../../src/core/report/model";
import { exportSheets, listSheets, openPackage, writeReport } from "../../../src/workbook/xlsx";
import { isReportDrawing, removeReportChart } from "../../../src/workbook/xlsx/report-chart";
import { attrOf, kids, parseDom, partText, type El } from "../../corpus/producers";
import { fixture, patchPackage, sameBytes, unzipEntries } from "./helpers";
import { FINDINGS, SUMMARY } from "./sample-model";

const CHART: ReportChart = {
  kind: "stackedBar",
  title: "分野別の進捗状況 & <比較>",
  categories: { top: 5, left: 0, bottom: 7, right: 0 },
  series: [
    { name: "S", nameCell: { row: 4, col: 2 }, values: { top: 5, left: 2, bottom: 7, right: 2 }, colour: "107C10" },
    { name: "A", nameCell: { row: 4, col: 3 }, values: { top: 5, left: 3, bottom: 7, right: 3 }, colour: "0F6CBD" },
    { name: "B", nameCell: { row: 4, col: 4 }, values: { top: 5, left: 4, bottom: 7, right: 4 }, colour: "BC4B09" },
  ],
  anchor: { top: 10, left: 0, bottom: 25, right: 5 },
};
const WITH_CHART: ReportSheet = { ...SUMMARY, chart: CHART };
const MODEL: ReportModel = { sheets: [WITH_CHART, FINDINGS] };

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function dom(entries: Map<string, Uint8Array>, name: string): El {
  const bytes = entries.get(name);
  if (bytes === undefined) throw new Error("no part " + name);
  return parseDom(partText(bytes));
}

function find(el: El, local: string, out: El[] = []): El[] {
  if (el.local === local) out.push(el);
  for (const c of el.children) find(c, local, out);
  return out;
}

/** The one relationship of `rels` whose type ends in `/kind`: its target. */
function target(entries: Map<string, Uint8Array>, relsPath: string, kind: string): string {
  const rels = kids(dom(entries, relsPath), "Relationship").filter((r) => (attrOf(r, "Type") ?? "").endsWith("/" + kind));
  expect(rels).toHaveLength(1);
  return attrOf(rels[0], "Target") as string;
}

function overrideOf(entries: Map<string, Uint8Array>, part: string): string | undefined {
  const o = kids(dom(entries, "[Content_Types].xml"), "Override").find((x) => attrOf(x, "PartName") === "/" + part);
  return o && attrOf(o, "ContentType");
}

/** Path of the written sheet named `name`. */
function sheetPath(entries: Map<string, Uint8Array>, name: string): string {
  const wb = dom(entries, "xl/workbook.xml");
  const sheet = kids(kids(wb, "sheets")[0], "sheet").find((s) => attrOf(s, "name") === name) as El;
  const rel = kids(dom(entries, "xl/_rels/workbook.xml.rels"), "Relationship").find((r) => attrOf(r, "Id") === attrOf(sheet, "id", REL)) as El;
  return "xl/" + (attrOf(rel, "Target") as string);
}

describe("the report chart in the .xlsx writer", () => {
  const input = fixture("chart-pivot.xlsx");
  const before = unzipEntries(input);
  const out = writeReport(openPackage(input), MODEL);
  const after = unzipEntries(out.bytes);
  // chart-pivot.xlsx has a sheet of its own named 進捗集計: the report's is 進捗集計 (2).
  const name = out.written[0];
  const summary = sheetPath(after, name);
  const summaryRels = summary.replace("worksheets/", "worksheets/_rels/") + ".rels";

  it("parses every part namespace-aware (all prefixes bound) and keeps the user's parts byte for byte", () => {
    for (const [name, bytes] of after) if (/\.(xml|rels)$/.test(name)) expect(() => parseDom(partText(bytes))).not.toThrow();
    for (const name of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels"]) {
      expect(sameBytes(after.get(name) as Uint8Array, before.get(name) as Uint8Array)).toBe(true);
    }
  });

  it("reaches sheet → drawing → chart through new parts, each with its content type", () => {
    expect(target(after, summaryRels, "drawing")).toBe("../drawings/drawing2.xml");
    expect(target(after, "xl/drawings/_rels/drawing2.xml.rels", "chart")).toBe("../charts/chart2.xml");
    expect(overrideOf(after, "xl/drawings/drawing2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    expect(overrideOf(after, "xl/charts/chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    // The findings sheet has no chart and no relationships part.
    expect([...after.keys()].filter((k) => /^xl\/charts\//.test(k))).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  });

  it("puts <drawing r:id> right after <pageSetup>, naming the sheet's drawing relationship", () => {
    const ws = dom(after, summary);
    const names = ws.children.map((c) => c.local);
    expect(names.slice(-2)).toEqual(["pageSetup", "drawing"]);
    const id = attrOf(ws.children[ws.children.length - 1], "id", REL);
    const rel = kids(dom(after, summaryRels), "Relationship").find((r) => attrOf(r, "Id") === id);
    expect(attrOf(rel as El, "Target")).toBe("../drawings/drawing2.xml");
  });

  it("anchors the chart over the model's cells and marks it as the report's", () => {
    const d = dom(after, "xl/drawings/drawing2.xml");
    expect(d.uri).toBe(XDR);
    const anchor = kids(d, "twoCellAnchor")[0];
    const at = (which: string) => ["col", "row"].map((k) => Number(kids(kids(anchor, which)[0], k)[0].text));
    expect([at("from"), at("to")]).toEqual([
      [0, 10],
      [6, 26],
    ]);
    expect(attrOf(find(d, "cNvPr")[0], "name")).toBe("shinchoku_chart");
    const chartRef = find(d, "chart")[0];
    expect(chartRef.uri).toBe(C);
    expect(attrOf(chartRef, "id", REL)).toBe("rId1");
    expect(isReportDrawing(partText(after.get("xl/drawings/drawing2.xml") as Uint8Array))).toBe(true);
    expect(isReportDrawing(partText(before.get("xl/drawings/drawing1.xml") as Uint8Array))).toBe(false);
  });

  it("writes a stacked horizontal bar chart with one series per column, formulas to the sheet's cells and cached values", () => {
    const c = dom(after, "xl/charts/chart2.xml");
    expect(c.uri).toBe(C);
    const bar = find(c, "barChart")[0];
    const val = (el: El, local: string) => attrOf(kids(el, local)[0], "val");
    expect([val(bar, "barDir"), val(bar, "grouping"), val(bar, "overlap")]).toEqual(["bar", "stacked", "100"]);
    const series = kids(bar, "ser");
    expect(series).toHaveLength(3);
    const formulas = series.map((s) => find(s, "f").map((f) => f.text));
    expect(name).toBe("進捗集計 (2)");
    expect(formulas[0]).toEqual(["'進捗集計 (2)'!$C$5", "'進捗集計 (2)'!$A$6:$A$8", "'進捗集計 (2)'!$C$6:$C$8"]);
    expect(formulas[2][2]).toBe("'進捗集計 (2)'!$E$6:$E$8");
    const cached = (s: El, local: string) => find(kids(s, local)[0], "v").map((v) => v.text);
    expect(cached(series[0], "cat")).toEqual(["Ⅰ 地域協働の推進（2項目）", "Ⅱ 行政サービスの向上（1項目）", "Ⅲ 財政の健全化（1項目）"]);
    expect(cached(series[1], "val")).toEqual(["1", "0", "1"]);
    expect(cached(series[0], "tx")).toEqual(["S"]);
    expect(series.map((s) => attrOf(find(s, "srgbClr")[0], "val"))).toEqual(["107C10", "0F6CBD", "BC4B09"]);
    expect(find(c, "t")[0].text).toBe("分野別の進捗状況 & <比較>");
  });

  it("on re-report replaces its own chart and keeps the user's", () => {
    // The output as a user would open it again: the report sheets are marked, so the next report replaces them.
    const again = writeReport(openPackage(out.bytes), MODEL);
    const third = unzipEntries(again.bytes);
    expect(again.written[0]).toBe(name);
    expect(sheetPath(third, name)).toBe(summary);
    expect(target(third, summaryRels, "drawing")).toBe("../drawings/drawing3.xml");
    expect(third.has("xl/drawings/drawing2.xml")).toBe(false);
    expect(third.has("xl/drawings/_rels/drawing2.xml.rels")).toBe(false);
    expect(third.has("xl/charts/chart2.xml")).toBe(false);
    expect(overrideOf(third, "xl/charts/chart2.xml")).toBeUndefined();
    expect(overrideOf(third, "xl/charts/chart3.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(sameBytes(third.get("xl/charts/chart1.xml") as Uint8Array, before.get("xl/charts/chart1.xml") as Uint8Array)).toBe(true);
    expect(sameBytes(third.get("xl/drawings/drawing1.xml") as Uint8Array, before.get("xl/drawings/drawing1.xml") as Uint8Array)).toBe(true);
  });

  it("leaves a drawing on a replaced sheet alone when it holds anything besides the report's chart", () => {
    // The user added a picture next to the report's chart, in the same drawing.
    const mixed = patchPackage(out.bytes, {
      "xl/drawings/drawing2.xml": (x) => x.replace("</xdr:wsDr>", '<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/></xdr:nvPicPr></xdr:pic></xdr:oneCellAnchor></xdr:wsDr>'),
    });
    const pkg = openPackage(mixed);
    const editor = pkg.edit();
    expect(removeReportChart(pkg, editor, summary)).toEqual([]);
    const third = unzipEntries(writeReport(pkg, MODEL).bytes);
    expect(third.has("xl/drawings/drawing2.xml")).toBe(true);
    expect(third.has("xl/charts/chart2.xml")).toBe(true);
    expect(target(third, summaryRels, "drawing")).toBe("../drawings/drawing3.xml");
  });

  it("writes no chart part for a sheet without a chart", () => {
    const plain = unzipEntries(writeReport(openPackage(fixture("english-headers.xlsx")), { sheets: [SUMMARY] }).bytes);
    expect([...plain.keys()].some((k) => /drawings|charts/.test(k))).toBe(false);
    expect(partText(plain.get(sheetPath(plain, "進捗集計")) as Uint8Array)).not.toContain("<drawing");
  });

  it("writes the chart in the Strict flavour's DrawingML namespaces in a Strict workbook", () => {
    const strictIn = patchPackage(fixture("english-headers.xlsx"), {
      "xl/workbook.xml": (x) =>
        x
          .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
          .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
          .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
          .join("http://purl.oclc.org/ooxml/officeDocument/relationships"),
    });
    const strict = unzipEntries(writeReport(openPackage(strictIn), { sheets: [WITH_CHART] }).bytes);
    const chart = [...strict.keys()].find((k) => k.startsWith("xl/charts/")) as string;
    expect(dom(strict, chart).uri).toBe("http://purl.oclc.org/ooxml/drawingml/chart");
    const rels = [...strict.keys()].find((k) => k.startsWith("xl/drawings/_rels/")) as string;
    expect(attrOf(kids(dom(strict, rels), "Relationship")[0], "Type")).toBe("http://purl.oclc.org/ooxml/officeDocument/relationships/chart");
  });
});

describe("the report chart in the committee copy (export)", () => {
  const report = writeReport(openPackage(fixture("chart-pivot.xlsx")), MODEL).bytes;
  const name = "進捗集計 (2)";
  const copy = unzipEntries(exportSheets(openPackage(report), ["検証結果", name]));

  it("comes along with its sheet: sheet → drawing → chart, content types, every part namespace-aware", () => {
    for (const [part, bytes] of copy) if (/\.(xml|rels)$/.test(part)) expect(() => parseDom(partText(bytes))).not.toThrow();
    // 進捗集計 (2) is the copy's second sheet; 検証結果 has no chart.
    expect(copy.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
    expect(target(copy, "xl/worksheets/_rels/sheet2.xml.rels", "drawing")).toBe("../drawings/drawing2.xml");
    expect(target(copy, "xl/drawings/_rels/drawing2.xml.rels", "chart")).toBe("../charts/chart2.xml");
    expect(overrideOf(copy, "xl/drawings/drawing2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    expect(overrideOf(copy, "xl/charts/chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    const ws = dom(copy, "xl/worksheets/sheet2.xml");
    const last = ws.children[ws.children.length - 1];
    expect([last.local, attrOf(last, "id", REL)]).toEqual(["drawing", "rId1"]);
    // The chart's formulas still name its sheet, which keeps its name in the copy.
    expect(find(dom(copy, "xl/charts/chart2.xml"), "f")[0].text).toBe(`'${name}'!$C$5`);
    expect(listSheets(openPackage(exportSheets(openPackage(report), [name]))).map((s) => s.name)).toEqual([name]);
  });

  it("leaves a user's drawing on the sheet behind (the copy gets no chart then)", () => {
    const summary = sheetPath(unzipEntries(report), name);
    const mixed = patchPackage(report, {
      "xl/drawings/drawing2.xml": (x) => x.replace("</xdr:wsDr>", '<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/></xdr:nvPicPr></xdr:pic></xdr:oneCellAnchor></xdr:wsDr>'),
    });
    expect(summary).toBe("xl/worksheets/sheet4.xml");
    const plain = unzipEntries(exportSheets(openPackage(mixed), [name]));
    expect([...plain.keys()].some((k) => /drawings|charts|worksheets\/_rels/.test(k))).toBe(false);
    expect(partText(plain.get("xl/worksheets/sheet1.xml") as Uint8Array)).not.toContain("drawing");
  });
});
