/** Milestone status words (contract §4). STUB — the values work fills this in. */
import type { CellValue } from "../grid";

/**
 * done: 済, 済み, 完了, 達成, 策定済, 実施済, ○, 〇, done, yes, or a date (a number with a date format, or date text);
 * notDone: anything starting with 未, 検討中, 実施中, ×, no, or blank;
 * null: text that is neither (the caller reports it).
 */
export function readDone(_value: CellValue, _format: string | null): "done" | "notDone" | null {
  throw new Error("not implemented");
}
