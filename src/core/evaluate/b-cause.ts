/**
 * §6: an entry rated B (予定よりも遅れている) must say why and what comes next —
 * 【要因】 and 【今後の対応】 of the seed's 【参考２】. A warning, never a change of rating.
 */
import { finding, type Finding } from "../findings/finding";
import type { Entries, ItemColumn } from "../register/types";
import { addressOf, reportLater, type SheetContext } from "./row-context";

/** `missing` as the finding's params list it: the blank fields, cause first (constants: nothing is joined per entry). */
const MISSING: readonly string[] = ["", "nextSteps", "cause", "cause,nextSteps"];

/**
 * Reports a B entry whose cause or next steps are blank: `cause` and
 * `nextSteps` are its texts after inheriting a re-listing's. The finding is
 * made when the run lists its findings (causeFinding): a register being
 * filled in may have one for most of its entries.
 */
export function checkCause(cause: string, nextSteps: string, sc: SheetContext): void {
  const noCause = cause.trim() === "";
  const noNextSteps = nextSteps.trim() === "";
  if (noCause || noNextSteps) reportLater(sc, (noCause ? 2 : 0) + (noNextSteps ? 1 : 0));
}

/** The finding checkCause reported for entry i; `missing` is the number it reported. */
export function causeFinding(entries: Entries, i: number, missing: number, sc: SheetContext, label?: string): Finding {
  // Point at the first blank cell, in the item's first row (a blank text is a blank cell: there is no cell of
  // its own to point at, and the grid is not read again); without that column, at the item's No.
  const first: ItemColumn = missing >= 2 ? "cause" : "nextSteps";
  const row = entries.row(i);
  const at = addressOf(sc, first, row) ?? addressOf(sc, "no", row, entries.fieldCell(i, "no"));
  if (label !== undefined) return finding("behind-without-cause", at, { no: entries.no(i), missing: MISSING[missing], label });
  return finding("b-without-cause", at, { no: entries.no(i), missing: MISSING[missing] });
}
