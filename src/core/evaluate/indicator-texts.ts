/**
 * The texts an indicator row shows in the report: its name, and its target,
 * actual and prior as written. The evaluation keeps none of them (see
 * indicator-table.ts): they are read again from the register's cells, one
 * cell at a time, whenever a report asks.
 */
import type { CellValue } from "../grid";
import type { Entries, IndicatorCells } from "../register/types";
import { cellText } from "../values/text";

/** The indicator's name as the report shows it, from the row's cells. */
export function indicatorName(cells: IndicatorCells): string {
  return nameText(cells.indicator?.value);
}

/** indicatorName of entry i's indicator row k. */
export function indicatorNameOf(entries: Entries, i: number, k: number): string {
  return nameText(entries.indicator(i, k, "indicator"));
}

function nameText(v: CellValue | undefined): string {
  return v === undefined ? "" : cellText(v).trim();
}

/** A target's text as written: the target cell's, else (a type-only target: `維持`) the type cell's. */
export function targetTextOf(entries: Entries, i: number, k: number): string {
  const shown = entries.indicatorShown(i, k, "target");
  if (shown !== "" || entries.indicator(i, k, "target") !== undefined) return shown;
  const type = entries.indicator(i, k, "targetType");
  return type === undefined ? "" : cellText(type);
}

/** The texts of entry i's indicator row k as written: the target as read (when it was: `hasTarget`), else its cell. */
export function indicatorDisplayOf(entries: Entries, i: number, k: number, hasTarget: boolean): { target: string; actual: string; prior: string } {
  return {
    target: hasTarget ? targetTextOf(entries, i, k) : entries.indicatorShown(i, k, "target"),
    actual: entries.indicatorShown(i, k, "actual"),
    prior: entries.indicatorShown(i, k, "prior"),
  };
}
