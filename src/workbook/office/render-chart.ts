/**
 * A ReportSheet's chart as one Office.js Step, queued with the sheet's other
 * steps (so it costs no round trip of its own): `worksheet.charts.add(
 * "BarStacked", 表１ from its header row, "Columns")` (ExcelApi 1.1), then
 * what Excel would otherwise guess set explicitly — each series' name, values
 * and categories (setValues / setXAxisValues, ExcelApi 1.7, the add-in's
 * minimum) and fill colour —, the chart's name (REPORT_CHART_NAME, as the
 * .xlsx writer names it: the committee copy of the saved workbook keeps it),
 * the title, the legend at the bottom, the counts in white on the bars, the
 * categories top to bottom (reversePlotOrder, 1.7) and the chart over the
 * model's anchor cells (setPosition). With ExcelApi
 * 1.8 the labels hide zero counts (numberFormat `0;-0;;`), as the .xlsx
 * writer's chart does; without it a zero shows as a 0 at the bar's edge.
 */
import { columnLetters, type MergedArea } from "../../core/grid";
import { REPORT_CHART_NAME, type ReportChart, type ReportSheet } from "../../core/report/model";
import { jsonStringBytes, jsonValueBytes } from "./payload";
import { callCost, ID_DIGITS, objectCost, propertyObjectCost, rangeCost, setCost } from "./request-cost";
import type { Step } from "./steps";

export const CHART_TYPE = "BarStacked";
export const SERIES_BY = "Columns";
/** Data labels' format: whole numbers, zero hidden. */
export const LABEL_FORMAT = "0;-0;;";

/** What an object argument costs beyond a plain 7-digit number in its place: the ReferencedObjectPathIds list. */
function referencedIds(args: number, objects: number): number {
  return ',"ReferencedObjectPathIds":'.length + 2 + Math.max(0, args - 1) + (args - objects) + objects * ID_DIGITS;
}
/** A path Id in an argument list (an object argument is sent as its Id). */
const OBJECT_ARG = 10 ** (ID_DIGITS - 1);

/** The rectangle charts.add reads: 表１ from its header row, categories' column to the last series' column. */
export function chartSource(chart: ReportChart): MergedArea {
  const top = Math.min(chart.categories.top - 1, ...chart.series.map((s) => s.nameCell.row));
  const right = Math.max(...chart.series.map((s) => s.values.right));
  return { top, left: chart.categories.left, bottom: chart.categories.bottom, right };
}

const cellAddress = (row: number, col: number): string => columnLetters(col) + String(row + 1);
const size = (a: MergedArea): [number, number, number, number] => [a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1];

/** Request bytes of the step (request-cost.ts), for the chart and its `series` series. */
function chartBytes(chart: ReportChart, source: MergedArea, labelFormat: boolean): number {
  const start = cellAddress(chart.anchor.top, chart.anchor.left);
  const end = cellAddress(chart.anchor.bottom, chart.anchor.right);
  let bytes =
    propertyObjectCost("charts") +
    rangeCost("getRangeByIndexes", size(source)) +
    objectCost("add", [CHART_TYPE, OBJECT_ARG, SERIES_BY]) +
    referencedIds(3, 1) +
    propertyObjectCost("title") +
    setCost("text", jsonStringBytes(chart.title)) +
    setCost("name", jsonStringBytes(REPORT_CHART_NAME)) +
    propertyObjectCost("legend") +
    setCost("position", jsonStringBytes("Bottom")) +
    propertyObjectCost("dataLabels") +
    setCost("showValue", jsonValueBytes(true)) +
    propertyObjectCost("format") +
    propertyObjectCost("font") +
    setCost("color", jsonStringBytes("#FFFFFF")) +
    propertyObjectCost("axes") +
    propertyObjectCost("categoryAxis") +
    setCost("reversePlotOrder", jsonValueBytes(true)) +
    callCost("setPosition", [start, end]) +
    propertyObjectCost("series");
  if (labelFormat) bytes += setCost("numberFormat", jsonStringBytes(LABEL_FORMAT));
  chart.series.forEach((s, i) => {
    bytes +=
      objectCost("getItemAt", [i]) +
      setCost("name", jsonStringBytes(s.name)) +
      rangeCost("getRangeByIndexes", size(s.values)) +
      callCost("setValues", [OBJECT_ARG]) +
      referencedIds(1, 1) +
      rangeCost("getRangeByIndexes", size(chart.categories)) +
      callCost("setXAxisValues", [OBJECT_ARG]) +
      referencedIds(1, 1) +
      propertyObjectCost("format") +
      propertyObjectCost("fill") +
      callCost("setSolidColor", ["#" + s.colour]);
  });
  return bytes;
}

/** The chart of `sheet` as one step, or none when the sheet has no chart. */
export function chartSteps(sheet: ReportSheet, ws: () => Excel.Worksheet, labelFormat: boolean): Step[] {
  const chart = sheet.chart;
  if (chart === undefined || chart.series.length === 0) return [];
  const source = chartSource(chart);
  return [
    {
      bytes: chartBytes(chart, source, labelFormat),
      run: () => {
        const w = ws();
        const c = w.charts.add(CHART_TYPE, w.getRangeByIndexes(...size(source)), SERIES_BY);
        // Named as the .xlsx writer names its chart: what the committee copy of the saved workbook keeps.
        c.name = REPORT_CHART_NAME;
        c.title.text = chart.title;
        c.legend.position = "Bottom";
        c.dataLabels.showValue = true;
        c.dataLabels.format.font.color = "#FFFFFF";
        if (labelFormat) c.dataLabels.numberFormat = LABEL_FORMAT;
        c.axes.categoryAxis.reversePlotOrder = true;
        c.setPosition(cellAddress(chart.anchor.top, chart.anchor.left), cellAddress(chart.anchor.bottom, chart.anchor.right));
        chart.series.forEach((s, i) => {
          const series = c.series.getItemAt(i);
          series.name = s.name;
          series.setValues(w.getRangeByIndexes(...size(s.values)));
          series.setXAxisValues(w.getRangeByIndexes(...size(chart.categories)));
          series.format.fill.setSolidColor("#" + s.colour);
        });
      },
    },
  ];
}
