/**
 * One ReportSheet as Office.js operations on a (new, empty) worksheet, as
 * Steps: values first (one `range.values =` for the whole rectangle; row
 * chunks of at most VALUES_CHUNK_BYTES when larger, so that requests can be
 * kept under the budget), then each StyledBlock as a whole (never per cell;
 * stacked equal blocks as one, coalesce.ts), merges (one-row ones on
 * consecutive rows as one `merge(true)`), column widths and row heights (runs of equal ones together), links,
 * frozen rows and, when the host has ExcelApi 1.9, print setup; last the
 * sheet's chart, if any (render-chart.ts).
 *
 * Links: with ExcelApi 1.9 one `range.setCellProperties([[{ hyperlink }], ...])`
 * per block of rows of a column (rows without a link in between get `{}`,
 * which sets nothing), in blocks of at most LINKS_CHUNK_BYTES; without it one
 * `getCell(r, c).hyperlink =` per link (~500 request bytes each, against
 * ~100 for a row of a block).
 */
import type { RowSource } from "../../core/grid";
import { heightsToArray, type CellStyle, type ReportLink, type ReportSheet, type StyledBlock } from "../../core/report/model";
import { documentReference, printTitleRows } from "./addresses";
import { excelValue } from "./cell-text";
import type { WriteFeatures } from "./features";
import { MB, jsonNumberBytes, jsonStringBytes, jsonValueBytes, rowJsonBytes } from "./payload";
import { callCost, indexerCost, propertyObjectCost, rangeCost, setCost } from "./request-cost";
import type { Step } from "./steps";
import { chartSteps } from "./render-chart";
import { joinBlocks, joinMerges } from "./coalesce";
import { columnWidthPoints } from "./units";

/** Largest piece of one sheet's values per operation (keeps requests packable under the budget). */
export const VALUES_CHUNK_BYTES = MB / 4;
/** Largest setCellProperties argument of one links statement (well under the budget, so requests still pack full). */
export const LINKS_CHUNK_BYTES = MB / 4;
/**
 * Rows without a link bridged inside one links block (`[{}]`, 5 bytes each)
 * rather than starting a new range (~350 bytes); a longer gap starts a new block.
 */
export const LINK_GAP_ROWS = 64;

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
  if (s.fontSize !== undefined) bytes += setCost("size", jsonNumberBytes(s.fontSize));
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

/** The hyperlink of one link: in-document target; textToDisplay only for text cells, so that a number stays a number. */
function hyperlinkOf(sheet: ReportSheet, link: ReportLink): Excel.RangeHyperlink {
  const shown = link.row < sheet.rows.length ? sheet.rows.row(link.row)[link.col] : undefined;
  const hyperlink: Excel.RangeHyperlink = { documentReference: documentReference(link.target) };
  if (typeof shown === "string") hyperlink.textToDisplay = shown;
  return hyperlink;
}

/** One link as its own statement (ExcelApi 1.7). */
function linkCellStep(sheet: ReportSheet, link: ReportLink, ws: () => Excel.Worksheet): Step {
  const hyperlink = hyperlinkOf(sheet, link);
  return {
    bytes: rangeCost("getCell", [link.row, link.col]) + setCost("hyperlink", jsonValueBytes(hyperlink)),
    run: () => void (ws().getCell(link.row, link.col).hyperlink = hyperlink),
  };
}

/**
 * A merged area covers a cell of column `col` between rows `from` and `to`:
 * a block never spans unlinked merged cells, so that it touches no more of a
 * merged area than the per-cell statements would.
 */
function mergedBetween(sheet: ReportSheet, col: number, from: number, to: number): boolean {
  return from <= to && sheet.merges.some((m) => m.left <= col && col <= m.right && m.top <= to && m.bottom >= from);
}

/** A row of a links block without a link: sets nothing. */
const NO_LINK: Excel.SettableCellProperties = {};
const NO_LINK_ROW_BYTES = jsonValueBytes([NO_LINK]) + 1;

/**
 * The links as setCellProperties over blocks of consecutive rows of one column
 * (ExcelApi 1.9): a block ends at a gap of more than LINK_GAP_ROWS rows
 * without a link, at a gap crossing a merged area, or when its argument would
 * pass LINKS_CHUNK_BYTES. The same cell linked twice keeps the later link,
 * as the per-cell statements do.
 */
