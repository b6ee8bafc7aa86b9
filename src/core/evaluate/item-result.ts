/**
 * One entry's result once its own rating is known: the computed rating
 * (a re-listing's from its original), the final rating and override, the self
 * rating check, the item texts, and the B-entry check.
 *
 * Results are kept as columns of an ItemTable, not as one object per entry:
 * an object an evaluation keeps through its run is copied by the young
 * generation's GC, promoted and lands on fresh heap pages, which cost more
 * than everything computed for the entry (see docs/engine.md). The
 * ItemResult objects (EvaluatedItem, a view of two fields) are made once the
 * run is over, in report order.
 */
import type { Entries, ItemColumn } from "../register/types";
import { cellText } from "../values/text";
import { checkCause } from "./b-cause";
import { RATING_BY_CODE, ratingCode, SCHEDULE_BY_CODE, scheduleCode } from "./codes";
import { readFlag } from "./flag";
import { reportNo } from "./item-no";
import { decideOverride, readRating } from "./override";
import { addressOf, report, type SheetContext } from "./row-context";
import type { IndicatorTable } from "./indicator-table";
import type { IndicatorResult, ItemResult, Rating, Schedule } from "./types";

// Bit fields of ItemTable.packed: two bits per schedule / rating, one per flag.
const SCHEDULE_AT = 0;
const COMPUTED_AT = 2;
const FINAL_AT = 4;
const RATING_AT = 6;
const SELF_AT = 8;
const OVERRIDDEN_BIT = 1 << 10;
const HIGHLIGHT_BIT = 1 << 11;

/** What few entries have: a re-listing's No. and original, an override reason. */
interface Rare {
  relistOf: number | string | null;
  /** Index of the entry a re-listing re-lists (its blank texts are the original's); −1 when none. */
  original: number;
  overrideReason: string;
}

/** Every entry's result of one run, by entry index (sheet order). */
export class ItemTable {
  private readonly packed: Int32Array;
  /** First row of the entry's indicators in the run's IndicatorTable. */
  private readonly first: Int32Array;
  private readonly rare = new Map<number, Rare>();
  /** Per entry, its area as the tally names it (set once the tally is made); null before. */
  areaOf: ((i: number) => string) | null = null;

  constructor(
    count: number,
    /** The register's entries: result i is entry i's. */
    readonly entries: Entries,
    readonly indicators: IndicatorTable,
  ) {
    this.packed = new Int32Array(count);
    this.first = new Int32Array(count);
  }

  /** Entry i's indicator rows start at row `first` of the run's IndicatorTable. */
  setFirstIndicator(i: number, first: number): void {
    this.first[i] = first;
  }

  set(
    i: number,
    schedule: Schedule | null,
    computed: Rating | null,
    finalRating: Rating | null,
    rating: Rating | null,
    selfRating: Rating | null,
    overridden: boolean,
    highlight: boolean,
    rare: Rare | null,
  ): void {
    this.packed[i] =
      (scheduleCode(schedule) << SCHEDULE_AT) |
      (ratingCode(computed) << COMPUTED_AT) |
      (ratingCode(finalRating) << FINAL_AT) |
      (ratingCode(rating) << RATING_AT) |
      (ratingCode(selfRating) << SELF_AT) |
      (overridden ? OVERRIDDEN_BIT : 0) |
      (highlight ? HIGHLIGHT_BIT : 0);
    if (rare !== null) this.rare.set(i, rare);
  }

