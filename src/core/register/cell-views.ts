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
import { ReadItem } from "./read-item";
import type { IndicatorRow, RegisterItem } from "./types";

export function fieldsView(item: RegisterItem): RegisterItem["fields"] {
  return item instanceof ReadItem ? item.fieldsView() : item.fields;
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