function linkBlockSteps(sheet: ReportSheet, ws: () => Excel.Worksheet): Step[] {
  const byColumn = new Map<number, ReportLink[]>();
  for (const link of sheet.links) {
    const list = byColumn.get(link.col);
    if (list) list.push(link);
    else byColumn.set(link.col, [link]);
  }
  const steps: Step[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    // Stable: of two links on one cell the later stays last.
    const links = byColumn.get(col)!.slice().sort((a, b) => a.row - b.row);
    let top = 0;
    let cells: Excel.SettableCellProperties[][] = [];
    // JSON bytes of `cells`: its brackets, and each row with a comma (one too many: never below).
    let bytes = 2;
    const flush = (): void => {
      if (cells.length === 0) return;
      const [from, block, size] = [top, cells, bytes];
      steps.push({
        // setCellProperties(cells): callCost with no arguments is the action without them; `cells` is its one argument.
        bytes: rangeCost("getRangeByIndexes", [from, col, block.length, 1]) + callCost("setCellProperties", []) + size,
        run: () => ws().getRangeByIndexes(from, col, block.length, 1).setCellProperties(block),
      });
      cells = [];
      bytes = 2;
    };
    for (const link of links) {
      const cell: Excel.SettableCellProperties[] = [{ hyperlink: hyperlinkOf(sheet, link) }];
      const rowBytes = jsonValueBytes(cell) + 1;
      if (cells.length > 0) {
        const next = top + cells.length;
        if (link.row < next) {
          // The same cell again: the later link replaces the earlier.
          bytes += rowBytes - (jsonValueBytes(cells[link.row - top]) + 1);
          cells[link.row - top] = cell;
          continue;
        }
        const gap = link.row - next;
        if (gap > LINK_GAP_ROWS || bytes + gap * NO_LINK_ROW_BYTES + rowBytes > LINKS_CHUNK_BYTES || mergedBetween(sheet, col, next, link.row - 1)) flush();
        else
          for (let i = 0; i < gap; i++) {
            cells.push([NO_LINK]);
            bytes += NO_LINK_ROW_BYTES;
          }
      }
      if (cells.length === 0) top = link.row;
      cells.push(cell);
      bytes += rowBytes;
    }
    flush();
  }
  return steps;
}

/**
 * `join`: stacked equal blocks and one-row merges of the same columns sent as
 * one operation each (coalesce.ts); false only to compare against (tests).
 */
export function sheetSteps(sheet: ReportSheet, ws: () => Excel.Worksheet, features: WriteFeatures, join = true): Step[] {
  const steps: Step[] = valueSteps(sheet.rows, sheetWidth(sheet), ws);
  for (const block of join ? joinBlocks(sheet.blocks) : sheet.blocks) steps.push(blockStep(block, ws));
  for (const m of join ? joinMerges(sheet.merges) : sheet.merges.map((a) => ({ ...a, across: false }))) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1]) + callCost("merge", [m.across]),
      run: () => ws().getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(m.across),
    });
  }
  for (const [col, n, chars] of runs(sheet.columnWidths)) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [0, col, 1, n]) + propertyObjectCost("format") + setCost("columnWidth", jsonNumberBytes(columnWidthPoints(chars))),
      run: () => void (ws().getRangeByIndexes(0, col, 1, n).format.columnWidth = columnWidthPoints(chars)),
    });
  }
  // Every row's height (lazily built rows are built once more here to count theirs: round trips, not this, bound the add-in).
  for (const [row, n, points] of runs(heightsToArray(sheet.rowHeights))) {
    steps.push({
      bytes: rangeCost("getRangeByIndexes", [row, 0, n, 1]) + propertyObjectCost("format") + setCost("rowHeight", jsonNumberBytes(points)),
      run: () => void (ws().getRangeByIndexes(row, 0, n, 1).format.rowHeight = points),
    });
  }
  if (features.cellProperties) steps.push(...linkBlockSteps(sheet, ws));
  else for (const link of sheet.links) steps.push(linkCellStep(sheet, link, ws));
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
  steps.push(...chartSteps(sheet, ws, features.chartLabelFormat));
  return steps;
}
