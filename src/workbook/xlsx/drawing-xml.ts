/**
 * The drawing part of a report sheet (`xl/drawings/drawingN.xml`): one
 * `xdr:twoCellAnchor` holding a graphic frame that points to the chart part
 * through the drawing's relationship `chartRelId`. The frame is named
 * REPORT_CHART_NAME: that is how a later report knows the drawing is its own
 * (report-chart.ts removes it with the sheet it replaces, and nothing else).
 */
import type { MergedArea } from "../../core/grid";
import { REPORT_CHART_NAME } from "../../core/report/model";
import type { DrawingNamespaces } from "./namespaces";
import { escapeAttr } from "./xml";

/** The graphic frame's name (`cNvPr/@name`): marks the chart as written by shinchoku (core/report/model.ts). */
export { REPORT_CHART_NAME };

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The drawing's text: the chart over the cells of `anchor` (inclusive), from
 * the top-left corner of its first cell to the bottom-right corner of its last.
 */
export function drawingXml(anchor: MergedArea, chartRelId: string, description: string, ns: DrawingNamespaces, relationships: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.main}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", anchor.top, anchor.left) +
    marker("to", anchor.bottom + 1, anchor.right + 1) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${REPORT_CHART_NAME}" descr="${escapeAttr(description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${ns.chart}">` +
    `<c:chart xmlns:c="${ns.chart}" xmlns:r="${relationships}" r:id="${escapeAttr(chartRelId)}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
