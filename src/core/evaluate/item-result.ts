/**
 * One entry's result once its own rating is known: the computed rating
 * (a re-listing's from its original), the final rating and override, the self
 * rating check, the item texts, and the B-entry check.
 */
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

export interface EntryInput {
  readonly item: RegisterItem;
  readonly schedule: Schedule | null;
  readonly indicators: readonly IndicatorResult[];
  /** The entry's own rating by the rule (ignored for a re-listing). */
  readonly base: Rating | null;
  /** The No. this entry re-lists, or null. */
  readonly relistOf: string | null;
  /** The result of the entry it re-lists, when found. */
  readonly original: ItemResult | null;
}

export function itemResult(e: EntryInput, sc: SheetContext): Draft {
  const { item, original } = e;
  const f = item.fields;
  const relisted = e.relistOf !== null;
  const computed = relisted ? (original?.computed ?? null) : e.base;

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
    const at = addressOf(sc, "finalRating", item.row, f.finalRating);
    if (o.kind === "applied") {
      rating = o.final;
      overridden = true;
      overrideReason = o.reason;
      report(sc, "override-applied", at, { no: item.no, final: o.final, computed: o.computed, reason: o.reason });
    } else if (o.kind === "withoutReason") {
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
    schedule: e.schedule ?? (original !== null && relisted ? original.schedule : null),
    indicators: e.indicators,
    computed,
    finalRating,
    rating,
    overridden,
    overrideReason,
    selfRating: self,
    relistOf: e.relistOf === null ? null : reportNo(e.relistOf),
    highlight: readFlag(f.highlight?.value),
    text: texts,
    source: item,
  };
}

function text(item: RegisterItem, key: keyof RegisterItem["fields"]): string {
  const cell = item.fields[key];
  return cell === undefined ? "" : cellText(cell.value);
}

/** 確定評価 / 自己評価 as S/A/B; anything else written is a warning and counts as not given. */
function ratingCell(item: RegisterItem, key: "finalRating" | "selfRating", sc: SheetContext): Rating | null {
  const cell = item.fields[key];
  const r = readRating(cell);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value) });
  return null;
}
