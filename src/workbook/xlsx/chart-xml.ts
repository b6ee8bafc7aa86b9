/**
 * A ReportChart → the chart part (`xl/charts/chartN.xml`, DrawingML
 * `c:chartSpace`): a horizontal bar chart, series stacked (barDir bar,
 * grouping stacked, overlap 100), one series per ChartSeries in order, in its
 * colour. Every reference is a formula to the sheet's own cells (`c:f`) with
 * the values cached (`c:strCache` / `c:numCache`) as read from the sheet's
 * rows, so that a reader that does not recalculate (LibreOffice's import, a
 * viewer) draws the same bars Excel does.
 *
 * The category axis runs top to bottom (orientation maxMin, the value axis
 * crossing at its far end) so that the bars come in 表１'s order; each
 * segment shows its count in white, zero counts hidden (format `0;-0;;`).
 */
import { columnLetters } from "../../core/grid";
import type { MergedArea } from "../../core/grid";
import type { ReportChart, ReportSheet, ReportValue } from "../../core/report/model";
import type { DrawingNamespaces } from "./namespaces";
import { quotedSheetName } from "./sheet-name";
import { escapeAttr, escapeXml } from "./xml";

const CAT_AX = 500100;
const VAL_AX = 500200;

/** `'進捗集計'!$A$7:$A$11` (a single cell without the range). */
export function rangeFormula(sheetName: string, area: MergedArea): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const from = cell(area.top, area.left);
  const to = cell(area.bottom, area.right);
  return quotedSheetName(sheetName) + "!" + (from === to ? from : from + ":" + to);
}

function cellValue(sheet: ReportSheet, row: number, col: number): ReportValue {
  if (row >= sheet.rows.length) return null;
  return sheet.rows.row(row)[col] ?? null;
}

/** The cells of a one-column area, top to bottom. */
function columnValues(sheet: ReportSheet, area: MergedArea): ReportValue[] {
  const out: ReportValue[] = [];
  for (let r = area.top; r <= area.bottom; r++) out.push(cellValue(sheet, r, area.left));
  return out;
}

function strRef(formula: string, values: readonly ReportValue[]): string {
  const pts = values.map((v, i) => (v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly ReportValue[]): string {
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

/** Text properties: size in hundredths of a point, bold, colour. */
function txPr(size: number, bold: boolean, colour?: string): string {
  const fill = colour === undefined ? "" : `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${fill}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="ja-JP"/></a:p></c:txPr>`
  );
}

/** The counts inside the segments: white, centred, zero hidden. */
const DATA_LABELS =
  '<c:dLbls><c:numFmt formatCode="0;-0;;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
  txPr(900, true, "FFFFFF") +
  '<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
  '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

function seriesXml(chart: ReportChart, sheet: ReportSheet, sheetName: string): string {
  const categories = strRef(rangeFormula(sheetName, chart.categories), columnValues(sheet, chart.categories));
  return chart.series
    .map((s, i) => {
      const nameArea = { top: s.nameCell.row, left: s.nameCell.col, bottom: s.nameCell.row, right: s.nameCell.col };
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(rangeFormula(sheetName, nameArea), [s.name])}</c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${escapeAttr(s.colour)}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        DATA_LABELS +
        `<c:cat>${categories}</c:cat>` +
        `<c:val>${numRef(rangeFormula(sheetName, s.values), columnValues(sheet, s.values))}</c:val>` +
        "</c:ser>"
      );
    })
    .join("");
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="ja-JP" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
  );
}

const AXES =
  `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
  '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
  `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(900, false)}<c:crossAx val="${VAL_AX}"/>` +
  '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
  `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
  '<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>' +
  `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(900, false)}` +
  `<c:crossAx val="${CAT_AX}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;

/** The chart part's text. */
export function chartXml(chart: ReportChart, sheet: ReportSheet, sheetName: string, ns: DrawingNamespaces, relationships: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.main}" xmlns:r="${relationships}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    titleXml(chart.title) +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
    seriesXml(chart, sheet, sheetName) +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    AXES +
    "</c:plotArea>" +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(900, false)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}
