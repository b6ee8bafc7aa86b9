/**
 * One entry's result once its own rating is known: the computed rating
 * (a re-listing's from its original), the final rating and override, the self
 * rating check, the item texts, and the B-entry check.
 *
 * Results are kept as typed columns of an ItemTable (columns.ts), not as one
 * object per entry (see docs/engine.md). A rating is kept as the index of its
 * level in the plan's scale. The ItemResult objects (EvaluatedItem, a view of
 * one row) are made once the run is over, in report order.
 */
import type { Entries, ItemColumn } from "../register/types";
import { cellText } from "../values/text";
import { checkCause } from "./b-cause";
import { ChoiceColumn, FlagColumn, SparseColumn, TextColumn } from "./columns";
import { readFlag } from "./flag";
import { reportNo } from "./item-no";
import { decideOverride, readRating } from "./override";
import { levelOf, SEED_RULES, type PlanRules } from "./plan-rules";
import { addressOf, report, type SheetContext } from "./row-context";
import type { IndicatorTable } from "./indicator-table";
import { SCHEDULES, type IndicatorResult, type ItemResult, type Rating, type Schedule } from "./types";

/** Everything an entry's result holds (see ItemTable.set). */
export interface ItemOutcome {
  readonly schedule: Schedule | null;
  readonly computed: Rating | null;
  readonly finalRating: Rating | null;
  readonly rating: Rating | null;
  readonly selfRating: Rating | null;
  readonly overridden: boolean;
  readonly highlight: boolean;
  readonly overrideReason: string;
  /** The No. it re-lists, as the report shows it; null when it re-lists nothing. */
  readonly relistOf: number | string | null;
  /** Index of the entry a re-listing re-lists (its blank texts are the original's); −1 when none. */
  readonly original: number;
  /** Its 担当課 as written (a re-listing with a blank one: its original's). */
  readonly department: string;
  /** Its 分野 as written, trimmed (the tally groups entries by it). */
  readonly area: string;
}

/** Every entry's result of one run, by entry index (sheet order). */
export class ItemTable {
  private readonly schedules: ChoiceColumn<Schedule>;
  // Ratings: the index of the level in the plan's scale (ChoiceColumn over `scale`).
  private readonly computeds: ChoiceColumn<Rating>;
  private readonly finals: ChoiceColumn<Rating>;
  private readonly ratings: ChoiceColumn<Rating>;
  private readonly selfs: ChoiceColumn<Rating>;
  private readonly overriddens: FlagColumn;
  private readonly highlights: FlagColumn;
  // What few entries have.
  private readonly reasons = new SparseColumn<string>("");
  private readonly relists = new SparseColumn<number | string | null>(null);
  private readonly originals = new SparseColumn<number>(-1);
  /**
   * 分野 and 担当課 are kept, unlike the other texts, which are read from the
   * register when asked for: the tally and 担当課別 ask for every entry's
   * after the run, and read then from the register, each fetched its row from
   * all over the sheet's memory; read here, while the row is at hand, they
   * cost next to nothing (figures: docs/engine.md). Few distinct texts: TextColumns.
   */
  private readonly departments: TextColumn;
  private readonly areas: TextColumn;
  /** First row of the entry's indicators in the run's IndicatorTable. */
  private readonly first: Int32Array;
  /** Per entry, its area as the tally names it (set once the tally is made); null before. */
  areaOf: ((i: number) => string) | null = null;

  constructor(
    /** The register's entries: result i is entry i's. */
    readonly entries: Entries,
    readonly indicators: IndicatorTable,
    /** The plan's scale, best level first: ratings are kept as indexes into it. */
    readonly scale: readonly Rating[],
    /** Behind levels, codes as written, self-rating (contract §9); the seed's by default. */
    readonly rules: PlanRules = SEED_RULES,
  ) {
    const count = entries.count;
    this.schedules = new ChoiceColumn(SCHEDULES, count);
    this.computeds = new ChoiceColumn(scale, count);
    this.finals = new ChoiceColumn(scale, count);
    this.ratings = new ChoiceColumn(scale, count);
    this.selfs = new ChoiceColumn(scale, count);
    this.overriddens = new FlagColumn(count);
    this.highlights = new FlagColumn(count);
    this.departments = new TextColumn(count);
    this.areas = new TextColumn(count);
    this.first = new Int32Array(count);
  }

  /** Entry i's indicator rows start at row `first` of the run's IndicatorTable. */
  setFirstIndicator(i: number, first: number): void {
    this.first[i] = first;
  }

  set(i: number, o: ItemOutcome): void {
    this.schedules.set(i, o.schedule);
    this.computeds.set(i, o.computed);
    this.finals.set(i, o.finalRating);
    this.ratings.set(i, o.rating);
    this.selfs.set(i, o.selfRating);
    this.overriddens.set(i, o.overridden);
    this.highlights.set(i, o.highlight);
    this.reasons.set(i, o.overrideReason);
    this.relists.set(i, o.relistOf);
    this.originals.set(i, o.original);
    this.departments.set(i, o.department);
    this.areas.set(i, o.area);
  }

