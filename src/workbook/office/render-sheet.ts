/**
 * One ReportSheet as Office.js operations on a (new, empty) worksheet, as
 * Steps: values first (one `range.values =` for the whole rectangle; row
 * chunks of at most VALUES_CHUNK_BYTES when larger, so that requests can be
 * kept under the budget), then each StyledBlock as a whole (never per cell),
 * merges, column widths and row heights (runs of equal ones together), links,
 * frozen rows and, when the host has ExcelApi 1.9, print setup.
 */
import type { RowSource } from "../../core/grid";
import type { CellStyle, ReportSheet, StyledBlock } from "../../core/report/model";
import type { HostFeatures } from "../host";
import { documentReference, printTitleRows } from "./addresses";
import { excelValue } from "./cell-text";
import { MB, jsonStringBytes, jsonValueBytes, rowJsonBytes } from "./payload";
import { callCost, indexerCost, numberBytes, propertyObjectCost, rangeCost, setCost } from "./request-cost";
import type { Step } from "./steps";
import { columnWidthPoints } from "./units";

/** Largest piece of one sheet's values per operation (keeps requests packable under the budget). */
export const VALUES_CHUNK_BYTES = MB / 4;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function hex(colour: string): string {
  return colour.startsWith("#") ? colour : "#" + colour;
}

/** Rectangle width: the widest row or the column widths given, whichever is larger. */
export function sheetWidth(sheet: ReportSheet): number {
  return Math.max(sheet.columnWidths.length, sheet.rows.width);
}

/** Values written from A1 as one range, or row chunks of at most VALUES_CHUNK_BYTES when larger. */
export function valueSteps(rows: RowSource<string | number | null | undefined>, width: number, ws: () => Excel.Worksheet): Step[] {
  if (rows.length === 0 || width === 0) return [];
  const cells: (string | number | null)[][] = new Array<(string | number | null)[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows.row(r);
    const out: (string | number | null)[] = new Array<string | number | null>(width);
    for (let c = 0; c < width; c++) out[c] = excelValue(row[c]);
    cells[r] = out;
  }
  const steps: Step[] = [];
  let start = 0;
  let bytes = 2;
  const flush = (end: number): void => {
    const [from, chunk, size] = [start, cells.slice(start, end), bytes];
    steps.push({ bytes: rangeCost("getRangeByIndexes", [from, 0, chunk.length, width]) + setCost("values", size), run: () => void (ws().getRangeByIndexes(from, 0, chunk.length, width).values = chunk) });
    start = end;
    bytes = 2;
  };
  for (let r = 0; r < cells.length; r++) {
    const b = rowJsonBytes(cells[r]) + 1;
    if (r > start && bytes + b > VALUES_CHUNK_BYTES) flush(r);
    bytes += b;
  }
  flush(cells.length);
  return steps;
}

/** The operations one block's style takes: [bytes, queue]. */
function blockStep(block: StyledBlock, ws: () => Excel.Worksheet): Step {
  const s: CellStyle = block.style;
  const h = block.bottom - block.top + 1;
  const w = block.right - block.left + 1;
  // What run() sends (request-cost.ts): one range; its format, font, fill and borders objects once each; every set; per border edge an indexer object and its three sets.
  const font = s.bold !== undefined || s.fontSize !== undefined || s.color !== undefined;
  const format = font || s.fill !== undefined || s.wrap !== undefined || s.hAlign !== undefined || s.vAlign !== undefined || Boolean(s.border);
  let bytes = rangeCost("getRangeByIndexes", [block.top, block.left, h, w]);
  if (format) bytes += propertyObjectCost("format");
  if (font) bytes += propertyObjectCost("font");
  if (s.bold !== undefined) bytes += setCost("bold", jsonValueBytes(false));
  if (s.fontSize !== undefined) bytes += setCost("size", numberBytes(s.fontSize));
  if (s.color !== undefined) bytes += setCost("color", jsonStringBytes(hex(s.color)));
  if (s.fill !== undefined) bytes += propertyObjectCost("fill") + setCost("color", jsonStringBytes(hex(s.fill)));
  if (s.wrap !== undefined) bytes += setCost("wrapText", jsonValueBytes(false));
  if (s.hAlign !== undefined) bytes += setCost("horizontalAlignment", jsonStringBytes("Center"));
  if (s.vAlign !== undefined) bytes += setCost("verticalAlignment", jsonStringBytes("Bottom"));
  if (s.numberFormat !== undefined) bytes += setCost("numberFormat", jsonStringBytes(s.numberFormat));
  if (s.border) {
    const edge = indexerCost(["InsideHorizontal"]) + setCost("style", jsonStringBytes("Continuous")) + setCost("weight", jsonStringBytes("Thin")) + setCost("color", jsonStringBytes("#000000"));
    bytes += propertyObjectCost("borders") + (4 + (h > 1 ? 1 : 0) + (w > 1 ? 1 : 0)) * edge;
  }
  return {
    bytes,
    run: () => {
      const range = ws().getRangeByIndexes(block.top, block.left, h, w);
      if (s.bold !== undefined) range.format.font.bold = s.bold;
      if (s.fontSize !== undefined) range.format.font.size = s.fontSize;
      if (s.color !== undefined) range.format.font.color = hex(s.color);
      if (s.fill !== undefined) range.format.fill.color = hex(s.fill);
      if (s.wrap !== undefined) range.format.wrapText = s.wrap;
      if (s.hAlign !== undefined) range.format.horizontalAlignment = s.hAlign === "left" ? "Left" : s.hAlign === "center" ? "Center" : "Right";
      if (s.vAlign !== undefined) range.format.verticalAlignment = s.vAlign === "top" ? "Top" : s.vAlign === "center" ? "Center" : "Bottom";
      // A single value is applied to every cell of the range (Office.js: "If the argument is a single value, it will be applied to all cells").
      if (s.numberFormat !== undefined) range.numberFormat = s.numberFormat as unknown as string[][];
      if (s.border) {
        const edges: string[] = [...EDGES];
        if (h > 1) edges.push("InsideHorizontal");
        if (w > 1) edges.push("InsideVertical");
        for (const edge of edges) {
          const border = range.format.borders.getItem(edge as Excel.BorderIndex);
          border.style = "Continuous";
          border.weight = "Thin";
          border.color = "#000000";
        }
      }
    },
  };
}

