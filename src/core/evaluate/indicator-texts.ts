/**
 * The texts an indicator row shows in the report: its name, and its target,
 * actual and prior as written. The evaluation keeps none of them (see
 * indicator-table.ts): they are read again from the register's cells, one
 * cell at a time, whenever a report asks.
 */
import type { CellValue } from "../grid";
import { indicatorShown, indicatorValue } from "../register/cell-views";
import type { IndicatorRow, RegisterItem } from "../register/types";
import { cellText } from "../values/text";

/** The indicator's name as the report shows it, from the row's cells. */
export function indicatorName(cells: IndicatorRow["cells"]): string {
  return nameText(cells.indicator?.value);
}

/** indicatorName of the item's indicator row k. */
export function indicatorNameOf(item: RegisterItem, k: number): string {
  return nameText(indicatorValue(item, k, "indicator"));
}

function nameText(v: CellValue | undefined): string {
  return v === undefined ? "" : cellText(v).trim();
}

/** A target's text as written: the target cell's, else (a type-only target: `維持`) the type cell's. */
export function targetTextOf(item: RegisterItem, k: number): string {
  const shown = indicatorShown(item, k, "target");
  if (shown !== "" || indicatorValue(item, k, "target") !== undefined) return shown;
  const type = indicatorValue(item, k, "targetType");
  return type === undefined ? "" : cellText(type);
}

/** The texts of the item's indicator row k as written: the target as read (when it was: `hasTarget`), else its cell. */
export function indicatorDisplayOf(item: RegisterItem, k: number, hasTarget: boolean): { target: string; actual: string; prior: string } {
  return {
    target: hasTarget ? targetTextOf(item, k) : indicatorShown(item, k, "target"),
    actual: indicatorShown(item, k, "actual"),
    prior: indicatorShown(item, k, "prior"),
  };
}