  schedule(i: number): Schedule | null {
    return this.schedules.get(i);
  }
  computed(i: number): Rating | null {
    return this.computeds.get(i);
  }
  finalRating(i: number): Rating | null {
    return this.finals.get(i);
  }
  rating(i: number): Rating | null {
    return this.ratings.get(i);
  }
  /** The index of entry i's rating in the scale; −1 when not rated. */
  ratingLevel(i: number): number {
    return this.ratings.indexAt(i);
  }
  selfRating(i: number): Rating | null {
    return this.selfs.get(i);
  }
  overridden(i: number): boolean {
    return this.overriddens.get(i);
  }
  highlight(i: number): boolean {
    return this.highlights.get(i);
  }
  overrideReason(i: number): string {
    return this.reasons.get(i);
  }
  relistOf(i: number): number | string | null {
    return this.relists.get(i);
  }
  department(i: number): string {
    return this.departments.get(i) ?? "";
  }
  /** Entry i's 分野 as written, trimmed (see areaOf for the name the tally gives it). */
  areaWritten(i: number): string {
    return this.areas.get(i) ?? "";
  }
  /** The entry a re-listing re-lists, or −1. */
  original(i: number): number {
    return this.originals.get(i);
  }
  firstIndicator(i: number): number {
    return this.first[i];
  }

  /** Entry i's result as an ItemResult. */
  item(i: number): ItemResult {
    return new EvaluatedItem(this, i);
  }
}

/** What a self-rated plan's entry is tallied from (see selfTallied). */
interface SelfRated {
  readonly self: Rating | null;
  readonly computed: Rating | null;
  /** The result of the entry a re-listing re-lists; null when none. */
  readonly original: ItemResult | null;
  /** The entry is marked as not rated. */
  readonly notRated: boolean;
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
    return this.t.areaOf !== null ? this.t.areaOf(this.i) : this.t.areaWritten(this.i);
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
    return this.t.department(this.i);
  }
  get text(): ItemText {
    return new TextsOf(this.t.entries, this.i, this.original);
  }

  get indicatorCount(): number {
    return this.t.entries.indicatorCount(this.i);
  }

  get indicators(): readonly IndicatorResult[] {
    return this.t.indicators.views(this.t.firstIndicator(this.i), this.t.entries.indicatorCount(this.i), this.t.entries, this.i);
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
  /** Its schedule says it is not rated (対象外, 完了, …): no rating, none asked for. */
  readonly notRated?: boolean;
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

  const rules = t.rules;
  const final = ratingCell(entries, i, "finalRating", sc, rules);
  const self = ratingCell(entries, i, "selfRating", sc, rules);
  const reason = text(entries, i, "overrideReason");
  // A self-rated plan tallies the self rating (a re-listing's from its original); the computed one stands beside it.
  const tallied = rules.self ? selfTallied(t, i, { self, computed, original, notRated: outcome.notRated === true }, sc) : computed;
  let rating = tallied;
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
    const o = decideOverride(final, tallied, reason);
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
  if (!rules.self && self !== null && computed !== null && self !== computed) {
    report(sc, "self-rating-mismatch", addressOf(sc, "selfRating", row, entries.fieldCell(i, "selfRating")), { no, self, computed });
  }

  if (rating !== null && rules.behind.has(rating)) {
    checkCause(ownOrOriginal(entries, i, "cause", original), ownOrOriginal(entries, i, "nextSteps", original), sc);
  }

  t.set(i, {
    schedule: schedule ?? (original !== null ? original.schedule : null),
    computed,
    finalRating,
    rating,
    selfRating: self,
    overridden,
    highlight: readFlag(entries.field(i, "highlight")),
    overrideReason,
    relistOf: relisted ? reportNo(relistOf) : null,
    original: relisted ? originalIndex : -1,
    department: ownOrOriginal(entries, i, "department", original),
    area: areaText(entries, i),
  });
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

/** Entry i's text `key` (or 担当課); a re-listing's, when blank, its original's. */
function ownOrOriginal(entries: Entries, i: number, key: InheritedText | "department", original: ItemResult | null): string {
  const own = text(entries, i, key);
  if (original === null || own.trim() !== "") return own;
  return key === "department" ? original.department : original.text[key];
}

/** Entry i's area as written, trimmed (the tally names it). */
function areaText(entries: Entries, i: number): string {
  return text(entries, i, "area").trim();
}

function text(entries: Entries, i: number, key: ItemColumn): string {
  const v = entries.field(i, key);
  return v === undefined ? "" : cellText(v);
}

/** 確定評価 / 自己評価 as a code of the scale; anything else written is a warning and counts as not given. */
function ratingCell(entries: Entries, i: number, key: "finalRating" | "selfRating", sc: SheetContext, rules: PlanRules): Rating | null {
  const cell = entries.fieldCell(i, key);
  const r = readRating(cell, rules.codeMap);
  if (r !== "invalid") return r;
  report(sc, "invalid-rating", cell!.address, { field: key, value: cellText(cell!.value), codes: rules.codesText });
  return null;
}

/**
 * The rating a self-rated plan tallies (contract §9): the entry's 自己評価 (a
 * re-listing without one: its original's). None where one is due is an error
 * at the cell; one better than the numbers support (a better level than the
 * computed one) is a warning.
 */
function selfTallied(t: ItemTable, i: number, ratings: SelfRated, sc: SheetContext): Rating | null {
  const { self, computed, original, notRated } = ratings;
  const entries = t.entries;
  const at = () => addressOf(sc, "selfRating", entries.row(i), entries.fieldCell(i, "selfRating"));
  if (self === null) {
    if (original !== null) return original.rating;
    if (!notRated && entries.field(i, "selfRating") === undefined) report(sc, "missing-self-rating", at(), { no: entries.no(i) });
    return null;
  }
  if (computed !== null && levelOf(t.rules, self) < levelOf(t.rules, computed)) {
    report(sc, "self-rating-unsupported", at(), { no: entries.no(i), self, computed });
  }
  return self;
}
