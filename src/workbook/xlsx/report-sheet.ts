/**
 * One ReportSheet → worksheet XML: folds its style blocks into cell styles
 * (registered in the workbook's styles.xml), checks its merges, and turns
 * its links into in-workbook hyperlinks.
 */
import { splitAddress, type MergedArea } from "../../core/grid";
import type { ReportSheet, ReportValue } from "../../core/report/model";
import { XlsxError } from "./errors";
import type { OoxmlFlavour } from "./namespaces";
import { quotedSheetName } from "./sheet-name";
import { worksheetBlocks, type SheetLink } from "./sheet-xml";
import { foldBlocks } from "./style-fold";
import type { StyleSheetWriter } from "./styles-write";

/** A4 in SpreadsheetML's paper size list. */
export const PAPER_A4 = 9;

/** Overlapping merged areas make Excel "repair" the file: refuse them here. */
function checkMerges(sheet: ReportSheet): void {
  const merges = sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length < 2) return;
  let cols = 0;
  let rows = 0;
  for (const m of merges) {
    cols = Math.max(cols, m.right + 1);
    rows = Math.max(rows, m.bottom + 1);
  }
  const taken = new Uint8Array(rows * cols);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (taken[r * cols + c] !== 0) throw new XlsxError("invalid-report", overlapMessage(m), sheet.name);
        taken[r * cols + c] = 1;
      }
    }
  }
}

function overlapMessage(m: MergedArea): string {
  return `merged area rows ${m.top}-${m.bottom} cols ${m.left}-${m.right} overlaps another`;
}

/** `取組一覧!H12` → `'取組一覧'!H12` (Excel accepts the quoted form for every name). */
export function linkLocation(target: string): string {
  const split = splitAddress(target);
  return split === null ? target : quotedSheetName(split.sheet) + "!" + split.cell;
}

/** The report sheet's part (with `<drawing r:id>` when its chart's drawing has that relationship id), as UTF-8 bytes in blocks (report sheets can be tens of megabytes: they are never joined). */
export function reportSheetXml(
  sheet: ReportSheet,
  styles: StyleSheetWriter,
  flavour: OoxmlFlavour,
  drawingRelId?: string,
  onBlock?: (block: Uint8Array) => void,
): Uint8Array[] {
  checkMerges(sheet);
  const folded = foldBlocks(sheet.blocks, sheet.rows.length, sheet.rows.width);
  const xfOf = folded.styles.map((s, i) => (i === 0 ? 0 : styles.xfFor(s)));
  const ids = new Int32Array(folded.ids.length);
  for (let k = 0; k < ids.length; k++) ids[k] = xfOf[folded.ids[k]];

  const links: SheetLink[] = sheet.links.map((l) => {
    const v = l.row < sheet.rows.length ? sheet.rows.row(l.row)[l.col] : undefined;
    return { row: l.row, col: l.col, location: linkLocation(l.target), display: typeof v === "string" ? v : undefined };
  });
  return worksheetBlocks({
    rows: sheet.rows,
    styles: { ids, rows: folded.rows, cols: folded.cols },
    columnWidths: sheet.columnWidths,
    // The rows handed back are sheet.rows' own (see worksheetXml), so they are ReportValue rows.
    rowHeights: { length: sheet.rowHeights.length, at: (i, row) => sheet.rowHeights.at(i, row as readonly ReportValue[] | undefined) },
    merges: sheet.merges,
    links,
    freezeRows: sheet.freezeRows,
    print: { orientation: sheet.print.orientation, paperSize: PAPER_A4, fitToWidth: sheet.print.fitToWidth },
    flavour,
    drawingRelId,
  }, onBlock);
}

/** `'進捗集計'!$5:$5` for rows 4..4 (0-based): absolute rows, as Excel writes print titles. */
export function printTitlesFormula(name: string, top: number, bottom: number): string {
  return `${quotedSheetName(name)}!$${top + 1}:$${bottom + 1}`;
}