  schedule(i: number): Schedule | null {
    return SCHEDULE_BY_CODE[(this.packed[i] >> SCHEDULE_AT) & 3];
  }
  computed(i: number): Rating | null {
    return RATING_BY_CODE[(this.packed[i] >> COMPUTED_AT) & 3];
  }
  finalRating(i: number): Rating | null {
    return RATING_BY_CODE[(this.packed[i] >> FINAL_AT) & 3];
  }
  rating(i: number): Rating | null {
    return RATING_BY_CODE[(this.packed[i] >> RATING_AT) & 3];
  }
  selfRating(i: number): Rating | null {
    return RATING_BY_CODE[(this.packed[i] >> SELF_AT) & 3];
  }
  overridden(i: number): boolean {
    return (this.packed[i] & OVERRIDDEN_BIT) !== 0;
  }
  highlight(i: number): boolean {
    return (this.packed[i] & HIGHLIGHT_BIT) !== 0;
  }
  overrideReason(i: number): string {
    return this.rare.get(i)?.overrideReason ?? "";
  }
  relistOf(i: number): number | string | null {
    return this.rare.get(i)?.relistOf ?? null;
  }
  /** The entry a re-listing re-lists, or −1. */
  original(i: number): number {
    return this.rare.get(i)?.original ?? -1;
  }
  firstIndicator(i: number): number {
    return this.first[i];
  }

  /** Entry i's result as an ItemResult. */
  item(i: number): ItemResult {
    return new EvaluatedItem(this, i);
  }
}

/**
 * An entry's result: a view of its row of the ItemTable. The texts (name,
 * department, overview …) are read from the register's cells when asked for
 * (a re-listing's blank ones from its original); `indicators` from the run's
 * IndicatorTable (a fresh list of views each time).
 */
class EvaluatedItem implements ItemResult {
  constructor(
    private readonly t: ItemTable,
    private readonly i: number,
  ) {}

  get entry(): number {
    return this.i;
  }
  get no(): number | string {
    return reportNo(this.t.entries.no(this.i));
  }
  get area(): string {
    return this.t.areaOf !== null ? this.t.areaOf(this.i) : areaText(this.t.entries, this.i);
  }
  get schedule(): Schedule | null {
    return this.t.schedule(this.i);
  }
  get computed(): Rating | null {
    return this.t.computed(this.i);
  }
  get finalRating(): Rating | null {
    return this.t.finalRating(this.i);
  }
  get rating(): Rating | null {
    return this.t.rating(this.i);
  }
  get selfRating(): Rating | null {
    return this.t.selfRating(this.i);
  }
  get overridden(): boolean {
    return this.t.overridden(this.i);
  }
  get overrideReason(): string {
    return this.t.overrideReason(this.i);
  }
  get relistOf(): number | string | null {
    return this.t.relistOf(this.i);
  }
  get highlight(): boolean {
    return this.t.highlight(this.i);
  }
  private get original(): ItemResult | null {
    const o = this.t.original(this.i);
    return o < 0 ? null : this.t.item(o);
  }

  get name(): string {
    return text(this.t.entries, this.i, "name");
  }
  get department(): string {
    const own = text(this.t.entries, this.i, "department");
    const original = own.trim() === "" ? this.original : null;
    return original !== null ? original.department : own;
  }
  get text(): ItemText {
    return new TextsOf(this.t.entries, this.i, this.original);
  }

  get indicators(): readonly IndicatorResult[] {
    return this.t.indicators.views(this.t.firstIndicator(this.i), this.indicatorCount, this.t.entries, this.i);
  }

  get indicatorCount(): number {
    return this.t.entries.indicatorCount(this.i);
  }

  /** Indicator k alone (no list made): what the report reads row by row. */
  indicator(k: number): IndicatorResult | undefined {
    return k < this.indicatorCount ? this.t.indicators.view(this.t.firstIndicator(this.i) + k, this.t.entries, this.i, k) : undefined;
  }

