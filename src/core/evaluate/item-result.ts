/**
 * One entry's result once its own rating is known: the computed rating
 * (a re-listing's from its original), the final rating and override, the self
 * rating check, the item texts, and the B-entry check.
 */
import { fieldsView } from "../register/cell-views";
import type { RegisterItem } from "../register/types";
import { cellText } from "../values/text";
import { checkCause } from "./b-cause";
import { readFlag } from "./flag";
import { reportNo } from "./item-no";
import { decideOverride, readRating } from "./override";
import { addressOf, report, type SheetContext } from "./row-context";
import type { IndicatorResult, ItemResult, Rating, Schedule } from "./types";

/** An ItemResult while the run still fills it in (its area is named after the tally). */
export type Draft = { -readonly [K in keyof ItemResult]: ItemResult[K] };

type ItemText = ItemResult["text"];

/** Item texts a re-listed entry takes from its original when its own cell is blank (the report shows them under both areas). */
const INHERITED_TEXT: readonly (keyof ItemText)[] = ["overview", "plan", "progress", "cause", "nextSteps"];

/**
 * The result of one entry. `base` is its own rating by the rule (ignored for a
 * re-listing), `relistOf` the No. it re-lists or null, `original` the result of
 * the entry it re-lists when found.
 */
export function itemResult(
  item: RegisterItem,
  schedule: Schedule | null,
  indicators: readonly IndicatorResult[],
  base: Rating | null,
  relistOf: string | null,
  original: ItemResult | null,
  sc: SheetContext,
): Draft {
  const f = fieldsView(item);
  const relisted = relistOf !== null;
  const computed = relisted ? (original?.computed ?? null) : base;

  const final = ratingCell(item, "finalRating", sc);
  const self = ratingCell(item, "selfRating", sc);
  const reason = text(item, "overrideReason");
  let rating = computed;
  let finalRating = final;
  let overridden = false;
  let overrideReason = reason;
  if (relisted && final === null && original !== null && original.overridden) {
    // The re-listing counts as its original does: the original's override carries over.
    rating = original.rating;
    finalRating = original.finalRating;
    overridden = true;
    overrideReason = original.overrideReason;
  } else {
    const o = decideOverride(final, computed, reason);
    if (o.kind === "applied") {
      rating = o.final;
      overridden = true;
      overrideReason = o.reason;
      const at = addressOf(sc, "finalRating", item.row, f.finalRating);
      report(sc, "override-applied", at, { no: item.no, final: o.final, computed: o.computed, reason: o.reason });
    } else if (o.kind === "withoutReason") {
      const at = addressOf(sc, "finalRating", item.row, f.finalRating);
      report(sc, "override-without-reason", at, { no: item.no, final: o.final, computed: o.computed });
    }
  }
  if (self !== null && computed !== null && self !== computed) {
    report(sc, "self-rating-mismatch", addressOf(sc, "selfRating", item.row, f.selfRating), { no: item.no, self, computed });
  }

  const texts = {
    overview: text(item, "overview"),
    plan: text(item, "plan"),
    progress: text(item, "progress"),
    cause: text(item, "cause"),
    nextSteps: text(item, "nextSteps"),
    nextYear: text(item, "nextYear"),
  };
  if (relisted && original !== null) {
    for (const k of INHERITED_TEXT) if (texts[k].trim() === "") texts[k] = original.text[k];
  }
  if (rating === "B") checkCause(item, texts, sc);

  const department = text(item, "department");
  return {
    no: reportNo(item.no),
    area: text(item, "area").trim(),
    name: text(item, "name"),
    department: original !== null && relisted && department.trim() === "" ? original.department : department,
    schedule: schedule ?? (original !== null && relisted ? original.schedule : null),
    indicators,
    computed,
    finalRating,
    rating,
    overridden,
    overrideReason,
    selfRating: self,
    relistOf: relistOf === null ? null : reportNo(relistOf),
    highlight: readFlag(f.highlight?.value),
    text: texts,
    source: item,
  };
}

function text(item: RegisterItem, key: keyof RegisterItem["fields"]): string {
  const cell = fieldsView(item)[key];
  return cell === undefined ? "" : cellText(cell.value);
}

/** 確定評価 / 自己評価 as S/A/B; anything else written is a warning and counts as not given. */
function ratingCell(item: RegisterItem, key: "finalRating" | "selfRating", sc: SheetContext): Rating | null {
  const cell = fieldsView(item)[key];
  const r = readRating(cell);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value) });
  return null;
}
