/** Plain copies of SourceCells (a cell handed out by Entries may be refilled on the next read). */
import type { SourceCell } from "./types";

/** A plain-object copy of a cell, address included. */
export function toPlainCell(cell: SourceCell): SourceCell {
  return { value: cell.value, format: cell.format, address: cell.address, row: cell.row, col: cell.col };
}