/** Runs of equal values: [start, length, value]. */
function runs(values: readonly (number | null)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < values.length; ) {
    const v = values[i];
    let j = i + 1;
    while (j < values.length && values[j] === v) j++;
    if (v !== null && v > 0) out.push([i, j - i, v]);
    i = j;
  }
  return out;
}

export function sheetSteps(sheet: ReportSheet, ws: () => Excel.Worksheet, features: HostFeatures): Step[] {
  const steps: Step[] = valueSteps(sheet.rows, sheetWidth(sheet), ws);
  for (const block of sheet.blocks) steps.push(blockStep(block, ws));
  for (const m of sheet.merges) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1]) + callCost("merge", [false]),
      run: () => ws().getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false),
    });
  }
  for (const [col, n, chars] of runs(sheet.columnWidths)) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [0, col, 1, n]) + propertyObjectCost("format") + setCost("columnWidth", numberBytes(columnWidthPoints(chars))),
      run: () => void (ws().getRangeByIndexes(0, col, 1, n).format.columnWidth = columnWidthPoints(chars)),
    });
  }
  for (const [row, n, points] of runs(sheet.rowHeights)) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [row, 0, n, 1]) + propertyObjectCost("format") + setCost("rowHeight", numberBytes(points)),
      run: () => void (ws().getRangeByIndexes(row, 0, n, 1).format.rowHeight = points),
    });
  }
  for (const link of sheet.links) {
    const shown = link.row < sheet.rows.length ? sheet.rows.row(link.row)[link.col] : undefined;
    const hyperlink: Excel.RangeHyperlink = { documentReference: documentReference(link.target) };
    // textToDisplay becomes the cell's text: only for text cells, so a number stays a number.
    if (typeof shown === "string") hyperlink.textToDisplay = shown;
    steps.push({
      bytes: rangeCost("getCell", [link.row, link.col]) + setCost("hyperlink", jsonValueBytes(hyperlink)),
      run: () => void (ws().getCell(link.row, link.col).hyperlink = hyperlink),
    });
  }
  if (sheet.freezeRows > 0) steps.push({ bytes: propertyObjectCost("freezePanes") + callCost("freezeRows", [sheet.freezeRows]), run: () => ws().freezePanes.freezeRows(sheet.freezeRows) });
  if (features.pageLayout) {
    const p = sheet.print;
    steps.push({
      bytes:
        propertyObjectCost("pageLayout") +
        setCost("orientation", jsonStringBytes("Landscape")) +
        setCost("paperSize", jsonStringBytes("A4")) +
        setCost("zoom", jsonValueBytes({ horizontalFitToPages: 1, verticalFitToPages: 0 })) +
        (p.repeatRows ? callCost("setPrintTitleRows", [printTitleRows(p.repeatRows.top, p.repeatRows.bottom)]) : 0),
      run: () => {
        const layout = ws().pageLayout;
        layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = "A4";
        // Fit all columns on one page width, as many pages tall as needed.
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (p.repeatRows) layout.setPrintTitleRows(printTitleRows(p.repeatRows.top, p.repeatRows.bottom));
      },
    });
  }
  return steps;
}