  /** A plain ItemResult (JSON.stringify, debugging). */
  toJSON(): ItemResult {
    const { no, area, name, department, schedule, computed, finalRating, rating, overridden, overrideReason, selfRating } = this;
    const { relistOf, highlight, text, entry, indicators } = this;
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
      entry,
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

/** What the run knows of an entry when its result is made (see itemResult). */
export interface EntryOutcome {
  readonly schedule: Schedule | null;
  /** Its own rating by the rule (ignored for a re-listing). */
  readonly base: Rating | null;
  /** The No. it re-lists, or null. */
  readonly relistOf: string | null;
  /** Index of the entry it re-lists when found (that entry's result must be set already); −1 when none. */
  readonly original: number;
}

/**
 * Evaluates entry i into row i of `t` (its first indicator row is set
 * already: setFirstIndicator); findings go to sc.
 */
export function itemResult(t: ItemTable, i: number, outcome: EntryOutcome, sc: SheetContext): void {
  const { schedule, base, relistOf, original: originalIndex } = outcome;
  const entries = t.entries;
  const row = entries.row(i);
  const no = entries.no(i);
  const relisted = relistOf !== null;
  const original = relisted && originalIndex >= 0 ? t.item(originalIndex) : null;
  const computed = relisted ? (original?.computed ?? null) : base;

  const final = ratingCell(entries, i, "finalRating", sc);
  const self = ratingCell(entries, i, "selfRating", sc);
  const reason = text(entries, i, "overrideReason");
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
      const at = addressOf(sc, "finalRating", row, entries.fieldCell(i, "finalRating"));
      report(sc, "override-applied", at, { no, final: o.final, computed: o.computed, reason: o.reason });
    } else if (o.kind === "withoutReason") {
      const at = addressOf(sc, "finalRating", row, entries.fieldCell(i, "finalRating"));
      report(sc, "override-without-reason", at, { no, final: o.final, computed: o.computed });
    }
  }
  if (self !== null && computed !== null && self !== computed) {
    report(sc, "self-rating-mismatch", addressOf(sc, "selfRating", row, entries.fieldCell(i, "selfRating")), { no, self, computed });
  }

  if (rating === "B") {
    checkCause(ownOrOriginal(entries, i, "cause", original), ownOrOriginal(entries, i, "nextSteps", original), sc);
  }

  const highlight = readFlag(entries.field(i, "highlight"));
  const rare: Rare | null =
    relisted || overrideReason !== ""
      ? { relistOf: relisted ? reportNo(relistOf) : null, original: relisted ? originalIndex : -1, overrideReason }
      : null;
  const shownSchedule = schedule ?? (original !== null ? original.schedule : null);
  t.set(i, shownSchedule, computed, finalRating, rating, self, overridden, highlight, rare);
}

/**
 * An entry's texts, each read from its cell when asked for (the report reads
 * one or two of an entry's six); a re-listing's blank one from its original.
 */
class TextsOf implements ItemText {
  constructor(
    private readonly entries: Entries,
    private readonly entry: number,
    private readonly original: ItemResult | null,
  ) {}

  private read(key: InheritedText): string {
    return ownOrOriginal(this.entries, this.entry, key, this.original);
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
    return text(this.entries, this.entry, "nextYear");
  }

  toJSON(): ItemText {
    const { overview, plan, progress, cause, nextSteps, nextYear } = this;
    return { overview, plan, progress, cause, nextSteps, nextYear };
  }
}

/** Entry i's text `key`; a re-listing's, when blank, its original's. */
function ownOrOriginal(entries: Entries, i: number, key: InheritedText, original: ItemResult | null): string {
  const own = text(entries, i, key);
  return original !== null && own.trim() === "" ? original.text[key] : own;
}

/** Entry i's area as written, trimmed (the tally names it). */
export function areaText(entries: Entries, i: number): string {
  return text(entries, i, "area").trim();
}

function text(entries: Entries, i: number, key: ItemColumn): string {
  const v = entries.field(i, key);
  return v === undefined ? "" : cellText(v);
}

/** 確定評価 / 自己評価 as S/A/B; anything else written is a warning and counts as not given. */
function ratingCell(entries: Entries, i: number, key: "finalRating" | "selfRating", sc: SheetContext): Rating | null {
  const cell = entries.fieldCell(i, key);
  const r = readRating(cell);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value) });
  return null;
}
