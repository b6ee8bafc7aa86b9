/**
 * Writes one worksheet part from values and layout. Shared by the report
 * writer and the new-workbook writer.
 *
 * Strings are inline strings (`t="inlineStr"`): no shared-string table to
 * merge into the user's, and a string starting with `=` stays text — nothing
 * here ever writes a formula. An empty string is written as an empty cell.
 *
 * Column widths are written as given, in the file's own unit (what exceljs
 * writes too): Excel shows about 0.7 less in its column-width dialog.
 */
import { columnLetters, isCellError, type CellValue, type MergedArea, type RowSource } from "../../core/grid";
import { TRANSITIONAL, type OoxmlFlavour } from "./namespaces";
import { escapeAttr, escapeOoxmlString, escapeXml } from "./xml";
import { XmlSink } from "./xml-sink";

/** Cell style indices (cellXfs) for a rectangle from A1; 0 = the workbook's default style. */
export interface CellStyleIds {
  readonly ids: Int32Array;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetLink {
  readonly row: number;
  readonly col: number;
  /** In-workbook target as Excel writes it in `location`: `'取組一覧'!H12`. */
  readonly location: string;
  readonly display?: string;
}

export interface SheetPrint {
  readonly orientation: "portrait" | "landscape";
  /** A4 (paperSize 9). */
  readonly paperSize: number;
  /** Fit all columns on one page width, as many pages tall as needed. */
  readonly fitToWidth: boolean;
}

export interface WorksheetSpec {
  /** Values from A1; rows may be ragged. Each row is read once, in order. */
  readonly rows: RowSource<CellValue>;
  readonly styles?: CellStyleIds;
  /** Widths from column A; null/NaN/negative entries are left at the default. */
  readonly columnWidths?: readonly (number | null)[];
  /**
   * Heights in points from row 1 (null = automatic), read once per row in
   * order; `row` is row i just read from `rows`, when it is one of them (a height may be counted from its texts).
   */
  readonly rowHeights?: { readonly length: number; at(i: number, row?: readonly CellValue[]): number | null };
  readonly merges?: readonly MergedArea[];
  readonly links?: readonly SheetLink[];
  /** Rows frozen at the top (0 = none). */
  readonly freezeRows?: number;
  readonly print?: SheetPrint | null;
  readonly flavour?: OoxmlFlavour;
  /** The sheet's relationship id of its drawing (a chart), if it has one. */
  readonly drawingRelId?: string;
}

/** A number as an xsd:double; null when it cannot be one. */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return Object.is(n, -0) ? "0" : String(n);
}

/** Called as functions, not as `s.charCodeAt`: see xml.ts charCodeAt (this module's own constants, as they must be). */
const charCodeAt = String.prototype.charCodeAt;
const indexOf = String.prototype.indexOf;

function needsPreserve(s: string): boolean {
  const first = charCodeAt.call(s, 0);
  const last = charCodeAt.call(s, s.length - 1);
  return first === 32 || first === 9 || first === 10 || last === 32 || last === 9 || last === 10 || indexOf.call(s, "\n") >= 0;
}

/**
 * What follows a cell's row number, up to its value, for one style and each
 * kind of value (`" s="5" t="inlineStr"><is><t>`): the `r` attribute's
 * closing quote, the style, the type and the value's opening tags.
 */
interface CellTails {
  readonly empty: string;
  readonly text: string;
  readonly preservedText: string;
  readonly number: string;
  readonly boolean: string;
  readonly error: string;
}

function cellTails(style: number): CellTails {
  const s = style > 0 ? `" s="${style}"` : '"';
  return {
    empty: s + "/>",
    text: s + ' t="inlineStr"><is><t>',
    preservedText: s + ' t="inlineStr"><is><t xml:space="preserve">',
    number: s + "><v>",
    boolean: s + ' t="b"><v>',
    error: s + ' t="e"><v>',
  };
}

/**
 * A sheet's cells are written from pieces made once: `<c r="H` per column,
 * the tails per style. A cell is then a few strings joined instead of a dozen
 * (a fifth less time writing a 60 k-row report's sheets: docs/xlsx-package.md).
 */
class CellPieces {
  private readonly opens: string[] = [];
  private readonly tails: CellTails[] = [];

  /** `<c r="H` for column 7. */
  open(col: number): string {
    while (this.opens.length <= col) this.opens.push('<c r="' + columnLetters(this.opens.length));
    return this.opens[col];
  }

  tailsOf(style: number): CellTails {
    return (this.tails[style] ??= cellTails(style));
  }
}

/** The cell's XML (`open` + the row number start it: `<c r="H12`), or "" when it holds nothing and has no style. */
function cellXml(open: string, value: CellValue, style: number, tails: CellTails): string {
  if (value === null || value === "") return style > 0 ? open + tails.empty : "";
  if (typeof value === "string") {
    return open + (needsPreserve(value) ? tails.preservedText : tails.text) + escapeOoxmlString(value) + "</t></is></c>";
  }
  if (typeof value === "number") {
    const text = numberText(value);
    return text === null ? open + tails.error + "#NUM!</v></c>" : open + tails.number + text + "</v></c>";
  }
  if (typeof value === "boolean") return open + tails.boolean + (value ? "1" : "0") + "</v></c>";
  if (isCellError(value)) return open + tails.error + escapeXml(value.error) + "</v></c>";
  return "";
}

