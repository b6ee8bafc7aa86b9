/**
 * A fake chart as Excel saves it: a drawing part (one two-cell anchor per
 * chart, the graphic frame named by Chart.name — "Chart 1" unless the add-in
 * renamed it) and a chart part per chart, with the chart style and colour
 * parts Excel 2013+ puts beside every chart (implicit relationships: the
 * chart's XML names no r:id). Series formulas name the sheet, with caches of
 * the cells' values. Written from the fake's state, without src/ helpers.
 */
import { cellA1, type Rect } from "../address";
import type { FakeChart, FakeSheet } from "../state";
import { escapeXml, XML_HEAD } from "./xml-text";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_CHART_STYLE = "http://schemas.microsoft.com/office/2011/relationships/chartStyle";
export const REL_CHART_COLORS = "http://schemas.microsoft.com/office/2011/relationships/chartColorStyle";
export const CT_CHART_STYLE = "application/vnd.ms-office.chartstyle+xml";
export const CT_CHART_COLORS = "application/vnd.ms-office.chartcolorstyle+xml";

function absolute(sheet: FakeSheet, r: Rect): string {
  const a = (row: number, col: number) => cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const range = r.top === r.bottom && r.left === r.right ? a(r.top, r.left) : `${a(r.top, r.left)}:${a(r.bottom, r.right)}`;
  return `'${sheet.name.replace(/'/g, "''")}'!${range}`;
}

function cells(sheet: FakeSheet, r: Rect): unknown[] {
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(sheet.getValue(row, col));
  return out;
}

function strRef(sheet: FakeSheet, r: Rect): string {
  const pts = cells(sheet, r).map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v === null ? "" : String(v))}</c:v></c:pt>`);
  return `<c:strRef><c:f>${escapeXml(absolute(sheet, r))}</c:f><c:strCache><c:ptCount val="${pts.length}"/>${pts.join("")}</c:strCache></c:strRef>`;
}

function numRef(sheet: FakeSheet, r: Rect): string {
  const values = cells(sheet, r);
  const pts = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${escapeXml(absolute(sheet, r))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesXml(sheet: FakeSheet, chart: FakeChart): string {
  return chart.series
    .map((s, i) => {
      const fill = s.fill === null ? "" : `<c:spPr><a:solidFill><a:srgbClr val="${s.fill.replace("#", "").toUpperCase()}"/></a:solidFill></c:spPr>`;
      const cat = s.categories === null ? "" : `<c:cat>${strRef(sheet, s.categories)}</c:cat>`;
      const val = s.values === null ? "" : `<c:val>${numRef(sheet, s.values)}</c:val>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    })
    .join("");
}

/** The chart part (`xl/charts/chartN.xml`). Only bar charts are written (the fake makes no other kind). */
export function chartPartXml(sheet: FakeSheet, chart: FakeChart): string {
  const title =
    chart.title === null
      ? '<c:autoTitleDeleted val="1"/>'
      : `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const grouping = /Stacked100/.test(chart.type) ? "percentStacked" : /Stacked/.test(chart.type) ? "stacked" : "clustered";
  const dir = /^Bar/.test(chart.type) ? "bar" : "col";
  const labels = chart.labels.showValue ? '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' : "";
  const orientation = chart.reversePlotOrder ? "maxMin" : "minMax";
  const legend = { Bottom: "b", Top: "t", Left: "l", Right: "r" }[chart.legendPosition] ?? "r";
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${seriesXml(sheet, chart)}${labels}` +
    `<c:gapWidth val="150"/>${grouping === "clustered" ? "" : '<c:overlap val="100"/>'}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1002"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1001"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="${legend}"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The sheet's drawing part: chart k points to the drawing's relationship `rId{k+1}`. */
export function drawingPartXml(charts: readonly FakeChart[]): string {
  const anchors = charts.map((c, k) => {
    const at = c.position ?? { top: 0, left: 0, bottom: 15, right: 7 };
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", at.top, at.left)}${marker("to", at.bottom + 1, at.right + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

/** Excel's chart style and colour parts, reduced to their root elements. */
export const CHART_STYLE_XML = XML_HEAD + '<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="297"/>';
export const CHART_COLORS_XML = XML_HEAD + '<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>';
