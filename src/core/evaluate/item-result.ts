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
import type { IndicatorTable } from "./indicator-table";
import type { IndicatorResult, ItemResult, Rating, Schedule } from "./types";

/** An ItemResult while the run still fills it in (its area is named after the tally). */
export type Draft = { -readonly [K in keyof ItemResult]: ItemResult[K] };

/** Where an entry's indicator results are: rows first .. first + count − 1 of the run's table. */
export interface IndicatorSpan {
  readonly table: IndicatorTable;
  readonly first: number;
  readonly count: number;
}

/**
 * An entry's result as the evaluation makes it: plain fields, except that
 * `indicators` is read from the run's IndicatorTable when asked for (a fresh
 * list of views each time): an entry keeps no list of result objects (see
 * indicator-table.ts for why).
 */
class EvaluatedItem implements Draft {
  constructor(
    public no: ItemResult["no"],
    public area: string,
    public name: string,
    public department: string,
    public schedule: Schedule | null,
    public computed: Rating | null,
    public finalRating: Rating | null,
    public rating: Rating | null,
    public overridden: boolean,
    public overrideReason: string,
    public selfRating: Rating | null,
    public relistOf: ItemResult["relistOf"],
    public highlight: boolean,
    texts: ItemText,
    public source: ItemResult["source"],
    private readonly span: IndicatorSpan,
  ) {
    // The texts as fields, not an object of their own: one object less kept per entry.
    this.overview = texts.overview;
    this.plan = texts.plan;
    this.progress = texts.progress;
    this.cause = texts.cause;
    this.nextSteps = texts.nextSteps;
    this.nextYear = texts.nextYear;
  }

  private readonly overview: string;
  private readonly plan: string;
  private readonly progress: string;
  private readonly cause: string;
  private readonly nextSteps: string;
  private readonly nextYear: string;

  get text(): ItemText {
    const { overview, plan, progress, cause, nextSteps, nextYear } = this;
    return { overview, plan, progress, cause, nextSteps, nextYear };
  }

  get indicators(): readonly IndicatorResult[] {
    return this.span.table.views(this.span.first, this.span.count);
  }

  get indicatorCount(): number {
    return this.span.count;
  }

  /** Indicator i alone (no list made): what the report reads row by row. */
  indicator(i: number): IndicatorResult | undefined {
    return i < this.span.count ? this.span.table.view(this.span.first + i) : undefined;
  }

  /** A plain ItemResult (JSON.stringify, debugging). */
  toJSON(): ItemResult {
    const { span: _span, overview: _o, plan: _p, progress: _g, cause: _c, nextSteps: _n, nextYear: _y, ...fields } = this;
    return { ...fields, text: this.text, indicators: this.indicators };
  }
}

/** Number of an entry's indicators (no list built). */
export function indicatorCountOf(item: ItemResult): number {
  return item instanceof EvaluatedItem ? item.indicatorCount : item.indicators.length;
}

/** Indicator i of an entry (undefined past its last): one view for an evaluated entry, no list built. */
export function indicatorAt(item: ItemResult, i: number): IndicatorResult | undefined {
  return item instanceof EvaluatedItem ? item.indicator(i) : item.indicators[i];
}

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
  indicators: IndicatorSpan,
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

  const texts = itemTexts(item, relisted ? original : null);
  if (rating === "B") checkCause(item, texts, sc);

  const department = text(item, "department");
  return new EvaluatedItem(
    reportNo(item.no),
    text(item, "area").trim(),
    text(item, "name"),
    original !== null && relisted && department.trim() === "" ? original.department : department,
    schedule ?? (original !== null && relisted ? original.schedule : null),
    computed,
    finalRating,
    rating,
    overridden,
    overrideReason,
    self,
    relistOf === null ? null : reportNo(relistOf),
    readFlag(f.highlight?.value),
    texts,
    item,
    indicators,
  );
}

/** An entry's texts as written; a re-listing's blank ones taken from `original`. */
function itemTexts(item: RegisterItem, original: ItemResult | null): ItemText {
  const texts = {
    overview: text(item, "overview"),
    plan: text(item, "plan"),
    progress: text(item, "progress"),
    cause: text(item, "cause"),
    nextSteps: text(item, "nextSteps"),
    nextYear: text(item, "nextYear"),
  };
  if (original !== null) {
    let from: ItemText | null = null;
    for (const k of INHERITED_TEXT) {
      if (texts[k].trim() === "") texts[k] = (from ??= original.text)[k];
    }
  }
  return texts;
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
