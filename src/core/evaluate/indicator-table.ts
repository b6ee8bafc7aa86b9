/**
 * Every indicator row's result, kept as columns of typed arrays instead of
 * one IndicatorResult object per row; the row's texts (its name, and its
 * target, actual and prior as written) are not kept at all, but read again
 * from the register's cells when asked for.
 *
 * Why: what an evaluation keeps costs far more than what it computes. A
 * register of 100,000 indicator rows made 100,000 result objects, each with
 * boxed numbers, a Target, a display object and references to six strings;
 * every kept object is copied by the young-generation GC and then lands on
 * fresh heap pages, and a fresh page costs the process a page fault (about
 * 4 ms per MB on the machines measured: see docs/engine.md). Typed arrays
 * are never scanned or copied by the GC: what the report reads of every row
 * takes 10 bytes a row (1 MB at 100,000 rows, against about 20 MB of
 * objects), every value 44 (see the constructor).
 *
 * A row's unit is kept as an index into the table's list of the distinct
 * units met (a few dozen); its Target as columns (kind, value, strictness,
 * unit, due year), rebuilt as an object when asked for.
 *
 * ItemResult.indicators hands out IndicatorView objects over a table: the
 * IndicatorResult interface, read from the columns and the register's cells on
 * demand. Views are cheap and made afresh on each call; nobody needs to keep one.
 */
import type { Entries } from "../register/types";
import { changePercent } from "./achievement";
import { indicatorDisplayOf, indicatorNameOf, targetTextOf } from "./indicator-texts";
import type { IndicatorResult, IndicatorStatus, Target, TargetKind } from "./types";

const STATUSES: readonly IndicatorStatus[] = ["exceeded", "met", "missed", "notYetDue", "notMeasured"];
const STATUS_CODE: Readonly<Record<IndicatorStatus, number>> = { exceeded: 0, met: 1, missed: 2, notYetDue: 3, notMeasured: 4 };

/** IndicatorResult.actual: a number, a milestone's done / not done, or (code 0) nothing. */
const ACTUAL_NUMBER = 1;
const ACTUAL_DONE = 2;
const ACTUAL_NOT_DONE = 3;

/** Target kinds by code; code 0 is "no target". */
const KINDS: readonly (TargetKind | null)[] = [null, "atLeast", "atMost", "growth", "maintain", "milestone"];
const KIND_CODE: Readonly<Record<TargetKind, number>> = { atLeast: 1, atMost: 2, growth: 3, maintain: 4, milestone: 5 };

/** A number or null in a Float64Array: null is NaN (no computed value here is ever NaN: see achievement.ts). */
function orNull(x: number): number | null {
  return x !== x ? null : x;
}

// Bit fields of IndicatorTable.flags: the status, the kind of actual, the target's kind and strictness.
const STATUS_MASK = 0b111;
const ACTUAL_AT = 3;
const ACTUAL_MASK = 0b11;
const KIND_AT = 5;
const KIND_MASK = 0b111;
const STRICT_BIT = 1 << 8;
/** IndicatorTable.targetDue for "no due year" (fiscal years are positive). */
const NO_DUE = 0;

/** Gives the full result of indicator row k of entry i again, for a table that keeps only what the report reads. */
export type RowRerun = (entry: number, k: number) => IndicatorTable;

/** The columns a table keeps only when asked to (see IndicatorTable). */
interface Detail {
  readonly actual: Float64Array;
  readonly prior: Float64Array;
  /** Index into `units`; −1 = null. */
  readonly unit: Int32Array;
  readonly targetValue: Float64Array;
  readonly targetDue: Int16Array;
  readonly targetUnit: Int32Array;
}

export class IndicatorTable {
  /** Status, kind of actual, target kind and strictness (bit fields above). */
  private readonly flags: Uint16Array;
  private readonly achievement: Float64Array;
  private readonly detail: Detail | null;
  /** The distinct units met, in order of first use, and their indexes. */
  private readonly units: string[] = [];
  private readonly unitIndex = new Map<string, number>();

  /**
   * A table for `capacity` rows (the register's indicator rows, counted
   * before evaluating). What the report reads of every row — the status, the
   * achievement, whether a target was read — takes 10 bytes a row. The rest
   * (actual, prior, unit, the target's value, unit and due year: 34 bytes
   * more) is kept only with `rerun` null; with `rerun`, a view that is asked
   * for it has its row evaluated again (the evaluation is a function of the
   * row's cells and the settings). The run's table takes a rerun: only a few
   * hosts' uses (JSON, a highlight card's change) need those values, and
   * keeping them for 100,000 rows costs more than the report (see docs/engine.md).
   * The change against the prior year is computed from actual and prior; the
   * row's sheet row and texts are read from the register.
   */
  constructor(
    readonly capacity: number,
    readonly rerun: RowRerun | null = null,
  ) {
    this.flags = new Uint16Array(capacity);
    this.achievement = new Float64Array(capacity);
    this.detail =
      rerun !== null
        ? null
        : {
            actual: new Float64Array(capacity),
            prior: new Float64Array(capacity),
            unit: new Int32Array(capacity),
            targetValue: new Float64Array(capacity),
            targetDue: new Int16Array(capacity),
            targetUnit: new Int32Array(capacity),
          };
  }

