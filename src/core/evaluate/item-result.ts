/**
 * One entry's result once its own rating is known: the computed rating
 * (a re-listing's from its original), the final rating and override, the self
 * rating check, the item texts, and the B-entry check.
 */
import { fieldValue, fieldsView } from "../register/cell-views";
import type { ItemColumn, RegisterItem } from "../register/types";
import { cellText } from "../values/text";
import { checkCause } from "./b-cause";
import { RATING_BY_CODE, ratingCode, SCHEDULE_BY_CODE, scheduleCode } from "./codes";
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

// Bit fields of EvaluatedItem.packed: two bits per schedule / rating, one per flag.
const SCHEDULE_AT = 0;
const COMPUTED_AT = 2;
const FINAL_AT = 4;
const RATING_AT = 6;
const SELF_AT = 8;
const OVERRIDDEN_BIT = 1 << 10;
const HIGHLIGHT_BIT = 1 << 11;

/**
 * An entry's result as the evaluation makes it, kept small: a register of
 * 100,000 rows keeps tens of thousands of them, and what an evaluation keeps
 * costs more than what it computes (see indicator-table.ts). The ratings,
 * schedule and flags are bits of one small integer; the texts (name,
 * department, overview …) are not kept but read from the register's cells
 * when asked for (a re-listing's blank ones from its original, which it
 * refers to); `indicators` is read from the run's IndicatorTable (a fresh
 * list of views each time).
 */
class EvaluatedItem implements Draft {
  private readonly packed: number;

  constructor(
    public no: ItemResult["no"],
    public area: string,
    schedule: Schedule | null,
    computed: Rating | null,
    finalRating: Rating | null,
    rating: Rating | null,
    overridden: boolean,
    public overrideReason: string,
    selfRating: Rating | null,
    public relistOf: ItemResult["relistOf"],
    highlight: boolean,
    public source: ItemResult["source"],
    /** The entry a re-listing re-lists (its blank texts are the original's); null otherwise. */
    private readonly original: ItemResult | null,
    private readonly table: IndicatorTable,
    private readonly first: number,
    private readonly count: number,
  ) {
    this.packed =
      (scheduleCode(schedule) << SCHEDULE_AT) |
      (ratingCode(computed) << COMPUTED_AT) |
      (ratingCode(finalRating) << FINAL_AT) |
      (ratingCode(rating) << RATING_AT) |
      (ratingCode(selfRating) << SELF_AT) |
      (overridden ? OVERRIDDEN_BIT : 0) |
      (highlight ? HIGHLIGHT_BIT : 0);
  }

  get schedule(): Schedule | null {
    return SCHEDULE_BY_CODE[(this.packed >> SCHEDULE_AT) & 3];
  }
  get computed(): Rating | null {
    return RATING_BY_CODE[(this.packed >> COMPUTED_AT) & 3];
  }
  get finalRating(): Rating | null {
    return RATING_BY_CODE[(this.packed >> FINAL_AT) & 3];
  }
  get rating(): Rating | null {
    return RATING_BY_CODE[(this.packed >> RATING_AT) & 3];
  }
  get selfRating(): Rating | null {
    return RATING_BY_CODE[(this.packed >> SELF_AT) & 3];
  }
  get overridden(): boolean {
    return (this.packed & OVERRIDDEN_BIT) !== 0;
  }
  get highlight(): boolean {
    return (this.packed & HIGHLIGHT_BIT) !== 0;
  }

  get name(): string {
    return text(this.source, "name");
  }
  get department(): string {
    const own = text(this.source, "department");
    return this.original !== null && own.trim() === "" ? this.original.department : own;
  }
  get text(): ItemText {
    return new TextsOf(this.source, this.original);
  }

  get indicators(): readonly IndicatorResult[] {
    return this.table.views(this.first, this.count, this.source);
  }

  get indicatorCount(): number {
    return this.count;
  }

  /** Indicator i alone (no list made): what the report reads row by row. */
  indicator(i: number): IndicatorResult | undefined {
    return i < this.count ? this.table.view(this.first + i, this.source, i) : undefined;
  }

  /** A plain ItemResult (JSON.stringify, debugging). */
  toJSON(): ItemResult {
    const { no, area, name, department, schedule, computed, finalRating, rating, overridden, overrideReason, selfRating } = this;
    const { relistOf, highlight, text, source, indicators } = this;
    return {
      no,
      area,
      name,
      department,
      schedule,
      indicators,
      computed,
      finalRating,
      rating,
      overridden,
      overrideReason,
      selfRating,
      relistOf,
      highlight,
      text,
      source,
    };
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
type InheritedText = "overview" | "plan" | "progress" | "cause" | "nextSteps";

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

  if (rating === "B") {
    const texts = new TextsOf(item, relisted ? original : null);
    checkCause(item, texts.cause, texts.nextSteps, sc);
  }

  return new EvaluatedItem(
    reportNo(item.no),
    text(item, "area").trim(),
    schedule ?? (original !== null && relisted ? original.schedule : null),
    computed,
    finalRating,
    rating,
    overridden,
    overrideReason,
    self,
    relistOf === null ? null : reportNo(relistOf),
    readFlag(f.highlight?.value),
    item,
    relisted ? original : null,
    indicators.table,
    indicators.first,
    indicators.count,
  );
}

/**
 * An entry's texts, each read from its cell when asked for (the report reads
 * one or two of an entry's six); a re-listing's blank one from its original.
 */
class TextsOf implements ItemText {
  constructor(
    private readonly item: RegisterItem,
    private readonly original: ItemResult | null,
  ) {}

  private read(key: InheritedText): string {
    const own = text(this.item, key);
    return this.original !== null && own.trim() === "" ? this.original.text[key] : own;
  }
  get overview(): string {
    return this.read("overview");
  }
  get plan(): string {
    return this.read("plan");
  }
  get progress(): string {
    return this.read("progress");
  }
  get cause(): string {
    return this.read("cause");
  }
  get nextSteps(): string {
    return this.read("nextSteps");
  }
  /** Next year's initiative belongs to the entry itself: a re-listing does not take its original's. */
  get nextYear(): string {
    return text(this.item, "nextYear");
  }

  toJSON(): ItemText {
    const { overview, plan, progress, cause, nextSteps, nextYear } = this;
    return { overview, plan, progress, cause, nextSteps, nextYear };
  }
}

function text(item: RegisterItem, key: ItemColumn): string {
  const v = fieldValue(item, key);
  return v === undefined ? "" : cellText(v);
}

/** 確定評価 / 自己評価 as S/A/B; anything else written is a warning and counts as not given. */
function ratingCell(item: RegisterItem, key: "finalRating" | "selfRating", sc: SheetContext): Rating | null {
  const cell = fieldsView(item)[key];
  const r = readRating(cell);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value) });
  return null;
}
