/**
 * §6: an entry rated B (予定よりも遅れている) must say why and what comes next —
 * 【要因】 and 【今後の対応】 of the seed's 【参考２】. A warning, never a change of rating.
 */
import { fieldsView } from "../register/cell-views";
import type { ItemColumn, RegisterItem } from "../register/types";
import { addressOf, report, type SheetContext } from "./row-context";
import type { ItemResult } from "./types";

/** Reports a B entry whose cause or next steps (after inheriting a re-listing's) are blank. */
export function checkCause(item: RegisterItem, texts: ItemResult["text"], sc: SheetContext): void {
  const missing: ItemColumn[] = [];
  if (texts.cause.trim() === "") missing.push("cause");
  if (texts.nextSteps.trim() === "") missing.push("nextSteps");
  if (missing.length === 0) return;
  // Point at the first blank cell; without that column, at the item's No.
  const fields = fieldsView(item);
  const at = addressOf(sc, missing[0], item.row, fields[missing[0]]) ?? addressOf(sc, "no", item.row, fields.no);
  report(sc, "b-without-cause", at, { no: item.no, missing: missing.join(",") });
}
