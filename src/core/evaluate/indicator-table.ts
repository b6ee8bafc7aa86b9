/**
 * Every indicator row's result, kept as typed columns (columns.ts) instead of
 * one IndicatorResult object per row; the row's texts (its name, and its
 * target, actual and prior as written) are not kept at all, but read again
 * from the register's entries when asked for.
 *
 * ItemResult.indicators hands out IndicatorView objects over the table: the
 * IndicatorResult interface, read from the columns and the register on
 * demand. Views are cheap and made afresh on each call; nobody needs to keep one.
 */
import type { Entries } from "../register/types";
import { changePercent } from "./achievement";
import { ChoiceColumn, FlagColumn, NumberColumn, TextColumn } from "./columns";
import { indicatorDisplayOf, indicatorNameOf, targetTextOf } from "./indicator-texts";
import type { IndicatorResult, IndicatorStatus, Target, TargetKind } from "./types";

const STATUSES: readonly IndicatorStatus[] = ["exceeded", "met", "missed", "notYetDue", "notMeasured"];
const TARGET_KINDS: readonly TargetKind[] = ["atLeast", "atMost", "growth", "maintain", "milestone"];
/** What an actual is: a number (in `actual`), a milestone's done / not done; null = not measured. */
type ActualKind = "number" | "done" | "notDone";
const ACTUAL_KINDS: readonly ActualKind[] = ["number", "done", "notDone"];

/** One indicator row's result as the evaluation computes it (see evaluateIndicator). */
export interface IndicatorOutcome {
  readonly target: Target | null;
  readonly actual: number | "done" | "notDone" | null;
  readonly prior: number | null;
  /** Unit shown in the report (actual's, else target's, else the unit column). */
  readonly unit: string | null;
  readonly achievement: number | null;
  readonly status: IndicatorStatus;
}

export class IndicatorTable {
  private readonly status: ChoiceColumn<IndicatorStatus>;
  private readonly achievement: NumberColumn;
  private readonly actualKind: ChoiceColumn<ActualKind>;
  private readonly actual: NumberColumn;
  private readonly prior: NumberColumn;
  private readonly unit: TextColumn;
  // The target, as columns (its text is read from the register).
  private readonly targetKind: ChoiceColumn<TargetKind>;
  private readonly targetValue: NumberColumn;
  private readonly targetStrict: FlagColumn;
  private readonly targetUnit: TextColumn;
  private readonly targetDue: NumberColumn;

  /** A table for `capacity` rows (the register's indicator rows, counted before evaluating). */
  constructor(readonly capacity: number) {
    this.status = new ChoiceColumn(STATUSES, capacity);
    this.achievement = new NumberColumn(capacity);
    this.actualKind = new ChoiceColumn(ACTUAL_KINDS, capacity);
    this.actual = new NumberColumn(capacity);
    this.prior = new NumberColumn(capacity);
    this.unit = new TextColumn(capacity);
    this.targetKind = new ChoiceColumn(TARGET_KINDS, capacity);
    this.targetValue = new NumberColumn(capacity);
    this.targetStrict = new FlagColumn(capacity);
    this.targetUnit = new TextColumn(capacity);
    this.targetDue = new NumberColumn(capacity);
  }

  /** Stores row i's result (nothing passed is kept: the target is copied into columns). */
  set(i: number, o: IndicatorOutcome): void {
    this.status.set(i, o.status);
    this.achievement.set(i, o.achievement);
    const actual = o.actual;
    this.actualKind.set(i, actual === null ? null : typeof actual === "number" ? "number" : actual);
    this.actual.set(i, typeof actual === "number" ? actual : null);
    this.prior.set(i, o.prior);
    this.unit.set(i, o.unit);
    const t = o.target;
    this.targetKind.set(i, t === null ? null : t.kind);
    if (t === null) return;
    this.targetValue.set(i, t.value);
    this.targetStrict.set(i, t.strict);
    this.targetUnit.set(i, t.unit);
    this.targetDue.set(i, t.dueFiscalYear);
  }

  statusAt(i: number): IndicatorStatus {
    return this.status.get(i) as IndicatorStatus;
  }
  hasTarget(i: number): boolean {
    return this.targetKind.get(i) !== null;
  }
  achievementAt(i: number): number | null {
    return this.achievement.get(i);
  }
  /** Row i's target; its text is `text` (read from the row's cells by the caller). */
  targetAt(i: number, text: string): Target | null {
    const kind = this.targetKind.get(i);
    if (kind === null) return null;
    const value = this.targetValue.get(i);
    const strict = this.targetStrict.get(i);
    return { kind, value, strict, unit: this.targetUnit.get(i), dueFiscalYear: this.targetDue.get(i), text };
  }
  unitAt(i: number): string | null {
    return this.unit.get(i);
  }
  /** The distinct units of the rows, in order of first use. */
  get units(): readonly string[] {
    return this.unit.distinct;
  }
  actualAt(i: number): number | "done" | "notDone" | null {
    const kind = this.actualKind.get(i);
    return kind === "number" ? this.actual.get(i) : kind;
  }
  priorAt(i: number): number | null {
    return this.prior.get(i);
  }
  /** The change against the prior year in percent, as the evaluation computed it: from a numeric actual and a prior. */
  changeAt(i: number): number | null {
    const actual = this.actualAt(i);
    const prior = this.priorAt(i);
    return typeof actual === "number" && prior !== null ? changePercent(actual, prior) : null;
  }

  /** A view of row `index`, the indicator row k of register entry `entry`. */
  view(index: number, entries: Entries, entry: number, k: number): IndicatorResult {
    return new IndicatorView(this, index, entries, entry, k);
  }

  /** Views of rows first .. first + count − 1: the indicator rows 0 .. count − 1 of register entry `entry`. */
  views(first: number, count: number, entries: Entries, entry: number): IndicatorResult[] {
    const out: IndicatorResult[] = new Array<IndicatorResult>(count);
    for (let k = 0; k < count; k++) out[k] = new IndicatorView(this, first + k, entries, entry, k);
    return out;
  }
}

/** One row of an IndicatorTable as an IndicatorResult. */
export class IndicatorView implements IndicatorResult {
  constructor(
    private readonly table: IndicatorTable,
    private readonly index: number,
    private readonly entries: Entries,
    private readonly entry: number,
    private readonly k: number,
  ) {}

  get name(): string {
    return indicatorNameOf(this.entries, this.entry, this.k);
  }
  get row(): number {
    return this.entries.indicatorRow(this.entry, this.k);
  }
  get target(): Target | null {
    if (!this.table.hasTarget(this.index)) return null;
    return this.table.targetAt(this.index, targetTextOf(this.entries, this.entry, this.k));
  }
  get actual(): number | "done" | "notDone" | null {
    return this.table.actualAt(this.index);
  }
  get prior(): number | null {
    return this.table.priorAt(this.index);
  }
  get unit(): string | null {
    return this.table.unitAt(this.index);
  }
  get achievement(): number | null {
    return this.table.achievementAt(this.index);
  }
  get change(): number | null {
    return this.table.changeAt(this.index);
  }
  get status(): IndicatorStatus {
    return this.table.statusAt(this.index);
  }
  get display(): IndicatorResult["display"] {
    return indicatorDisplayOf(this.entries, this.entry, this.k, this.table.hasTarget(this.index));
  }

  /** A plain IndicatorResult (JSON.stringify, debugging, comparisons). */
  toJSON(): IndicatorResult {
    const { name, row, target, actual, prior, unit, achievement, change, status, display } = this;
    return { name, row, target, actual, prior, unit, achievement, change, status, display };
  }
}