function ref(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

function colsXml(widths: readonly (number | null)[]): string {
  const parts: string[] = [];
  for (let c = 0; c < widths.length; ) {
    const w = widths[c];
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    if (w !== null && Number.isFinite(w) && w >= 0) {
      parts.push(`<col min="${c + 1}" max="${end + 1}" width="${w}" customWidth="1"/>`);
    }
    c = end + 1;
  }
  return parts.length === 0 ? "" : "<cols>" + parts.join("") + "</cols>";
}

function sheetViewXml(freezeRows: number): string {
  if (freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = "A" + (freezeRows + 1);
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

/** The rows of sheetData, written into `sink`; returns the last row and column holding something (-1: none). */
function writeRows(sink: XmlSink, spec: WorksheetSpec): { lastRow: number; lastCol: number } {
  const rows = spec.rows;
  const styles = spec.styles;
  const heights = spec.rowHeights;
  const rowCount = Math.max(rows.length, styles?.rows ?? 0, heights?.length ?? 0);
  let lastRow = -1;
  let lastCol = -1;
  const pieces = new CellPieces();
  for (let r = 0; r < rowCount; r++) {
    const values = r < rows.length ? rows.row(r) : [];
    const width = Math.max(values.length, styles !== undefined && r < styles.rows ? styles.cols : 0);
    let cells = "";
    const rowNo = String(r + 1);
    for (let c = 0; c < width; c++) {
      const v = c < values.length ? values[c] : null;
      const s = styles !== undefined && r < styles.rows && c < styles.cols ? styles.ids[r * styles.cols + c] : 0;
      const x = cellXml(pieces.open(c) + rowNo, v ?? null, s, pieces.tailsOf(s));
      if (x !== "") {
        cells += x;
        if (c > lastCol) lastCol = c;
      }
    }
    // The row just read is handed over only when it is one of `rows` (past them, the height is asked for alone).
    const h = heights === undefined || r >= heights.length ? null : r < rows.length ? heights.at(r, values) : heights.at(r);
    const ht = h !== null && h !== undefined && Number.isFinite(h) && h >= 0 ? ` ht="${h}" customHeight="1"` : "";
    if (cells === "" && ht === "") continue;
    if (lastRow < 0) sink.write("<sheetData>");
    lastRow = r;
    sink.write(cells === "" ? `<row r="${rowNo}"${ht}/>` : `<row r="${rowNo}"${ht}>${cells}</row>`);
  }
  sink.write(lastRow < 0 ? "<sheetData/>" : "</sheetData>");
  return { lastRow, lastCol };
}

/** What follows sheetData: merges, hyperlinks, print settings, the drawing. */
function writeTail(sink: XmlSink, spec: WorksheetSpec): void {
  // Single cells are not merges (Excel reports a one-cell merge as damage).
  const merges = (spec.merges ?? []).filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length > 0) {
    sink.write(`<mergeCells count="${merges.length}">`);
    for (const m of merges) sink.write(`<mergeCell ref="${ref(m.top, m.left)}:${ref(m.bottom, m.right)}"/>`);
    sink.write("</mergeCells>");
  }

  // One hyperlink per cell (the last one given wins); in-workbook links need no relationship.
  const links = new Map<string, SheetLink>();
  for (const l of spec.links ?? []) links.set(ref(l.row, l.col), l);
  if (links.size > 0) {
    sink.write("<hyperlinks>");
    for (const [cell, l] of links) {
      const display = l.display !== undefined && l.display !== "" ? ` display="${escapeAttr(l.display)}"` : "";
      sink.write(`<hyperlink ref="${cell}" location="${escapeAttr(l.location)}"${display}/>`);
    }
    sink.write("</hyperlinks>");
  }

  if (spec.print) {
    // Excel's default ("標準") margins, in inches.
    sink.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    const fit = spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
    sink.write(`<pageSetup paperSize="${spec.print.paperSize}" orientation="${spec.print.orientation}"${fit}/>`);
  }
  // After pageSetup (and headerFooter, breaks, ignoredErrors, none written here), as CT_Worksheet orders them.
  if (spec.drawingRelId !== undefined) sink.write(`<drawing r:id="${escapeAttr(spec.drawingRelId)}"/>`);
  sink.write("</worksheet>");
}

/**
 * The worksheet part as UTF-8 bytes, in blocks of about 1 MiB. The rows are
 * written before the head, which needs their extent (`<dimension>`): head and
 * body go to two sinks.
 */
export function worksheetBlocks(spec: WorksheetSpec, onBlock?: (block: Uint8Array) => void): Uint8Array[] {
  const flavour = spec.flavour ?? TRANSITIONAL;
  const body = new XmlSink(onBlock);
  const { lastRow, lastCol } = writeRows(body, spec);
  writeTail(body, spec);
  const head = new XmlSink();
  head.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  head.write(`<worksheet xmlns="${flavour.main}" xmlns:r="${flavour.relationships}">`);
  if (spec.print?.fitToWidth) head.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  head.write(`<dimension ref="${lastRow < 0 || lastCol < 0 ? "A1" : "A1:" + ref(lastRow, lastCol)}"/>`);
  head.write(sheetViewXml(spec.freezeRows ?? 0));
  head.write(colsXml(spec.columnWidths ?? []));
  return XmlSink.blocks([head, body]);
}

/** The worksheet part as text (small sheets: new workbooks, tests). */
export function worksheetXml(spec: WorksheetSpec): string {
  const decoder = new TextDecoder();
  const blocks = worksheetBlocks(spec);
  return blocks.map((b, i) => decoder.decode(b, { stream: i < blocks.length - 1 })).join("");
}
