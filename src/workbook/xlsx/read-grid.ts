/**
 * Reading a worksheet into a Grid, and listing the sheets. The parts of the
 * reading, each of one job:
 * - sheet-scan.ts: the scan of `<sheetData>` (rows, cells, their children);
 * - tag-attributes.ts: a start tag's attributes, one loop for rows and cells;
 * - cell-ref.ts: cell references and indexes, bounded by Excel's limits;
 * - cell-value.ts: a cell's value from its type and `<v>`;
 * - grid-builder.ts: values and formats collected into the Grid;
 * - sheet-areas.ts: merged areas and tables' totals rows.
 *
 * Decisions where the contract is silent:
 * - grid.top/left are the first row and column holding a value, not
 *   `<dimension>` (writers leave it stale, or write A1 whatever the content),
 *   and not formatted-but-empty cells (whole formatted columns would make
 *   grids a million rows tall). Rows end at their last value.
 * - numberFormats exists only when some cell with a value has a format other
 *   than General; it then has exactly the shape of values, with null for
 *   General. The engine reads a missing format and null alike.
 * - merges: every merged area of the sheet (absolute), also outside the grid.
 * - the totals row of an Excel table (ListObject, `totalsRowCount` of its
 *   table part) is not read: it sums the rows above it (`計`, SUBTOTAL(...))
 *   and is no data of its own; read, it would be one more item or indicator.
 */
import type { Grid } from "../../core/grid";
import { GENERATED_MARKER_NAME } from "../../core/report/model";
import { damagedPart } from "./damaged";
import { XlsxError } from "./errors";
import { GridBuilder } from "./grid-builder";
import type { XlsxPackage } from "./package";
import { readMerges, totalsRows } from "./sheet-areas";
import { SheetScanner } from "./sheet-scan";
import { sheetByName, workbookOf, type SheetKind } from "./workbook";
import { findStartTag, prefixOf, tagEnd } from "./xml";

export interface SheetListing {
  readonly name: string;
  /** Carries the worksheet-scoped defined name GENERATED_MARKER_NAME: written by shinchoku. */
  readonly generated: boolean;
  /** Hidden or very hidden. */
  readonly hidden: boolean;
  /** Only worksheets have cells; the others are listed because their names are taken. */
  readonly kind: SheetKind;
}

/** Every sheet in tab order (what placeReportSheets needs, plus visibility). */
export function listSheets(pkg: XlsxPackage): SheetListing[] {
  const wb = workbookOf(pkg);
  const marker = GENERATED_MARKER_NAME.toUpperCase();
  const marked = new Set<number>();
  for (const n of wb.definedNames) {
    if (n.localSheetId !== null && n.name.toUpperCase() === marker) marked.add(n.localSheetId);
  }
  return wb.sheets.map((s) => ({
    name: s.name,
    generated: marked.has(s.index),
    hidden: s.state !== "visible",
    kind: s.kind,
  }));
}

export interface ReadGridOptions {
  /**
   * Read at most this many rows, counted from the first row holding a value
   * (e.g. 20 to find a header row without reading 100 000 rows).
   */
  readonly maxRows?: number;
}

/** Reads one worksheet's cell values (cached results for formulas), number formats and merged areas. */
export function readGrid(pkg: XlsxPackage, sheetName: string, opts: ReadGridOptions = {}): Grid {
  const entry = sheetByName(pkg, sheetName);
  if (entry.kind !== "worksheet") {
    throw new XlsxError("not-a-worksheet", entry.name + " is a " + entry.kind + ", not a worksheet", entry.name);
  }
  const xml = entry.path === null ? undefined : pkg.text(entry.path);
  if (xml === undefined) throw new XlsxError("not-a-worksheet", "the part of sheet " + entry.name + " is missing", entry.name);
  const part = entry.path as string;
  const p = prefixOf(xml, "worksheet");
  const { from, to } = sheetDataRange(xml, p, part);
  const maxRows = opts.maxRows !== undefined && opts.maxRows >= 0 ? opts.maxRows : Infinity;
  const skipped = totalsRows(pkg, part, xml, p, to);
  const grid = new GridBuilder();
  const input = { pkg, sheet: entry.name, part, xml, prefix: p, date1904: workbookOf(pkg).date1904, maxRows, skipped };
  if (maxRows > 0) new SheetScanner(input, grid).scan(from, to);
  return grid.build(entry.name, readMerges(xml, p, to, entry.name, part));
}

/** The content of `<sheetData>` (empty when it is self-closing or absent: a sheet without cells). */
function sheetDataRange(xml: string, p: string, part: string): { from: number; to: number } {
  const start = findStartTag(xml, p + "sheetData");
  if (start < 0) return { from: xml.length, to: xml.length };
  const openEnd = tagEnd(xml, start);
  if (xml.charCodeAt(openEnd - 2) === 47) return { from: openEnd, to: openEnd }; // <sheetData/>
  const close = sheetDataEnd(xml, "</" + p + "sheetData>", openEnd);
  if (close < 0) throw damagedPart(part, xml, start, "sheetData without its end tag");
  return { from: openEnd, to: close };
}

/**
 * The offset of sheetData's end tag. It stands near the end of the part, and
 * a large register's part is long: looked for from the end first. The last
 * one found is the end tag unless what follows it shows it may stand inside
 * a comment, CDATA section or processing instruction (one starts or ends
 * there), or inside an extension (`extLst`, `mc:AlternateContent`) whose
 * foreign content may have elements of that name; then it is looked for
 * forward from the start tag, as before.
 */
function sheetDataEnd(xml: string, closeTag: string, openEnd: number): number {
  const last = xml.lastIndexOf(closeTag);
  if (last < openEnd) return -1;
  const tail = xml.slice(last + closeTag.length);
  if (!/<[!?]|-->|]]>|\?>|extLst|AlternateContent/.test(tail)) return last;
  return xml.indexOf(closeTag, openEnd);
}
