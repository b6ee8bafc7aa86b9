/**
 * Structural checks every generated sheet must pass, whatever its content:
 * used by the per-sheet tests and by the property test. Returns the problems
 * found (empty = fine) so a failing case says what is wrong.
 */
import { heightsToArray, rowsToArray } from "../../../src/core/report/model";
import type { MergedArea } from "../../../src/core/grid";
import type { ReportSheet } from "../../../src/core/report/model";

function within(a: MergedArea, rows: number, cols: number): boolean {
  return a.top >= 0 && a.left >= 0 && a.top <= a.bottom && a.left <= a.right && a.bottom < rows && a.right < cols;
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sheetProblems(sheet: ReportSheet): string[] {
  const problems: string[] = [];
  const rows = sheet.rows.length;
  const cols = sheet.columnWidths.length;
  const where = (what: string, a: MergedArea): string => `${what} ${JSON.stringify(a)} outside ${rows}×${cols}`;

  rowsToArray(sheet.rows).forEach((row, r) => {
    if (row.length > cols) problems.push(`row ${r} has ${row.length} cells, only ${cols} column widths`);
    row.forEach((v, c) => {
      if (v !== null && typeof v !== "string" && typeof v !== "number") problems.push(`cell ${r},${c} is ${typeof v}`);
      if (typeof v === "number" && !Number.isFinite(v)) problems.push(`cell ${r},${c} is ${v}`);
    });
  });
  sheet.columnWidths.forEach((w, c) => {
    if (!(w > 0 && w <= 255)) problems.push(`column ${c} width ${w}`);
  });
  if (sheet.rowHeights.length !== rows) problems.push(`${sheet.rowHeights.length} row heights for ${rows} rows`);
  heightsToArray(sheet.rowHeights).forEach((h, r) => {
    if (h !== null && !(h > 0 && h <= 409)) problems.push(`row ${r} height ${h}`);
  });
  for (const m of sheet.merges) if (!within(m, rows, cols)) problems.push(where("merge", m));
  for (const m of sheet.merges) if (m.top === m.bottom && m.left === m.right) problems.push(`single-cell merge ${JSON.stringify(m)}`);
  for (let i = 0; i < sheet.merges.length; i++) {
    for (let j = i + 1; j < sheet.merges.length; j++) {
      if (overlaps(sheet.merges[i], sheet.merges[j])) {
        problems.push(`merges overlap: ${JSON.stringify(sheet.merges[i])} ${JSON.stringify(sheet.merges[j])}`);
      }
    }
  }
  // Only the top-left cell of a merged area may hold a value (hosts drop the rest).
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const v = sheet.rows.row(r)?.[c];
        if (v !== null && v !== undefined && v !== "") problems.push(`value ${JSON.stringify(v)} inside merge at ${r},${c}`);
      }
    }
  }
  for (const b of sheet.blocks) if (!within(b, rows, cols)) problems.push(where("block", b));
  for (const l of sheet.links) {
    if (!(l.row >= 0 && l.row < rows && l.col >= 0 && l.col < cols)) problems.push(`link ${JSON.stringify(l)} outside`);
    if (l.target === "") problems.push(`empty link target at ${l.row},${l.col}`);
  }
  const rr = sheet.print.repeatRows;
  if (rr !== null && !(rr.top >= 0 && rr.top <= rr.bottom && rr.bottom < rows)) problems.push(`repeatRows ${JSON.stringify(rr)}`);
  if (sheet.print.paper !== "A4" || sheet.print.fitToWidth !== true) problems.push("print is not A4 fit to width");
  if (!(sheet.freezeRows >= 0 && sheet.freezeRows <= rows)) problems.push(`freezeRows ${sheet.freezeRows}`);
  if (sheet.name === "" || sheet.name.length > 31 || /[\\/?*[\]:]/.test(sheet.name)) problems.push(`sheet name ${sheet.name}`);
  return problems;
}

/** Every cell of a rectangle is covered by at least one block with this style property set. */
export function covered(
  sheet: ReportSheet,
  area: MergedArea,
  has: (style: ReportSheet["blocks"][number]["style"]) => boolean,
): boolean {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (!sheet.blocks.some((b) => has(b.style) && b.top <= r && r <= b.bottom && b.left <= c && c <= b.right)) return false;
    }
  }
  return true;
}

/** The style a cell ends up with: blocks applied in order, later ones winning per property. */
export function styleAt(sheet: ReportSheet, row: number, col: number): ReportSheet["blocks"][number]["style"] {
  let style = {};
  for (const b of sheet.blocks) {
    if (b.top <= row && row <= b.bottom && b.left <= col && col <= b.right) style = { ...style, ...b.style };
  }
  return style;
}

/** Index of the first row whose first cell equals `text`; -1 when none. */
export function rowStarting(sheet: ReportSheet, text: string | number): number {
  return rowsToArray(sheet.rows).findIndex((row) => row[0] === text);
}
