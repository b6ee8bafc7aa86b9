/**
 * Cell views: what the evaluation reads instead of RegisterItem.fields,
 * RegisterItem.indicators and IndicatorRow.cells, so that reading a register
 * of 100,000 rows builds no SourceCell or IndicatorRow objects (see sheet-cells.ts).
 *
 * For items of the register reader, a view is one object per register,
 * refilled for each item / row: it is valid only until the next view of the
 * same kind is taken, and must never be kept (keep values, texts or
 * addresses instead). Every key is present, undefined when blank, so test a
 * key with `=== undefined`, never with `in` or Object.keys.
 * For any other RegisterItem (built by hand, e.g. in tests) the views are
 * simply its own `fields`, `indicators[k].row` and `indicators[k].cells`.
 */
import { ItemCursor, ReadItem } from "./read-item";
import { registerCells } from "./sheet-cells";
import type { CellValue } from "../grid";
import { displayText } from "../values/text";
import type { IndicatorColumn, IndicatorRow, ItemColumn, Register, RegisterItem } from "./types";

export function fieldsView(item: RegisterItem): RegisterItem["fields"] {
  return item instanceof ReadItem ? item.fieldsView() : item.fields;
}

/** The value of one field of the item (undefined when blank): cheaper than fieldsView when one field is wanted. */
export function fieldValue(item: RegisterItem, key: ItemColumn): CellValue | undefined {
  return item instanceof ReadItem ? item.fieldValueOf(key) : item.fields[key]?.value;
}

/** The value of cell `key` of the item's indicator row k (undefined when blank), read alone. */
export function indicatorValue(item: RegisterItem, k: number, key: IndicatorColumn): CellValue | undefined {
  return item instanceof ReadItem ? item.indicatorValueOf(k, key) : item.indicators[k].cells[key]?.value;
}

/** The text cell `key` of the item's indicator row k shows in the report (displayText; "" when blank), read alone. */
export function indicatorShown(item: RegisterItem, k: number, key: IndicatorColumn): string {
  return item instanceof ReadItem ? item.indicatorShownOf(k, key) : displayText(item.indicators[k].cells[key]);
}

/** Number of indicator rows of the item. */
export function indicatorCount(item: RegisterItem): number {
  return item instanceof ReadItem ? item.indicatorCount : item.indicators.length;
}

/** 0-based absolute sheet row of the item's indicator row k. */
export function indicatorRowOf(item: RegisterItem, k: number): number {
  return item instanceof ReadItem ? item.indicatorRow(k) : item.indicators[k].row;
}

/** The cells of the item's indicator row k. */
export function cellsView(item: RegisterItem, k: number): IndicatorRow["cells"] {
  return item instanceof ReadItem ? item.cellsView(k) : item.indicators[k].cells;
}

/**
 * A register's entries one at a time, by index: `at(i)` is entry i, valid
 * until the next `at` call (for a register of the reader, one object moved
 * from entry to entry: reading every entry makes no object per entry; for any
 * other register, its own items). What must outlive the call (a result's
 * `source`) takes `register.items[i]` instead.
 */
export interface EntryCursor {
  readonly count: number;
  at(i: number): RegisterItem;
}

export function entryCursor(register: Register): EntryCursor {
  const cells = registerCells.get(register);
  if (cells === undefined) {
    const items = register.items;
    return { count: items.length, at: (i) => items[i] };
  }
  const cursor = new ItemCursor(cells, 0);
  return { count: cells.itemCount, at: (i) => cursor.at(i) };
}