  /** True when the table keeps every value (no rerun needed). */
  get keepsAll(): boolean {
    return this.detail !== null;
  }

  private unitCode(unit: string | null): number {
    if (unit === null) return -1;
    let k = this.unitIndex.get(unit);
    if (k === undefined) {
      k = this.units.length;
      this.units.push(unit);
      this.unitIndex.set(unit, k);
    }
    return k;
  }

  /**
   * Stores row i's result (nothing passed is kept: the target is copied into
   * columns; its text, like the row's other texts, is read from the cells
   * when asked for). `change` is not passed: it is computed from actual and prior.
   */
  set(
    i: number,
    target: Target | null,
    actual: number | "done" | "notDone" | null,
    prior: number | null,
    unit: string | null,
    achievement: number | null,
    status: IndicatorStatus,
  ): void {
    let flags = STATUS_CODE[status];
    if (actual === "done") flags |= ACTUAL_DONE << ACTUAL_AT;
    else if (actual === "notDone") flags |= ACTUAL_NOT_DONE << ACTUAL_AT;
    else if (actual !== null) flags |= ACTUAL_NUMBER << ACTUAL_AT;
    if (target !== null) {
      flags |= KIND_CODE[target.kind] << KIND_AT;
      if (target.strict) flags |= STRICT_BIT;
    }
    this.flags[i] = flags;
    this.achievement[i] = achievement ?? NaN;
    const d = this.detail;
    if (d === null) return;
    if (typeof actual === "number") d.actual[i] = actual;
    d.prior[i] = prior ?? NaN;
    d.unit[i] = this.unitCode(unit);
    if (target !== null) {
      d.targetValue[i] = target.value ?? NaN;
      d.targetDue[i] = target.dueFiscalYear ?? NO_DUE;
      d.targetUnit[i] = this.unitCode(target.unit);
    }
  }

  private full(): Detail {
    if (this.detail === null) throw new Error("IndicatorTable: this value is kept only by a table without rerun");
    return this.detail;
  }

  statusAt(i: number): IndicatorStatus {
    return STATUSES[this.flags[i] & STATUS_MASK];
  }
  hasTarget(i: number): boolean {
    return ((this.flags[i] >> KIND_AT) & KIND_MASK) !== 0;
  }
  achievementAt(i: number): number | null {
    return orNull(this.achievement[i]);
  }

  // The rest needs the table to keep every value (keepsAll).

  /** Row i's target; its text is `text` (read from the row's cells by the caller). */
  targetAt(i: number, text: string): Target | null {
    const kind = KINDS[(this.flags[i] >> KIND_AT) & KIND_MASK];
    if (kind === null) return null;
    const d = this.full();
    const due = d.targetDue[i];
    return {
      kind,
      value: orNull(d.targetValue[i]),
      strict: (this.flags[i] & STRICT_BIT) !== 0,
      unit: this.unitAt(d.targetUnit[i]),
      dueFiscalYear: due === NO_DUE ? null : due,
      text,
    };
  }
  private unitAt(code: number): string | null {
    return code < 0 ? null : this.units[code];
  }
  rowUnitAt(i: number): string | null {
    return this.unitAt(this.full().unit[i]);
  }
  actualAt(i: number): number | "done" | "notDone" | null {
    const k = (this.flags[i] >> ACTUAL_AT) & ACTUAL_MASK;
    return k === ACTUAL_NUMBER ? this.full().actual[i] : k === ACTUAL_DONE ? "done" : k === ACTUAL_NOT_DONE ? "notDone" : null;
  }
  priorAt(i: number): number | null {
    return orNull(this.full().prior[i]);
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
  /** The row evaluated again, when its table does not keep every value (made once, on the first such read). */
  private again: IndicatorTable | null = null;

  constructor(
    private readonly table: IndicatorTable,
    private readonly index: number,
    private readonly entries: Entries,
    private readonly entry: number,
    private readonly k: number,
  ) {}

  /** A table keeping every value of this row, and the row's index in it. */
  private full(): [IndicatorTable, number] {
    if (this.table.keepsAll) return [this.table, this.index];
    this.again ??= this.table.rerun!(this.entry, this.k);
    return [this.again, 0];
  }

  get name(): string {
    return indicatorNameOf(this.entries, this.entry, this.k);
  }
  get row(): number {
    return this.entries.indicatorRow(this.entry, this.k);
  }
  get target(): Target | null {
    if (!this.table.hasTarget(this.index)) return null;
    const [t, i] = this.full();
    return t.targetAt(i, targetTextOf(this.entries, this.entry, this.k));
  }
  get actual(): number | "done" | "notDone" | null {
    const [t, i] = this.full();
    return t.actualAt(i);
  }
  get prior(): number | null {
    const [t, i] = this.full();
    return t.priorAt(i);
  }
  get unit(): string | null {
    const [t, i] = this.full();
    return t.rowUnitAt(i);
  }
  get achievement(): number | null {
    return this.table.achievementAt(this.index);
  }
  get change(): number | null {
    const [t, i] = this.full();
    return t.changeAt(i);
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
