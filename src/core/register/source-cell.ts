/**
 * SourceCells as the reader makes them. A register may hold millions of
 * cells and only the few that end up in a finding ever need their address, so
 * the address is computed when asked for (a getter) instead of being stored:
 * building and keeping millions of `取組一覧!H12` strings cost more than the
 * whole rest of the reading.
 *
 * The getter lives on the prototype: `cell.address` and JSON.stringify (toJSON)
 * give it, but an object spread (`{...cell}`) or a deep-equality check against
 * a plain object does not see it — copy a cell with toPlainCell.
 */
import { cellAddress, type CellValue } from "../grid";
import type { SourceCell } from "./types";

export interface CellFactory {
  /** A cell at 0-based absolute sheet coordinates. */
  (value: CellValue, format: string | null, row: number, col: number): SourceCell;
}

/** A maker of SourceCells of one sheet (one class per sheet, so no cell carries its sheet name). */
export function sourceCellsOf(sheet: string): CellFactory {
  class RegisterCell implements SourceCell {
    constructor(
      readonly value: CellValue,
      readonly format: string | null,
      readonly row: number,
      readonly col: number,
    ) {}

    get address(): string {
      return cellAddress(sheet, this.row, this.col);
    }

    toJSON(): SourceCell {
      return toPlainCell(this);
    }
  }
  return (value, format, row, col) => new RegisterCell(value, format, row, col);
}

/** A plain-object copy of a cell, address included. */
export function toPlainCell(cell: SourceCell): SourceCell {
  return { value: cell.value, format: cell.format, address: cell.address, row: cell.row, col: cell.col };
}
