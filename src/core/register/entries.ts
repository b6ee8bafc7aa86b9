/**
 * The two stores behind Entries (types.ts), and the one way from either to
 * plain objects.
 *
 * - The register reader's (SheetCells, sheet-cells.ts): row numbers into the
 *   grid it read, cells read from the grid when asked for. A register of
 *   100,000 rows holds over a million non-blank cells: an object each cost
 *   more than the rest of the engine (see docs/engine.md).
 * - Plain items (ItemEntries, here): a register built as objects, by a test
 *   or a host that has no grid.
 *
 * Which store a register has is chosen where it is made (readRegister,
 * registerOfItems); nobody reading it can tell or needs to.
 */
import type { CellValue } from "../grid";
import { displayText } from "../values/text";
import { INDICATOR_COLUMNS, ITEM_COLUMNS } from "./aliases";
import { toPlainCell } from "./source-cell";
import type { Entries, IndicatorCells, IndicatorColumn, ItemColumn, Register, RegisterItem, SourceCell } from "./types";

/** Entries over plain RegisterItems: every read is a property look-up. */
class ItemEntries implements Entries {
  constructor(private readonly items: readonly RegisterItem[]) {}

  get count(): number {
    return this.items.length;
  }
  row(i: number): number {
    return this.items[i].row;
  }
  no(i: number): string {
    return this.items[i].no;
  }
  field(i: number, key: ItemColumn): CellValue | undefined {
    return this.items[i].fields[key]?.value;
  }
  fieldCell(i: number, key: ItemColumn): SourceCell | undefined {
    return this.items[i].fields[key];
  }
  rows(i: number): number[] {
    return [...this.items[i].rows];
  }
  indicatorCount(i: number): number {
    return this.items[i].indicators.length;
  }
  indicatorRow(i: number, k: number): number {
    return this.items[i].indicators[k].row;
  }
  indicator(i: number, k: number, key: IndicatorColumn): CellValue | undefined {
    return this.items[i].indicators[k].cells[key]?.value;
  }
  indicatorShown(i: number, k: number, key: IndicatorColumn): string {
    return displayText(this.items[i].indicators[k].cells[key]);
  }
  indicatorCells(i: number, k: number): IndicatorCells {
    return this.items[i].indicators[k].cells;
  }
}

/** Entries over plain items. */
export function itemEntries(items: readonly RegisterItem[]): Entries {
  return new ItemEntries(items);
}

/** A register of plain items (the rest of its shape as given). */
export function registerOfItems(base: Omit<Register, "entries">, items: readonly RegisterItem[]): Register {
  return { ...base, entries: itemEntries(items) };
}

/** Entry i as a plain object (non-blank cells only, each a plain copy): for the edges, never for a run. */
export function plainItem(entries: Entries, i: number): RegisterItem {
  const fields: Partial<Record<ItemColumn, SourceCell>> = {};
  for (const key of ITEM_COLUMNS) {
    const cell = entries.fieldCell(i, key);
    if (cell !== undefined) fields[key] = toPlainCell(cell);
  }
  const indicators = [];
  for (let k = 0; k < entries.indicatorCount(i); k++) {
    const cells: Partial<Record<IndicatorColumn, SourceCell>> = {};
    const view = entries.indicatorCells(i, k);
    for (const key of INDICATOR_COLUMNS) {
      const cell = view[key];
      if (cell !== undefined) cells[key] = toPlainCell(cell);
    }
    indicators.push({ row: entries.indicatorRow(i, k), cells });
  }
  return { row: entries.row(i), no: entries.no(i), fields, indicators, rows: entries.rows(i) };
}

/** Every entry of the register as a plain object (see plainItem). */
export function plainItems(register: Register): RegisterItem[] {
  const out: RegisterItem[] = [];
  for (let i = 0; i < register.entries.count; i++) out.push(plainItem(register.entries, i));
  return out;
}
